/**
 * Import from the sidebar, through the built bundle against the fakes: the
 * rows land on the template tabs exactly as the core lays them out, grouped,
 * conflicts listed and never written over, unreadable files refused with a
 * message, and the service calls do not grow with the rows.
 */
import { clickMenuItem } from '../../fakes';
import { parsePlan, type SheetData } from '../../src/core/parse';
import { fixture } from '../core/import/fixtures';
import { importFiles, planShape } from '../core/import/helpers';
import { tab } from '../fixtures/plans';
import { ensureBuilt, open, TRACK_HEADER, trackRow } from './sheet-helpers';

beforeAll(ensureBuilt);

type Loaded = ReturnType<typeof open>;

function sheetsOf(loaded: Loaded): SheetData[] {
  const dump = loaded.services.spreadsheet.testDumpAll();
  return Object.values(dump).map((d) => ({ name: d.name, values: d.values }));
}

function withTemplate(): Loaded {
  const loaded = open();
  clickMenuItem(loaded.services, loaded.ctx, 'Set up template');
  loaded.services.calls.reset();
  return loaded;
}

/** A Protocols rules file of `events` events with two properties each. */
function rulesFile(events: number): { name: string; content: string } {
  const rules = Array.from({ length: events }, (_, i) => ({
    type: 'TRACK',
    key: `Event ${i + 1} Happened`,
    version: 1,
    jsonSchema: { properties: { properties: { type: 'object', properties: { first: { type: 'string' }, second: { type: 'integer' } }, required: ['first'] } } },
  }));
  return { name: `rules-${events}.json`, content: JSON.stringify({ rules }) };
}

