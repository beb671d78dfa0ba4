import { isReservedTabName, OWNED_TAB_NAMES } from '../../src/core/owned-tabs';
import { claimColumn, claimSheet, findOwnedColumn, findOwnedSheet, ownedSheetIds, releaseColumn } from '../../src/gas/ownership';
import { createFakeServices } from '../../fakes';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

function spreadsheet() {
  const fake = createFakeServices();
  return { fake, ss: fake.spreadsheet as unknown as Spreadsheet };
}

describe('ownership markers', () => {
  it('finds the tab it claimed, not a user tab of the same name', () => {
    const { ss } = spreadsheet();
    ss.insertSheet('Coverage');
    const mine = ss.insertSheet('Coverage 2');
    claimSheet(mine, 'coverage');
    expect(findOwnedSheet(ss, 'coverage')!.getName()).toBe('Coverage 2');
    expect(findOwnedSheet(ss, 'changelog')).toBeNull();
    expect(ownedSheetIds(ss)).toEqual([mine.getSheetId()]);
  });

  it('follows its column when the user inserts columns before it, and forgets it when released', () => {
    const { ss } = spreadsheet();
    const sheet = ss.getSheets()[0];
    claimColumn(sheet, 6, 'checks');
    sheet.insertColumnBefore(2);
    expect(findOwnedColumn(sheet, 'checks')).toBe(7);
    releaseColumn(sheet, 'checks');
    expect(findOwnedColumn(sheet, 'checks')).toBeNull();
  });

  it('finds an owned tab in a fixed number of calls, whatever the number of tabs', () => {
    const { fake, ss } = spreadsheet();
    for (let i = 0; i < 30; i++) ss.insertSheet(`Tab ${i}`);
    claimSheet(ss.insertSheet('Out'), 'versions');
    fake.calls.reset();
    findOwnedSheet(ss, 'versions');
    expect(fake.calls.count()).toBe(6);
  });

  it('reserves the names of its own tabs for the command line, whatever their case', () => {
    expect(isReservedTabName(` ${OWNED_TAB_NAMES.coverage.toUpperCase()} `)).toBe(true);
    expect(isReservedTabName('Track (Custom)')).toBe(false);
  });
});
