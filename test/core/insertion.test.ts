import { chooseEvents, insertionMessage, lastFilledRow, planInsertion } from '../../src/core/insertion';
import { findHeader } from '../../src/core/header';
import { parsePlan } from '../../src/core/parse';
import { specById, type Spec } from '../../src/core/specs';
import { headerCaptions, tabDef } from '../../src/core/template';
import { isUserError } from '../../src/core/errors';

const TRACK = tabDef('track');
const HEADER = headerCaptions(TRACK);

function plan(values: unknown[][], name = 'Track (Custom)') {
  const header = findHeader(TRACK, values)!;
  return { header, plan: parsePlan([{ name, values }]) };
}

const spec: Spec = {
  id: 'video',
  name: 'Video',
  source: 'test',
  events: [
    {
      name: 'Video Playback Started',
      description: 'Playback began.',
      properties: [
        { name: 'session_id', type: 'String', description: 'The session.' },
        { name: 'ad_type', type: 'String', description: 'Kind of ad.', allowedValues: ['pre-roll', 'mid-roll'] },
      ],
    },
    { name: 'Video Playback Paused', description: 'Playback paused.', properties: [] },
    { name: 'Video Content Started', description: 'Content began.', properties: [{ name: 'title', type: 'String', description: 'Title.' }] },
  ],
};

const col = (caption: string) => HEADER.indexOf(caption);

