/** Call counting: every API call counts once, test helpers never do, internals are hidden. */
import { createFakeServices } from '../../fakes/index';

describe('call counting', () => {
  it('counts getRange and every chained call', () => {
    const s = createFakeServices();
    s.spreadsheet.testAddSheet('Track', [['Event Name'], ['Signed Up']]);
    expect(s.calls.count()).toBe(0);
    const app = s.globals.SpreadsheetApp as any;
    const v = app.getActiveSpreadsheet().getSheetByName('Track').getRange(1, 1, 2, 1).getValues();
    expect(v).toEqual([['Event Name'], ['Signed Up']]);
    expect(s.calls.count()).toBe(4);
    expect(s.calls.byMethod()).toEqual({
      'SpreadsheetApp.getActiveSpreadsheet': 1,
      'Spreadsheet.getSheetByName': 1,
      'Sheet.getRange': 1,
      'Range.getValues': 1,
    });
    expect(s.calls.entries()[2]).toEqual({ service: 'Sheet', method: 'getRange', args: [1, 1, 2, 1] });
    expect(s.calls.countOf('Sheet.getRange')).toBe(1);
    s.calls.reset();
    expect(s.calls.count()).toBe(0);
  });

  it('counts calls on objects returned inside arrays and builders', () => {
    const s = createFakeServices();
    const sheets = s.spreadsheet.getSheets();
    sheets[0].getName();
    const rule = (s.globals.SpreadsheetApp as any).newDataValidation().requireCheckbox().build();
    rule.getCriteriaType();
    expect(s.calls.byMethod()).toEqual({
      'Spreadsheet.getSheets': 1,
      'Sheet.getName': 1,
      'SpreadsheetApp.newDataValidation': 1,
      'DataValidationBuilder.requireCheckbox': 1,
      'DataValidationBuilder.build': 1,
      'DataValidation.getCriteriaType': 1,
    });
  });

  it('counts a call that throws', () => {
    const s = createFakeServices();
    expect(() => s.spreadsheet.getActiveSheet().getRange(0, 1)).toThrow();
    expect(s.calls.byMethod()).toEqual({ 'Spreadsheet.getActiveSheet': 1, 'Sheet.getRange': 1 });
  });

  it('does not count test helpers', () => {
    const s = createFakeServices();
    const sheet = s.spreadsheet.testAddSheet('A', [['x']]);
    s.spreadsheet.testDump('A');
    s.spreadsheet.testDumpAll();
    s.spreadsheet.testSetSelection('A', 'A1');
    sheet.testDump();
    s.ui.testMenus();
    s.ui.testAlerts();
    s.testHoldLockElsewhere();
    expect(s.calls.count()).toBe(0);
  });

  it('hides internals (underscore members) from the code under test', () => {
    const s = createFakeServices();
    const sheet = s.spreadsheet.getActiveSheet() as any;
    expect(sheet._rows).toBeUndefined();
    expect('_rows' in sheet).toBe(false);
    expect(sheet.getRange(1, 1)._box).toBeUndefined();
  });

  it('returns the same proxy for the same object and fresh copies of data', () => {
    const s = createFakeServices();
    s.spreadsheet.testAddSheet('A', [['a', 'b']]);
    expect(s.spreadsheet.getSheetByName('A')).toBe(s.spreadsheet.getSheetByName('A'));
    const v = s.spreadsheet.getSheetByName('A')!.getSheetValues(1, 1, 1, 2);
    v[0][0] = 'changed';
    expect(s.spreadsheet.testDump('A').values).toEqual([['a', 'b']]);
    const w = s.spreadsheet.getSheetByName('A')!.getRange(1, 1, 1, 2).getValues();
    w[0][1] = 'changed';
    expect(s.spreadsheet.testDump('A').values).toEqual([['a', 'b']]);
  });
});
