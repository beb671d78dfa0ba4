import { check } from '../../../src/core/check';
import { splitAllowedValues } from '../../../src/core/export/json-schema';
import { csvField, neutralizeFormula, restoreFormula, segmentDataType, toCsv, CSV_COLUMNS } from '../../../src/core/export/csv';
import { parseCsv } from '../../../src/cli/read-plan';
import { parsePlan, type SheetData } from '../../../src/core/parse';
import { segmentCsvSheets, templateType } from '../../../src/core/segment-csv-tabs';
import { DEFAULT_SETTINGS } from '../../../src/core/settings';
import { SPEC_IDS } from '../../../src/core/specs';
import { tabDef } from '../../../src/core/template';
import { seededTrackValues } from '../../../src/cli/write-template';
import { handMadeSheets, tab } from '../../fixtures/plans';

describe('neutralizeFormula (OWASP CSV injection)', () => {
  it.each(['=HYPERLINK("http://x","y")', '+1+2', '-2+3', '@SUM(A1)', '\t=1', '\r=1', '\n=1', '\0=1', '-', '+cmd'])('prefixes %j with an apostrophe', (text) => {
    expect(neutralizeFormula(text)).toBe(`'${text}`);
    expect(restoreFormula(neutralizeFormula(text))).toBe(text);
  });

  it.each(['-1', '+3.5', '-0.25', '1e6', '42'])('leaves the number %j as it is', (text) => {
    expect(neutralizeFormula(text)).toBe(text);
  });

  it('leaves ordinary text alone', () => {
    expect(neutralizeFormula('Order Completed')).toBe('Order Completed');
    expect(neutralizeFormula('a=b')).toBe('a=b');
    expect(restoreFormula("it's")).toBe("it's");
  });
});

describe('csvField', () => {
  it('quotes commas, semicolons, quotes and line breaks', () => {
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('a;b')).toBe('"a;b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('line\nbreak')).toBe('"line\nbreak"');
    expect(csvField('=1,2')).toBe(`"'=1,2"`);
    expect(csvField('-1')).toBe('-1');
  });
});

describe('Segment type names', () => {
  it.each([
    ['String', true, 'string'],
    ['String', false, 'string,null'],
    ['Integer', true, 'int'],
    ['Float', true, 'float'],
    ['Boolean', false, 'bool,null'],
    ['Object', true, 'object'],
    ['Array[String]', true, 'array'],
    ['Any', true, 'any'],
    ['String | Null', false, 'string,null,null'],
    ['', false, 'null'],
    ['Whatever', true, 'Whatever'],
    ['text', true, 'text'],
    ['String | int', true, 'String | int'],
  ])('writes %j (required %j) as %j', (type, required, written) => {
    expect(segmentDataType(type, required)).toBe(written);
  });

  it.each([
    ['string', true, 'String'],
    ['string,null', false, 'String'],
    ['string,null,null', false, 'String | Null'],
    ['string,null', true, 'String | Null'],
    ['int', true, 'Integer'],
    ['float', true, 'Float'],
    ['bool', true, 'Boolean'],
    ['object,null', false, 'Object'],
    ['array', true, 'Array'],
    ['any', true, 'Any'],
    ['number', true, 'Number'],
    ['null', false, ''],
    ['strnig', true, 'strnig'],
  ])('reads %j (required %j) as %j', (dataType, required, type) => {
    expect(templateType(dataType, required)).toBe(type);
  });
});

describe('toCsv', () => {
  const plan = parsePlan([
    tab('track', [
      { 'Event Name': '=cmd|calc', 'Fires When...': 'Evil, "quoted"\ndescription', Spec: 'Custom' },
      { 'Property Name': 'order_id', Type: 'String', Required: true, 'Property Description': '@mention' },
      { 'Property Name': 'tags', Type: 'Array[String]', 'Allowed Values': '"a, b"\n-b\n-1' },
      { 'Event Name': 'Signed Up' },
    ]),
    tab('identify', [{ Trait: 'email', Type: 'String | Null' }]),
    tab('group', [{ Trait: 'plan', Type: 'Whatever', Required: true }]),
  ]);
  const csv = toCsv(plan);

  it("writes the columns of Segment's tracking-plan CSV, CRLF line ends", () => {
    expect(csv.split('\r\n')[0]).toBe('Version,Event Type,Event Name,Property Name,Description,Labels,Property Data Type,Required,Enum Values');
    expect(CSV_COLUMNS).toHaveLength(9);
    expect(csv.endsWith('\r\n')).toBe(true);
  });

  it('round-trips through a CSV reader with formulas neutralised', () => {
    expect(parseCsv(csv)).toEqual([
      [...CSV_COLUMNS],
      ['1', 'Track', "'=cmd|calc", '', 'Evil, "quoted"\ndescription', 'spec:Custom', '', '', ''],
      ['1', 'Track', "'=cmd|calc", 'order_id', "'@mention", '', 'string', 'true', ''],
      ['1', 'Track', "'=cmd|calc", 'tags', '', '', 'array,null', 'false', '"a, b",-b,-1'],
      ['1', 'Track', 'Signed Up', '', '', '', '', '', ''],
      ['1', 'Identify', '', 'email', '', '', 'string,null,null', 'false', ''],
      ['1', 'Group', '', 'plan', '', '', 'Whatever', 'true', ''],
    ]);
  });

  it('never starts a cell with a formula character, except a plain number', () => {
    for (const row of parseCsv(csv)) for (const cell of row) expect(/^[=+\-@\t\r\n\0]/.test(cell) && !/^-?\d/.test(cell)).toBe(false);
  });

  it('reads back as the same plan', () => {
    const back = parsePlan(segmentCsvSheets(parseCsv(csv)));
    const fields = (p: typeof plan) => ({
      events: p.events.map((e) => [
        e.name.text,
        e.spec?.text,
        e.firesWhen?.text,
        e.properties.map((f) => [f.name.text, f.type?.text, f.required, f.allowedValues?.text, f.description?.text]),
      ]),
      identify: p.identify.map((t) => [t.name.text, t.type?.text, t.required]),
      group: p.group.map((t) => [t.name.text, t.type?.text, t.required]),
    });
    expect(fields(back)).toEqual({
      events: [
        [
          '=cmd|calc',
          'Custom',
          'Evil, "quoted"\ndescription',
          [
            ['order_id', 'String', true, undefined, '@mention'],
            ['tags', 'Array', false, '"a, b",-b,-1', undefined],
          ],
        ],
        ['Signed Up', undefined, undefined, []],
      ],
      identify: [['email', 'String | Null', false]],
      group: [['plan', 'Whatever', true]],
    });
  });
});