describe('planInsertion', () => {
  it('lays out event rows and property rows on the template columns, after the header', () => {
    const { header, plan: p } = plan([HEADER]);
    const result = planInsertion(p, header, [HEADER], spec);
    expect(result.startRow).toBe(2);
    expect(result.startColumn).toBe(2); // Spec is the first column written; Priority is not.
    expect(result.rows).toHaveLength(6);
    const at = (row: string[], caption: string) => row[col(caption) - (result.startColumn - 1)];
    expect(at(result.rows[0], 'Spec')).toBe('Video');
    expect(at(result.rows[0], 'Event Name')).toBe('Video Playback Started');
    expect(at(result.rows[0], 'Fires When...')).toBe('Playback began.');
    expect(at(result.rows[0], 'Property Name')).toBe('');
    expect(at(result.rows[2], 'Property Name')).toBe('ad_type');
    expect(at(result.rows[2], 'Type')).toBe('String');
    expect(at(result.rows[2], 'Allowed Values')).toBe('pre-roll, mid-roll');
    expect(at(result.rows[2], 'Property Description')).toBe('Kind of ad.');
    expect(at(result.rows[2], 'Event Name')).toBe('');
    expect(result.groups).toEqual([
      { first: 3, last: 4 },
      { first: 7, last: 7 },
    ]);
    expect(result.message).toBe('Inserted 3 events.');
  });

  it('appends after the last non-empty row, even when that row is a stray note', () => {
    const values = [HEADER, ['', '', 'Signed Up'], [], [], ['', '', '', '', '', '', '', '', '', '', '', 'a note']];
    const { header, plan: p } = plan(values);
    expect(planInsertion(p, header, values, spec).startRow).toBe(6);
  });

  it('appends below the last row Sheets reports content in, so a formula showing nothing is never overwritten', () => {
    const values = [HEADER, ['', '', 'Signed Up'], [], ['']];
    const { header, plan: p } = plan(values);
    expect(planInsertion(p, header, values, spec, undefined, 4).startRow).toBe(5);
    expect(planInsertion(p, header, values, spec).startRow).toBe(3);
  });

  it('skips events already in the plan, compared case- and space-insensitively', () => {
    const values = [HEADER, ['', '', ' video  playback STARTED ']];
    const { header, plan: p } = plan(values);
    const result = planInsertion(p, header, values, spec);
    expect(result.inserted).toBe(2);
    expect(result.skipped).toBe(1);
    expect(result.message).toBe('Inserted 2 events, 1 was already in the plan.');
    expect(result.rows.map((r) => r[col('Event Name') - 1]).filter(Boolean)).toEqual(['Video Playback Paused', 'Video Content Started']);
  });

  it('inserts nothing a second time', () => {
    const { header, plan: p } = plan([HEADER]);
    const first = planInsertion(p, header, [HEADER], spec);
    const values = [HEADER, ...first.rows.map((r) => ['', ...r])];
    const again = plan(values);
    const second = planInsertion(again.plan, again.header, values, spec);
    expect(second.rows).toEqual([]);
    expect(second.groups).toEqual([]);
    expect(second.message).toBe('All 3 events are already in the plan; nothing was inserted.');
  });

  it('inserts only the chosen events, in catalog order', () => {
    const { header, plan: p } = plan([HEADER]);
    const result = planInsertion(p, header, [HEADER], spec, ['video content started', 'Video Playback Paused']);
    expect(result.rows.map((r) => r[col('Event Name') - 1]).filter(Boolean)).toEqual(['Video Playback Paused', 'Video Content Started']);
  });

  it('follows moved columns and skips missing ones', () => {
    const header = ['Notes', 'Property Name', 'Event Name', 'Type'];
    const values = [['Title band'], [], header];
    const { header: layout, plan: p } = plan(values);
    const result = planInsertion(p, layout, values, spec);
    expect(result.startRow).toBe(4);
    expect(result.startColumn).toBe(2);
    expect(result.rows[0]).toEqual(['', 'Video Playback Started', '']);
    expect(result.rows[1]).toEqual(['session_id', '', 'String']);
  });

  it("writes into Segment's original template under its header on row 10", () => {
    const values: unknown[][] = [
      ['Tracking Plan'],
      [],
      [],
      [],
      [],
      [],
      [],
      [],
      [],
      ['', 'Spec', 'Name', 'Fires when...', 'prop name', 'type', 'prop description'],
    ];
    const { header, plan: p } = plan(values, 'Track');
    const result = planInsertion(p, header, values, spec);
    expect(result.startRow).toBe(11);
    expect(result.startColumn).toBe(2);
    expect(result.rows[0]).toEqual(['Video', 'Video Playback Started', 'Playback began.', '', '', '']);
    expect(result.rows[1]).toEqual(['', '', '', 'session_id', 'String', 'The session.']);
  });

  it('refuses unknown event names with a clear message', () => {
    const { header, plan: p } = plan([HEADER]);
    let error: unknown;
    try {
      planInsertion(p, header, [HEADER], spec, ['Video Playback Started', 'Nope', 'Nah']);
    } catch (e) {
      error = e;
    }
    expect(isUserError(error)).toBe(true);
    expect((error as Error).message).toBe('The Video spec has no events named "Nope", "Nah".');
  });

  it('lays out every event and property of each real catalog', () => {
    for (const id of ['b2b-saas', 'ecommerce-v2', 'mobile', 'video']) {
      const s = specById(id)!;
      const { header, plan: p } = plan([HEADER]);
      const result = planInsertion(p, header, [HEADER], s);
      const properties = s.events.reduce((n, e) => n + e.properties.length, 0);
      expect(result.rows).toHaveLength(s.events.length + properties);
      expect(result.inserted).toBe(s.events.length);
      expect(result.groups).toHaveLength(s.events.filter((e) => e.properties.length).length);
    }
  });
});

describe('chooseEvents', () => {
  it('takes every event when none are named', () => {
    expect(chooseEvents(spec).map((e) => e.name)).toEqual(spec.events.map((e) => e.name));
  });
});

describe('lastFilledRow', () => {
  it('ignores trailing blank and whitespace-only rows', () => {
    expect(lastFilledRow([['a'], ['', ' '], []])).toBe(1);
    expect(lastFilledRow([])).toBe(0);
  });
});

describe('insertionMessage', () => {
  it('reads naturally for every count', () => {
    expect(insertionMessage(12, 3)).toBe('Inserted 12 events, 3 were already in the plan.');
    expect(insertionMessage(1, 0)).toBe('Inserted 1 event.');
    expect(insertionMessage(0, 1)).toBe('The event is already in the plan; nothing was inserted.');
    expect(insertionMessage(0, 0)).toBe('No events were chosen; nothing was inserted.');
  });
});
