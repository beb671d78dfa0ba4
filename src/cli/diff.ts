/**
 * `tracking-plan diff old.xlsx new.xlsx`: what changed between two
 * downloads of a plan, one `breaking:` or `change:` line per change (or
 * JSON), exiting 1 when a change is breaking so a CI pipeline can ask for
 * review before the plan's consumers break.
 */
import { type Change, changeLine, changesSummary, countChanges } from '../core/history/diff';

export function diffExitCode(changes: readonly Change[]): number {
  return countChanges(changes).breaking > 0 ? 1 : 0;
}

export function diffText(changes: readonly Change[]): string {
  return [...changes.map((c) => changeLine(c).replace(/[\r\n]+/g, ' ')), changesSummary(changes)].join('\n') + '\n';
}

export function diffJson(before: string, after: string, changes: readonly Change[]): string {
  return JSON.stringify({ before, after, summary: countChanges(changes), changes }, null, 2) + '\n';
}
