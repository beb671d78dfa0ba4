import { csvField, neutralizeFormula, toCsv, CSV_COLUMNS } from '../../../src/core/export/csv';
import { parseCsv } from '../../../src/cli/read-plan';
import { parsePlan } from '../../../src/core/parse';
import { tab } from '../../fixtures/plans';

describe('neutralizeFormula', () => {
  it.each(['=HYPERLINK("http://x","y")', '+1', '-2+3', '@SUM(A1)', '\t=1'])('prefixes %j with an apostrophe', (text) => {
    expect(neutralizeFormula(text)).toBe(`'${text}`);
  });
  it('leaves ordinary text alone', () => {
    expect(neutralizeFormula('Order Completed')).toBe('Order Completed');
    expect(neutralizeFormula('a=b')).toBe('a=b');
  });
});

describe('csvField', () => {
  it('quotes commas, quotes and line breaks as RFC 4180 says', () => {
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('line\nbreak')).toBe('"line\nbreak"');
    expect(csvField('=1,2')).toBe(`"'=1,2"`);
  });
});

describe('toCsv', () => {
  const plan = parsePlan([
    tab('track', [
      { 'Event Name': '=cmd|calc', 'Fires When...': 'Evil, "quoted"\ndescription', Spec: 'Custom' },
      { 'Property Name': 'order_id', Type: 'String', Required: true, 'Property Description': '@mention' },
      { 'Property Name': 'tags', Type: 'Array[String]', 'Allowed Values': 'a\n-b' },
      { 'Event Name': 'Signed Up' },
    ]),
    tab('identify', [{ Trait: 'email', Type: 'String | Null' }]),
    tab('group', [{ Trait: 'plan', Type: 'Whatever' }]),
  ]);
  const csv = toCsv(plan);

  it('writes the columns of Segment’s CSV import, CRLF line ends', () => {
    expect(csv.split('\r\n')[0]).toBe(CSV_COLUMNS.join(','));
    expect(csv.endsWith('\r\n')).toBe(true);
  });

  it('round-trips through a CSV reader with formulas neutralised', () => {
    const rows = parseCsv(csv);
    expect(rows).toEqual([
      [...CSV_COLUMNS],
      ['1', 'Track', "'=cmd|calc", '', 'Evil, "quoted"\ndescription', 'spec:Custom', '', '', ''],
      ['1', 'Track', "'=cmd|calc", 'order_id', "'@mention", 'required:true', 'string', '', ''],
      ['1', 'Track', "'=cmd|calc", 'tags', '', '', 'array', '', 'a,-b'],
      ['1', 'Track', 'Signed Up', '', '', '', '', '', ''],
      ['1', 'Identify', '', 'email', '', '', 'string,null', '', ''],
      ['1', 'Group', '', 'plan', '', '', 'Whatever', '', ''],
    ]);
  });

  it('never starts a cell with a formula character', () => {
    for (const row of parseCsv(csv)) for (const cell of row) expect(cell).not.toMatch(/^[=+\-@]/);
  });
});