/** The tabs a CSV carries: Track, Identify and Group. */
function carried(sheets: SheetData[]): SheetData[] {
  const names = ['track', 'identify', 'group'].map((k) => tabDef(k as 'track').name);
  return sheets.filter((s) => names.includes(s.name));
}

/**
 * Each finding as its rule and the text it is about, sorted: what must
 * survive the round trip, under the default settings and the opposite casings.
 */
function findingsOf(sheets: SheetData[]): string[] {
  const plan = parsePlan(sheets);
  return [...check(plan, { ...DEFAULT_SETTINGS }), ...check(plan, { ...DEFAULT_SETTINGS, eventCasing: 'snake_case', propertyCasing: 'camelCase' })]
    .map((f) => `${f.rule} ${JSON.stringify(f.text)}`)
    .sort();
}

describe('lint of the CSV export finds what lint of the sheet finds', () => {
  const cases: [string, SheetData[]][] = [
    ...SPEC_IDS.map((id): [string, SheetData[]] => [id, [{ name: tabDef('track').name, values: seededTrackValues([id]).values }]]),
    ['the hand-made plan', carried(handMadeSheets())],
    [
      'a plan with violations',
      [
        tab('track', [
          { 'Event Name': 'order completed', 'Fires When...': 'x' },
          { 'Property Name': 'OrderId', Type: 'Strng' },
          { 'Property Name': 'price', Type: 'Number' },
          { 'Event Name': 'Order Completed ' },
          { 'Event Name': 'Clicked Button 42' },
          { 'Property Name': 'price', Type: 'String' },
          { 'Event Name': '=HYPERLINK("x")', 'Fires When...': 'y' },
          { 'Property Name': 'Product ID', Type: 'Integr' },
        ]),
        tab('identify', [{ Trait: 'First Name', Type: 'Text' }]),
        tab('group', [{ Trait: 'plan', Type: 'String | Null', Required: true }]),
      ],
    ],
  ];

  it.each(cases)('%s', (name, sheets) => {
    const original = parsePlan(sheets);
    const back = segmentCsvSheets(parseCsv(toCsv(original)));
    // The spec events are clean under any settings (the checker accepts Segment's own names); the others are not.
    if (!(SPEC_IDS as readonly string[]).includes(name)) expect(findingsOf(sheets).length).toBeGreaterThan(3);
    expect(findingsOf(back)).toEqual(findingsOf(sheets));
    // And the same events, properties, traits, required flags, allowed values and descriptions.
    const outline = (plan: ReturnType<typeof parsePlan>) => ({
      events: plan.events.map((e) => [
        e.name.text,
        e.firesWhen?.text,
        e.spec?.text,
        e.properties.map((p) => [p.name.text, p.required, p.allowedValues?.text, p.description?.text]),
      ]),
      traits: [...plan.identify, ...plan.group].map((t) => [t.name.text, t.required, t.description?.text]),
    });
    const allowed = (plan: ReturnType<typeof parsePlan>) => plan.events.flatMap((e) => e.properties.map((p) => splitAllowedValues(p.allowedValues?.text)));
    const read = parsePlan(back);
    expect(allowed(read)).toEqual(allowed(original));
    for (const plan of [read, original]) for (const e of plan.events) for (const p of e.properties) delete p.allowedValues;
    expect(outline(read)).toEqual(outline(original));
  });

  it('the comparison can fail: dropping the Required column changes what lint reads', () => {
    const sheets = cases[cases.length - 1][1];
    const rows = parseCsv(toCsv(parsePlan(sheets))).map((row) => row.filter((_, i) => i !== CSV_COLUMNS.indexOf('Property Data Type')));
    expect(findingsOf(segmentCsvSheets(rows))).not.toEqual(findingsOf(sheets));
  });
});
