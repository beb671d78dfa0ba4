import { explainSheetsError } from '../../src/core/sheets-errors';

describe('explainSheetsError', () => {
  it.each([
    [
      'You are trying to edit a protected cell or object. Please contact the spreadsheet owner to remove protection if you need to edit.',
      /protected.*Ask the owner/,
    ],
    ['The data you entered in cell G4 violates the data validation rules set on this cell.', /^Sheets refused a value in G4: .*Show a warning/],
    ['This action would increase the number of cells in the workbook above the limit of 10000000 cells.', /limit of 10000000 cells.*Delete unused/],
    ['Your input contains more than the maximum of 50000 characters in a single cell.', /50,000 characters/],
    ['A sheet with the name "Goals" already exists. Please enter another name.', /"Goals" already exists/],
    ['Exceeded maximum execution time', /6-minute limit.*Run it again/],
    ['Service Spreadsheets timed out while accessing document with id abc.', /did not answer in time/],
  ])('says what happened and what to do: %s', (text, expected) => {
    expect(explainSheetsError(text)).toMatch(expected);
  });

  it('leaves other errors to the generic message', () => {
    expect(explainSheetsError("Cannot read properties of undefined (reading 'x')")).toBeUndefined();
  });
});
