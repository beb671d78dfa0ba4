import { readSheetValues } from '../../src/gas/gateway';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

function sheetThatFails(lastRow: number): Sheet {
  return {
    getSheetValues: () => {
      throw new Error('Service Spreadsheets failed while accessing document');
    },
    getLastRow: () => lastRow,
  } as unknown as Sheet;
}

describe('readSheetValues', () => {
  it('reads an empty sheet that rejects a -1 size as no rows', () => {
    expect(readSheetValues(sheetThatFails(0))).toEqual([]);
  });

  it('never passes a failed read of a sheet with content off as an empty tab', () => {
    expect(() => readSheetValues(sheetThatFails(12))).toThrow('Service Spreadsheets failed');
  });
});
