/** Reading observed files: the format from the content, bad records skipped with a note. */
import { Observation } from '../../../src/core/coverage/observation';
import { readObservedRows } from '../../../src/core/coverage/reader';
import { readObserved } from './read-observed';

function read(text: string) {
  const observation = new Observation();
  const summary = readObserved('in', text, observation);
  return { summary, events: observation.state().events.map((e) => `${e.name}:${e.count}`) };
}

describe('readObserved', () => {
  it('reads CRLF JSON lines with a byte order mark, and skips a broken line with a note saying which', () => {
    const { summary, events } = read('\uFEFF{"event":"A Done","properties":{}}\r\n{"event": }\r\n{"event":"A Done","properties":{"time":1714557600}}\r\n');
    expect(events).toEqual(['A Done:2']);
    expect(summary).toMatchObject({
      format: 'mixpanel-events',
      records: 2,
      skipped: 1,
      notes: ['in: 1 record could not be read (record 2 is not valid JSON).'],
    });
  });

  it('reads an array written one record per line with trailing commas', () => {
    const { summary, events } = read('[\n{"type":"track","event":"A Done"},\n{"type":"track","event":"B Done"}\n]\n');
    expect(events).toEqual(['A Done:1', 'B Done:1']);
    expect(summary.format).toBe('segment-events');
  });

  it('reads counts written with thousands separators, and a title line above the header', () => {
    const { summary, events } = read('Events in May\nEvent Name,Count\n"Order Completed","1,204"\nSigned Up,7\n');
    expect(summary.format).toBe('names-csv');
    expect(events).toEqual(['Order Completed:1204', 'Signed Up:7']);
  });

  it('reads a pasted tab holding one JSON event per row', () => {
    const observation = new Observation();
    const summary = readObservedRows(
      'Pasted',
      [['{"type":"track","event":"A Done","properties":{"x":1}}'], ['{"type":"track","event":"A Done"}']],
      observation,
    );
    expect(summary).toMatchObject({ format: 'segment-events', records: 2 });
    expect(observation.state().events[0]).toMatchObject({ name: 'A Done', count: 2, withProperties: 2 });
  });
});
