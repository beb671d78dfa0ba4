/** The fake reads written strings as Sheets does (en_US): typed-input.ts lists the cases and the source. */
import { createFakeServices } from '../../fakes/index';
import { typedValue } from '../../fakes/typed-input';

const thisYear = new Date().getFullYear();
const day = (y: number, m: number, d: number, h = 0, min = 0, s = 0) => new Date(y, m - 1, d, h, min, s);

describe('typedValue', () => {
  it.each<[string, unknown]>([
    ['42', 42],
    [' 42 ', 42],
    ['-1.5', -1.5],
    ['.5', 0.5],
    ['007', 7],
    ['+3', 3],
    ['1e5', 100000],
    ['1E-2', 0.01],
    ['1,000', 1000],
    ['1,234,567.5', 1234567.5],
    ['50%', 0.5],
    ['5.5%', 0.055],
    ['$5', 5],
    ['-$5', -5],
    ['$1,000.50', 1000.5],
    ['TRUE', true],
    ['false', false],
    ['3/4/2024', day(2024, 3, 4)],
    ['3/4/24', day(2024, 3, 4)],
    ['3/4/99', day(1999, 3, 4)],
    ['3/4', day(thisYear, 3, 4)],
    ['1/2', day(thisYear, 1, 2)],
    ['2024-01-31', day(2024, 1, 31)],
    ['2024/1/31', day(2024, 1, 31)],
    ['3-4-2024', day(2024, 3, 4)],
    ['March 4, 2024', day(2024, 3, 4)],
    ['Mar 4 2024', day(2024, 3, 4)],
    ['4 March 2024', day(2024, 3, 4)],
    ['March 4', day(thisYear, 3, 4)],
    ['12:30', day(1899, 12, 30, 12, 30)],
    ['12:30:15', day(1899, 12, 30, 12, 30, 15)],
    ['1:30 PM', day(1899, 12, 30, 13, 30)],
    ['12:05 am', day(1899, 12, 30, 0, 5)],
    ['3/4/2024 12:30', day(2024, 3, 4, 12, 30)],
  ])('%j is stored as %p', (text, expected) => {
    expect(typedValue(text)).toEqual(expected);
  });

  it.each([
    'Order Completed',
    '13/45/2024',
    '2/30/2024',
    '25:00',
    '12:60',
    '1,00',
    '1,000e5',
    '$',
    '%',
    '$-$5',
    'March',
    'Marchy 4',
    'pre-roll, mid-roll',
    '3D Model',
    'v1.2.3',
    '1.2.3',
    '',
    ' ',
  ])('%j stays text', (text) => {
    expect(typedValue(text)).toBeUndefined();
  });
});

describe('setValue on the fake', () => {
  it('converts written strings, keeps them after an apostrophe or in a plain-text (@) cell', () => {
    const s = createFakeServices();
    const sheet = s.spreadsheet.getActiveSheet();
    sheet.getRange('A1').setValue('$5');
    sheet.getRange('A2').setValue("'$5");
    sheet.getRange('A3').setNumberFormat('@').setValue('$5');
    sheet.getRange('A4').setValue("''tis");
    expect(sheet.getRange('A1:A4').getValues()).toEqual([[5], ['$5'], ['$5'], ["'tis"]]);
  });
});