describe('importPlanFile (sidebar)', () => {
  it.each([
    'protocols-rules.json',
    'typewriter-plan.json',
    'typewriter-v7-plan.json',
    'segment.csv',
    'avo.csv',
    'amplitude-events.csv',
    'amplitude-user-properties.csv',
  ])('writes %s onto the template tabs as the core lays it out', (name) => {
    const loaded = withTemplate();
    const before = parsePlan(sheetsOf(loaded));
    const result = loaded.ctx.importPlanFile(fixture(name));
    expect(result.conflicts).toEqual([]);
    expect(JSON.parse(JSON.stringify(result))).toEqual(result);
    const after = parsePlan(sheetsOf(loaded));
    const expected = importFiles([], [fixture(name)]).plan;
    expect(planShape(after)).toEqual(planShape(expected));
    expect(after.pages.map((p) => [p.name.text, p.methods?.text, p.properties?.text])).toEqual(
      expected.pages.map((p) => [p.name.text, p.methods?.text, p.properties?.text]),
    );
    expect(before.events).toEqual([]);
    expect(result.message).toMatch(/^Imported /);
  });

  it("groups each event's property rows under it and checks Required as a checkbox value", () => {
    const loaded = withTemplate();
    loaded.ctx.importPlanFile(fixture('typewriter-plan.json'));
    const dump = loaded.services.spreadsheet.testDump('Track (Custom)');
    expect(loaded.services.spreadsheet.testDump('Track (Custom)').rowGroups.map((g) => [g.start, g.end, g.depth])).toEqual([
      [3, 8, 1],
      [10, 10, 1],
    ]);
    expect(dump.rowGroupControlPosition).toBe('BEFORE');
    const required = TRACK_HEADER.indexOf('Required');
    expect(dump.values.slice(2, 8).map((r) => r[required])).toEqual(['', true, true, '', true, '']);
  });

  it('lists names already in the plan as conflicts with their cell, and leaves every existing row as it was', () => {
    const loaded = open({
      sheets: {
        'Track (Custom)': [
          TRACK_HEADER,
          trackRow({ 'Event Name': 'Signed Up', 'Fires When...': 'Our words', Status: 'Implemented' }),
          trackRow({ 'Property Name': 'method', Type: 'Integer' }),
        ],
      },
    });
    const before = loaded.services.spreadsheet.testDump('Track (Custom)').values.slice(0, 3);
    const result = loaded.ctx.importPlanFile(fixture('typewriter-plan.json'));
    expect(result.conflicts).toEqual([
      {
        tab: 'Track (Custom)',
        row: 2,
        column: 3,
        a1: 'C2',
        message:
          'Event "Signed Up" from typewriter-plan.json is already in the plan (row 2); the imported one was not added. Compare them and update row 2 by hand if needed.',
      },
    ]);
    expect(result.message).toBe(
      'Imported 1 event (6 property rows) from typewriter-plan.json. 1 name was already in the plan and was not imported: see the conflict.',
    );
    const after = loaded.services.spreadsheet.testDump('Track (Custom)').values;
    expect(after.slice(0, 3)).toEqual(before);
    expect(parsePlan(sheetsOf(loaded)).events.map((e) => e.name.text)).toEqual(['Signed Up', 'Order Completed']);
  });

  it('creates the tabs a blank spreadsheet lacks, and only those it writes to', () => {
    const loaded = open();
    const result = loaded.ctx.importPlanFile(fixture('amplitude-user-properties.csv'));
    expect(result.message).toBe('Imported 3 traits from amplitude-user-properties.csv. Created the Identify tab.');
    const names = Object.keys(loaded.services.spreadsheet.testDumpAll());
    expect(names).toContain('Identify');
    expect(names).not.toContain('Track (Custom)');
    expect(parsePlan(sheetsOf(loaded)).identify.map((t) => [t.name.text, t.required])).toEqual([
      ['plan', false],
      ['signup_date', true],
      ['seats', false],
    ]);
  });

  it('refuses YAML, unknown and oversized files with a message and changes nothing', () => {
    const loaded = withTemplate();
    const before = loaded.services.spreadsheet.testDumpAll();
    expect(() => loaded.ctx.importPlanFile(fixture('rudderstack-v1.yaml'))).toThrow(
      /RudderStack YAML, which the sidebar does not read: run "npx tracking-plan import/,
    );
    expect(() => loaded.ctx.importPlanFile({ name: 'notes.csv', content: 'Name,Age\nAda,36\n' })).toThrow(/notes\.csv is not a tracking plan this can import/);
    expect(() => loaded.ctx.importPlanFile({ name: 'big.json', content: ' '.repeat(4_000_001) })).toThrow(/too large to import from the sidebar/);
    expect(() => loaded.ctx.importPlanFile(null)).toThrow('Choose a file to import.');
    expect(loaded.services.spreadsheet.testDumpAll()).toEqual(before);
  });

  it('refuses malformed arguments with clear messages, and says the plan is busy while another operation holds the lock', () => {
    const loaded = withTemplate();
    const before = loaded.services.spreadsheet.testDumpAll();
    for (const [arg, message] of [
      [undefined, 'Choose a file to import.'],
      [{ name: 5, content: 7 }, 'Choose a file to import.'],
      [{ content: '[1, 2]' }, /^The file is JSON but holds no tracking-plan rules/],
      [{ name: 'x.json', content: '{"rules": "none"}' }, /^x\.json is JSON but holds no tracking-plan rules/],
    ] as const) {
      expect(() => loaded.ctx.importPlanFile(arg)).toThrow(message);
    }
    loaded.services.testHoldLockElsewhere();
    expect(() => loaded.ctx.importPlanFile(fixture('avo.csv'))).toThrow(/The plan is busy/);
    expect(loaded.services.spreadsheet.testDumpAll()).toEqual(before);
  });

  it('writes names that look like formulas, numbers or booleans as literal text', () => {
    const loaded = withTemplate();
    const csv = [
      'Version,Event Type,Event Name,Property Name,Description,Labels,Property Data Type,Allowed Property Values,Enum Values',
      '1,Track,"=HYPERLINK(""http://x"",""y"")",,,,,,',
      '1,Track,"=HYPERLINK(""http://x"",""y"")",0012,TRUE,,string,,',
    ].join('\n');
    loaded.ctx.importPlanFile({ name: 'odd.csv', content: csv });
    const dump = loaded.services.spreadsheet.testDump('Track (Custom)');
    expect(dump.formulas).toEqual({});
    expect(dump.values[1][TRACK_HEADER.indexOf('Event Name')]).toBe('=HYPERLINK("http://x","y")');
    expect(dump.values[2][TRACK_HEADER.indexOf('Property Name')]).toBe('0012');
    expect(dump.values[2][TRACK_HEADER.indexOf('Property Description')]).toBe('TRUE');
  });

  it('round-trips a plan the add-on exported: export from one spreadsheet, import into a blank one', () => {
    const source = open({
      sheets: Object.fromEntries(
        [
          tab('track', [
            { 'Event Name': 'Order Completed', 'Fires When...': 'Paid' },
            { 'Property Name': 'order_id', Type: 'String', Required: true },
            { 'Property Name': 'products', Type: 'Array[Object]', 'Property Description': 'Items' },
            { 'Property Name': 'products.$.sku', Type: 'String', Required: true, 'Allowed Values': 'a, b' },
          ]),
          tab('identify', [{ Trait: 'email', Type: 'String', Required: true, 'Trait Description': 'Mail' }]),
        ].map((s) => [s.name, s.values as unknown[][]]),
      ),
    });
    for (const format of ['protocols', 'typewriter', 'csv'] as const) {
      const exported = source.ctx.exportPlan(format);
      const target = open();
      // The Protocols export's second file holds the rules; the first is the Create Tracking Plan body.
      const file = exported.files[format === 'protocols' ? 1 : 0];
      target.ctx.importPlanFile({ name: file.filename, content: file.content });
      // Typewriter's plan.json holds Track events only.
      const parts = { traits: format !== 'typewriter' };
      expect(planShape(parsePlan(sheetsOf(target)), parts)).toEqual(planShape(parsePlan(sheetsOf(source)), parts));
    }
  });

  it('makes a fixed number of service calls plus two per imported event with properties', () => {
    const counts = [10, 50].map((events) => {
      const loaded = withTemplate();
      loaded.ctx.importPlanFile(rulesFile(events));
      return loaded.services.calls.count();
    });
    // Grouping is the one per-event call pair, as in Insert spec events.
    expect(counts[1] - counts[0]).toBe(2 * 40);
    expect(counts[0] - 2 * 10).toBeLessThanOrEqual(20);
  });
});
