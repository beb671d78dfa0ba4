/**
 * Coverage through the built bundle (dist/Code.js) on the in-memory
 * spreadsheet, as the sidebar drives it: each fixture of
 * test/fixtures/coverage sent in small chunks (the upload state passing
 * through JSON between calls, as google.script.run carries it), a pasted
 * tab, the add-on's own Coverage tab, "not seen" marks that survive
 * re-checks and edits, and Add to plan.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { compareCoverage } from '../../src/core/coverage/compare';
import { Observation } from '../../src/core/coverage/observation';
import { readObserved } from '../core/coverage/read-observed';
import { parsePlan } from '../../src/core/parse';
import { parseCsv } from '../../src/cli/read-plan';
import { type FakeServices } from '../../fakes';
import { checksLines, HEADERS, markKeys, TRACK } from './checks-helpers';
import { ensureBuilt, open } from './sheet-helpers';

beforeAll(ensureBuilt);

type Ctx = Record<string, (...args: any[]) => any>;
const FIXTURES = join(__dirname, '..', 'fixtures', 'coverage');
const fixture = (name: string) => readFileSync(join(FIXTURES, name), 'utf8');

/** The plan fixture's Track tab laid out on the template's columns. */
function planRows(): unknown[][] {
  const [header, ...rows] = parseCsv(fixture('plan-track.csv')).filter((r) => r.some((c) => c !== ''));
  return rows.map((r) => {
    const out = new Array<unknown>(HEADERS.track.length).fill('');
    header.forEach((caption, i) => {
      out[HEADERS.track.indexOf(caption)] = caption === 'Required' ? r[i] === 'TRUE' : r[i];
    });
    return out;
  });
}

function seeded(): { services: FakeServices; ctx: Ctx } {
  const loaded = open();
  loaded.services.spreadsheet.testAddSheet(TRACK, [HEADERS.track, ...planRows()]);
  loaded.services.calls.reset();
  return loaded;
}

/** The sidebar's upload: the text in chunks, the state through JSON between calls. */
function upload(ctx: Ctx, files: { name: string; text: string }[], size = 97): any {
  let state: unknown = null;
  for (const file of files) {
    for (let at = 0; at < file.text.length; at += size) {
      const last = at + size >= file.text.length;
      state = JSON.parse(JSON.stringify(ctx.readObservedChunk(state, file.name, file.text.slice(at, at + size), last)));
    }
  }
  return JSON.parse(JSON.stringify(ctx.finishCoverage(state)));
}

/** What the core (and so the CLI) finds for a fixture: event, status and rules of its findings. */
function expected(name: string): string[] {
  const plan = parsePlan([{ name: TRACK, values: [HEADERS.track, ...planRows()] }]);
  const observation = new Observation();
  readObserved(name, fixture(name), observation);
  return compareCoverage(plan, observation.state()).events.map((e) => `${e.name}|${e.status}|${e.findings.map((f) => f.rule).join(',')}`);
}

const shape = (result: any): string[] => result.events.map((e: any) => `${e.name}|${e.status}|${e.findings.map((f: any) => f.rule).join(',')}`);

