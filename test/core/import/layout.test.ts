import { importIntoSheets, readImportFiles } from '../../../src/core/import';
import { parsePlan } from '../../../src/core/parse';
import { tab } from '../../fixtures/plans';
import { fixture } from './fixtures';
import { importFiles } from './helpers';

describe('layOutImport', () => {
  it('writes events with grouped property rows, traits and pages on new template tabs', () => {
    const { plan, layout, created } = importFiles([], [fixture('protocols-rules.json')]);
    expect(created).toEqual(['Track (Custom)', 'Identify', 'Group', 'Page & Screen']);
    const track = layout.appends.find((a) => a.kind === 'track')!;
    expect(track.startRow).toBe(2);
    expect(track.groups).toEqual([{ first: 3, last: 12 }]);
    expect(plan.events.map((e) => [e.name.text, e.row, e.properties.length])).toEqual([
      ['Product Viewed', 2, 10],
      ['Cart Viewed', 13, 0],
    ]);
    const size = plan.events[0].properties.find((p) => p.name.text === 'size')!;
    expect([size.type?.text, size.allowedValues?.text, size.required]).toEqual(['String', 'S, M, L', false]);
    expect(plan.events[0].properties[0].required).toBe(true);
    expect(plan.identify.map((t) => t.name.text)).toEqual(['email', 'age']);
    expect(plan.pages.map((p) => [p.name.text, p.methods?.text, p.properties?.text])).toEqual([
      ['Pricing', 'Page', 'path, referrer'],
      ['Settings', 'Screen', undefined],
    ]);
    expect(layout.message).toBe('Imported 2 events (10 property rows), 3 traits, 2 pages and screens from protocols-rules.json.');
  });

  it('lists names already in the plan as conflicts at their cell and leaves those rows as they are', () => {
    const sheets = [
      tab('track', [
        { 'Event Name': 'Title' },
        { 'Event Name': 'product viewed', 'Fires When...': 'Our own words' },
        { 'Property Name': 'product_id', Type: 'Integer' },
      ]),
      tab('identify', [{ Trait: 'Email', Type: 'String' }]),
    ];
    const { plan, layout } = importFiles(sheets, [fixture('protocols-rules.json')]);
    expect(layout.conflicts.map((c) => [c.ref, c.message])).toEqual([
      [
        "'Track (Custom)'!C3",
        'Event "Product Viewed" from protocols-rules.json is already in the plan (row 3); the imported one was not added. Compare them and update row 3 by hand if needed.',
      ],
      [
        'Identify!A2',
        'Identify trait "email" from protocols-rules.json is already in the plan (row 2); the imported one was not added. Compare them and update row 2 by hand if needed.',
      ],
    ]);
    const existing = plan.events.find((e) => e.name.text === 'product viewed')!;
    expect([existing.firesWhen?.text, existing.properties.map((p) => p.type?.text)]).toEqual(['Our own words', ['Integer']]);
    expect(plan.events.map((e) => e.name.text)).toEqual(['Title', 'product viewed', 'Cart Viewed']);
    expect(plan.identify.map((t) => t.name.text)).toEqual(['Email', 'age']);
  });

  it('reports a name imported twice as a conflict at the row the first import wrote', () => {
    const { layout } = importFiles([], [fixture('typewriter-plan.json'), fixture('typewriter-v7-plan.json')]);
    expect(layout.conflicts.map((c) => c.ref)).toEqual(["'Track (Custom)'!C2"]);
    expect(layout.conflicts[0].message).toMatch(/^Event "Order Completed" from typewriter-v7-plan\.json was already imported from typewriter-plan\.json/);
  });

  it("writes on the tab's own columns, found by caption, below a title band and the last row", () => {
    const values = [
      ['Our tracking plan'],
      [],
      ['Notes', 'Property Name', 'Event Name', 'Required', 'Type'],
      ['', '', 'Existing Event'],
      ['keep me', 'existing_prop'],
    ];
    const result = importIntoSheets([{ name: 'Track', values }], readImportFiles([fixture('typewriter-v7-plan.json')]));
    const track = result.sheets.find((s) => s.name === 'Track')!;
    expect(track.values.slice(0, 5)).toEqual(values);
    expect(track.values[5]).toEqual(['', '', 'Order Completed', '', '']);
    expect(track.values[6]).toEqual(['', 'order_id', '', true, 'String']);
    expect(track.values[7]).toEqual(['', 'revenue', '', '', 'Number']);
    expect(result.created).toEqual([]);
  });

  it('keeps names that look like numbers, booleans or formulas as text', () => {
    const csv =
      'Version,Event Type,Event Name,Property Name,Description,Labels,Property Data Type,Allowed Property Values,Enum Values\n1,Track,=1+1,,,,,,\n1,Track,=1+1,2024-01-01,TRUE,,string,,\n';
    const { layout } = importFiles([], [{ name: 'odd.csv', content: csv }]);
    const rows = layout.appends[0].rows;
    expect(rows.map((r) => r.filter((c) => c !== ''))).toEqual([["'=1+1"], ["'2024-01-01", 'String', "'TRUE"]]);
  });

  it('refuses to place rows on a tab whose header cannot be found, with a message', () => {
    const sheets = [{ name: 'Track (Custom)', values: [['no header here']] }];
    expect(() => importIntoSheets(sheets, readImportFiles([fixture('typewriter-v7-plan.json')]))).toThrow(
      /The "Track \(Custom\)" tab has no header row with "Event Name" and "Property Name" in its first 20 rows/,
    );
    expect(parsePlan(sheets).events).toEqual([]);
  });
});
