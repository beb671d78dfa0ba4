/**
 * The fakes do what ASSUMPTIONS.md says (numbers 8 to 10; 1 to 7 have their
 * own tests): the same steps as confirm-assumptions.gs runs in a real sheet.
 */
import { createFakeServices } from '../../fakes/index';

it('8: a negative shift over mixed depths lowers what it can and leaves depth 0 alone', () => {
  const sheet = createFakeServices().spreadsheet.getActiveSheet();
  sheet.getRange('3:6').shiftRowGroupDepth(1);
  sheet.getRange('4:5').shiftRowGroupDepth(1);
  sheet.getRange('2:7').shiftRowGroupDepth(-1);
  expect([2, 3, 4, 5, 6, 7].map((r) => sheet.getRowGroupDepth(r))).toEqual([0, 0, 1, 1, 0, 0]);
});

it('9: rows inserted after the last grouped row join the group; before the first, they stay out', () => {
  const sheet = createFakeServices().spreadsheet.getActiveSheet();
  sheet.getRange('10:12').shiftRowGroupDepth(1);
  sheet.insertRowsAfter(12, 1);
  expect(sheet.getRowGroupDepth(13)).toBe(1);
  sheet.insertRowsBefore(10, 1);
  expect(sheet.getRowGroupDepth(10)).toBe(0);
});

it('10: an empty sheet has A1 as its data range and no values to getSheetValues(1, 1, -1, -1)', () => {
  const sheet = createFakeServices().spreadsheet.getActiveSheet();
  expect(sheet.getDataRange().getA1Notation()).toBe('A1');
  expect(sheet.getSheetValues(1, 1, -1, -1)).toEqual([]);
});