describe('coverage through the bundle', () => {
  it('finds in Segment raw events what the plan says it should', () => {
    const { ctx } = seeded();
    const result = upload(ctx, [{ name: 'segment-events.jsonl', text: fixture('segment-events.jsonl') }]);
    expect(shape(result)).toEqual([
      'Order Completed|seen|property-missing,property-type-mismatch,property-value-not-allowed,property-missing,property-not-planned',
      'order completed|near miss|event-near-miss',
      'Product Viewed|seen|',
      'Signed Up|not seen|event-not-seen',
      'Order Refunded|not seen|event-not-seen',
      'Cart Shared|not planned|event-not-planned',
      'signup_clicked|not planned|event-not-planned,event-casing',
      'Identify|unplanned kind|',
      'Home|unplanned kind|',
    ]);
    expect(result.findings).toBeUndefined();
    expect(result.events[0].findings[1]).toEqual({
      rule: 'property-type-mismatch',
      severity: 'error',
      property: 'total',
      cell: "'Track (Custom)'!G4",
      message: '"total" was sent as text ("9.99") in 1 of 3 "Order Completed" events that have it; the plan\'s Type is Number.',
    });
    expect(result).toMatchObject({ errors: 7, warnings: 3, infos: 1, tab: 'Coverage', read: 'segment-events.jsonl (Segment raw events (JSON), 9 records)' });
  });

  it.each(['segment-array.json', 'segment-schema.csv', 'amplitude.jsonl', 'mixpanel.jsonl', 'mixpanel.csv', 'ga4.csv', 'names.csv'])(
    '%s gives the same findings as on the command line, sent in chunks',
    (name) => {
      const { ctx } = seeded();
      expect(shape(upload(ctx, [{ name, text: fixture(name) }], 61))).toEqual(expected(name));
    },
  );

  it('merges several files, counts added', () => {
    const { ctx } = seeded();
    const result = upload(ctx, [
      { name: 'names.csv', text: fixture('names.csv') },
      { name: 'segment-schema.csv', text: fixture('segment-schema.csv') },
    ]);
    expect(result.events.find((e: any) => e.name === 'Order Completed').count).toBe(130);
    expect(result.read).toBe('names.csv (CSV of event names, 3 records); segment-schema.csv (Segment Source Schema CSV, 5 records)');
  });

  it('reads a tab the user pasted an export into, with one read of it', () => {
    const { services, ctx } = seeded();
    services.spreadsheet.testAddSheet('Pasted', parseCsv(fixture('ga4.csv')));
    expect(ctx.listObservedTabs()).toEqual({ tabs: ['Sheet1', 'Pasted'].filter((t) => services.spreadsheet.testSheetNames().includes(t)) });
    const result = ctx.coverageFromTab('Pasted');
    expect(shape(result)).toEqual(expected('ga4.csv'));
    expect(() => ctx.coverageFromTab(TRACK)).toThrow(`"${TRACK}" is a tab of the plan`);
    expect(() => ctx.coverageFromTab('Nope')).toThrow('There is no "Nope" tab.');
  });

  it('writes its own Coverage tab, leaves a user tab called Coverage alone, and replaces its tab whole on a re-run', () => {
    const { services, ctx } = seeded();
    services.spreadsheet.testAddSheet('Coverage', [['My own notes'], ['keep me']]);
    const first = upload(ctx, [{ name: 'segment-events.jsonl', text: fixture('segment-events.jsonl') }]);
    expect(first.tab).toBe('Coverage (Tracking Plan)');
    expect(services.spreadsheet.testDump('Coverage').values).toEqual([['My own notes'], ['keep me']]);
    const tab = services.spreadsheet.testDump('Coverage (Tracking Plan)');
    expect(tab.values[0][0]).toBe('Coverage: the plan held against observed data');
    expect(tab.values[1]).toEqual(['Observed data', 'segment-events.jsonl (Segment raw events (JSON), 9 records)', '', '', '', '', '']);
    expect(tab.values[9]).toEqual(['Event', 'Call', 'Status', 'Count', 'Last Seen', 'Planned As', 'Problems']);
    expect(tab.values[10].slice(0, 5)).toEqual(['Order Completed', 'Track', 'Seen', 3, '2024-05-02T11:30:00.000Z']);
    expect(tab.values[11].slice(0, 6)).toEqual(['order completed', 'Track', 'Near miss', 1, '2024-05-03T08:00:00.000Z', 'Order Completed']);
    expect(String(tab.values[10][6]).split('\n')[0]).toBe(
      '✖ [property-missing] "order_id" is required but missing from 1 of 3 "Order Completed" events (33%).',
    );
    expect(tab.lastRow).toBe(10 + first.events.length);
    // The near miss sits in a group under the planned event it stands for, as property rows do on the Track tab.
    expect(tab.rowGroups).toEqual([{ start: 12, end: 12, depth: 1, collapsed: false }]);

    // Renaming the add-on's tab does not lose it: it is found by its marker, and replaced whole.
    services.spreadsheet.testSheet('Coverage (Tracking Plan)').setName('Observed');
    services.calls.reset();
    const second = upload(ctx, [{ name: 'names.csv', text: fixture('names.csv') }]);
    expect(second.tab).toBe('Observed');
    const replaced = services.spreadsheet.testDump('Observed');
    expect(replaced.lastRow).toBe(10 + second.events.length);
    expect(replaced.values.map((r) => r[0])).not.toContain('Cart Shared');
    expect(replaced.rowGroups).toEqual([]);
    expect(services.spreadsheet.testSheetNames().filter((n) => n.startsWith('Coverage'))).toEqual(['Coverage']);
  });

  it('marks planned events not seen in the last import in the Checks column, and the marks survive a re-check and an edit', () => {
    const { services, ctx } = seeded();
    ctx.checkNow();
    upload(ctx, [{ name: 'names.csv', text: fixture('names.csv') }]);
    // Product Viewed (row 7) and Order Refunded (row 10) were not in names.csv.
    const unseenRows = () => [2, 7, 9, 10].filter((r) => markKeys(services, TRACK, r).some((k) => k.endsWith('[event-not-seen]')));
    expect(unseenRows()).toEqual([7, 10]);
    expect(checksLines(services, TRACK, 7).find((l) => l.includes('event-not-seen'))).toMatch(
      /^⚠ Event Name: Not seen in the last import of observed data \(\d{4}-\d\d-\d\d\)\. \(event-not-seen\)$/,
    );

    ctx.checkNow();
    expect(unseenRows()).toEqual([7, 10]);
    expect(
      ctx
        .checkNow()
        .findings.filter((f: any) => f.rule === 'event-not-seen')
        .map((f: any) => f.a1),
    ).toEqual(['C7', 'C10']);

    // A live re-check of an edited cell keeps them too.
    const sheet = services.spreadsheet.testSheet(TRACK);
    sheet.testSetValues(8, 7, [['Number']]);
    ctx.onEdit({ range: sheet.getRange('G8'), source: services.spreadsheet, value: 'Number', authMode: 'LIMITED' });
    expect(unseenRows()).toEqual([7, 10]);

    // The next import sees Product Viewed: its mark goes.
    upload(ctx, [{ name: 'segment-schema.csv', text: fixture('segment-schema.csv') }]);
    expect(unseenRows()).toEqual([10]);
  });

  it("Add to plan appends the picked events with their properties and inferred types as grouped rows, in the plan's casing", () => {
    const { services, ctx } = seeded();
    const result = upload(ctx, [{ name: 'segment-events.jsonl', text: fixture('segment-events.jsonl') }]);
    const picks = result.events
      .filter((e: any) => e.status === 'not planned')
      .map((e: any) => ({ name: e.name, properties: e.properties.map((p: any) => ({ name: p.name, type: p.type })) }));
    expect(picks).toEqual([
      { name: 'Cart Shared', properties: [{ name: 'cart_id', type: 'String' }] },
      { name: 'signup_clicked', properties: [] },
    ]);
    services.calls.reset();
    expect(ctx.addObservedToPlan([...picks, { name: 'ORDER completed', properties: [] }])).toEqual({
      message: 'Inserted 2 events, 1 was already in the plan.',
    });
    const track = services.spreadsheet.testDump(TRACK);
    const c = (caption: string) => HEADERS.track.indexOf(caption);
    expect(track.values.slice(11).map((r) => [r[c('Spec')], r[c('Event Name')], r[c('Property Name')], r[c('Type')]])).toEqual([
      ['Custom', 'Cart Shared', '', ''],
      ['', '', 'cart_id', 'String'],
      ['Custom', 'Signup Clicked', '', ''],
    ]);
    expect(track.rowGroups).toEqual([{ start: 13, end: 13, depth: 1, collapsed: false }]);
    expect(() => ctx.addObservedToPlan([])).toThrow('Choose the events to add to the plan.');
  });

  it('reading chunks makes no service call, and a run makes as many calls for 900 events as for 3', () => {
    const callsFor = (names: number): number[] => {
      const { services, ctx } = seeded();
      const text = ['event,count', ...Array.from({ length: names }, (_, i) => `Event ${i} Viewed,${i + 1}`)].join('\n');
      services.calls.reset();
      const state = ctx.readObservedChunk(null, 'names.csv', text, true);
      const reading = services.calls.count();
      upload(ctx, [{ name: 'warm-up.csv', text: 'event\nOrder Completed\n' }]);
      services.calls.reset();
      ctx.finishCoverage(state);
      return [reading, services.calls.count()];
    };
    const small = callsFor(3);
    expect(small[0]).toBe(0);
    expect(callsFor(900)).toEqual(small);
    expect(small[1]).toBeLessThanOrEqual(35);
  });

  it('answers bad input with a message, never a stack trace', () => {
    const { ctx } = seeded();
    expect(() => ctx.readObservedChunk({ observation: 'x' }, 'a.csv', 'x', true)).toThrow('The upload was not understood; choose the file again.');
    expect(() => ctx.readObservedChunk(null, 'a.csv', 'a,b\n1,2\n', true)).toThrow('a.csv: no header row with an event name column');
    expect(() => ctx.finishCoverage(null)).toThrow('Choose a file of observed events first.');
    expect(() => ctx.readObservedChunk(null, 'a.json', '{"type":"track","event":"X"', true)).toThrow('a.json ends in the middle of a JSON record');
  });
});
