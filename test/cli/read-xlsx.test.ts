/**
 * The .xlsx reader against exceljs's own files, which put xl/workbook.xml last
 * in the zip: the streaming reader sometimes loses that last entry, and the
 * reader must then fall back to reading the file whole, never fail or drop a tab.
 */
import ExcelJS from 'exceljs';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readXlsx, worksheetValues } from '../../src/cli/read-xlsx';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'tp-read-xlsx-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const TABS = ['Goals', 'Identify', 'Group', 'Page & Screen', 'Track (Custom)', 'Plan Settings'];

async function workbookFile(): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  for (const name of TABS) {
    const sheet = workbook.addWorksheet(name, { state: name === 'Plan Settings' ? 'hidden' : 'visible' });
    sheet.getRow(1).values = ['Caption of', name];
    sheet.getRow(3).values = ['third row', 3];
  }
  const file = join(dir, 'plan.xlsx');
  await workbook.xlsx.writeFile(file);
  return file;
}

describe('readXlsx', () => {
  it('reads every tab, named and in order, on every one of 25 reads of a file whose workbook.xml comes last', async () => {
    const file = await workbookFile();
    for (let i = 0; i < 25; i++) {
      const sheets = await readXlsx(file, 'plan.xlsx');
      expect(sheets.map((s) => s.name)).toEqual(TABS);
      expect(sheets[4].values).toEqual([['Caption of', 'Track (Custom)'], [], ['third row', 3]]);
    }
  });
});

describe('worksheetValues', () => {
  it("keeps a merged range's value in its first cell only, as Sheets shows it", () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Track');
    sheet.getRow(1).values = ['Event Name', 'Property Name'];
    sheet.getCell('A2').value = 'Order Completed';
    sheet.mergeCells('A2:A4');
    sheet.getCell('B3').value = 'order_id';
    expect(worksheetValues(sheet)).toEqual([['Event Name', 'Property Name'], ['Order Completed'], ['', 'order_id'], []]);
  });
});
