/** Reads a whole observed file at once: what the streaming reader does chunk by chunk, for tests. */
import type { Observation } from '../../../src/core/coverage/observation';
import { readerEnd, readerPush, readerStart, type ReadSummary } from '../../../src/core/coverage/reader';

export function readObserved(source: string, text: string, observation: Observation): ReadSummary {
  const state = readerStart(source);
  readerPush(state, text, observation);
  return readerEnd(state, observation);
}
