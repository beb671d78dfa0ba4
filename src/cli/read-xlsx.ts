/**
 * Reads an .xlsx workbook with exceljs's streaming reader, row by row, into
 * the values the add-on would get from getValues. Streaming keeps a
 * 300,000-row tab within memory, and each row is read only as far as its
 * last cell, so a stray cell at XFD2 costs one wide row, not 16,384 columns
 * of every row. Merged cells read as Sheets shows them: the value sits in the
 * first cell only (the full reader would copy it into every merged cell, and
 * a merged Event Name would read as duplicates).
 */
import ExcelJS from 'exceljs';
import { createReadStream } from 'node:fs';
import { UserError } from '../core/errors';
import type { SheetData } from '../core/parse';

/** Google Sheets holds at most 10 million cells; a file with more is no download of a sheet (or a zip bomb). */
export const MAX_CELLS = 10_000_000;

/** A cell as getValues would give it: rich text, formulas' results and hyperlinks read as their text. */
export function cellValue(value: ExcelJS.CellValue | undefined): unknown {
  if (value === null || value === undefined) return '';
  if (typeof value !== 'object' || value instanceof Date) return value;
  const v = value as unknown as Record<string, unknown>;
  if (Array.isArray(v.richText)) return (v.richText as { text?: string }[]).map((r) => r.text ?? '').join('');
  if ('formula' in v || 'sharedFormula' in v) return v.result === undefined ? '' : cellValue(v.result as ExcelJS.CellValue);
  if ('hyperlink' in v || 'text' in v) return cellValue(v.text as ExcelJS.CellValue);
  if ('error' in v) return String(v.error);
  return '';
}

/** One row's values from column A to its last non-blank cell. */
export function rowValues(values: readonly (ExcelJS.CellValue | undefined)[]): unknown[] {
  // exceljs's row.values is 1-based and sparse: index 0 and empty cells are holes.
  let last = values.length - 1;
  while (last >= 1 && cellValue(values[last]) === '') last--;
  const out: unknown[] = new Array(Math.max(last, 0));
  for (let c = 1; c <= last; c++) out[c - 1] = cellValue(values[c]);
  return out;
}

const EMPTY_ROW: readonly unknown[] = Object.freeze([]);

/** The streaming reader lost part of the file (see readXlsx): read it whole instead. */
class IncompleteRead extends Error {}

const readAgain = (path: string, reason: string) =>
  new UserError(`Could not read ${path} as an .xlsx workbook (${reason}). Download the sheet again with File > Download > Microsoft Excel (.xlsx).`);

/**
 * Reads every worksheet, in the workbook's tab order. Failures are UserErrors naming the file.
 *
 * exceljs's streaming reader sometimes never sees the zip's last entry
 * (unzipper ends the entry stream early): when that entry is
 * xl/workbook.xml, which exceljs itself writes last, the tab names are
 * unknown and it throws; when it is a worksheet, a tab would silently be
 * missing. So a streamed read is kept only when it found every tab that
 * xl/workbook.xml lists; otherwise the file is read again whole, which is
 * slower and larger but complete.
 */
export async function readXlsx(fullPath: string, path: string): Promise<SheetData[]> {
  try {
    return await readStreaming(fullPath, path);
  } catch (error) {
    if (error instanceof UserError) throw error;
    return readWhole(fullPath, path);
  }
}

async function readStreaming(fullPath: string, path: string): Promise<SheetData[]> {
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(createReadStream(fullPath), {
    worksheets: 'emit',
    sharedStrings: 'cache',
    // Dates need the number formats; hyperlinks are read as their text anyway.
    styles: 'cache',
    hyperlinks: 'ignore',
    entries: 'ignore',
  });
  const sheets: { name: string; values: unknown[][] }[] = [];
  let cells = 0;
  for await (const worksheet of reader) {
    const sheet = worksheet as unknown as AsyncIterable<ExcelJS.Row> & { name: string };
    const values: unknown[][] = [];
    for await (const row of sheet) {
      const cellsOfRow = rowValues(row.values as ExcelJS.CellValue[]);
      if (cellsOfRow.length === 0) continue;
      cells += cellsOfRow.length;
      if (cells > MAX_CELLS) {
        throw new UserError(
          `${path} holds more than ${MAX_CELLS.toLocaleString('en-US')} cells, more than a Google Sheet can hold, so it is not a tracking plan downloaded from Sheets.`,
        );
      }
      values[row.number - 1] = cellsOfRow;
    }
    for (let r = 0; r < values.length; r++) if (!values[r]) values[r] = EMPTY_ROW as unknown[];
    sheets.push({ name: sheet.name, values });
  }
  // The reader meets worksheets in the zip's order; the tabs' order is the workbook's.
  const model = (reader as unknown as { model?: { sheets?: { name: string }[] } }).model;
  const order = (model?.sheets ?? []).map((s) => s.name);
  if (!model || order.some((name) => !sheets.some((s) => s.name === name))) throw new IncompleteRead();
  if (!sheets.length) {
    throw new UserError(
      `Could not read ${path} as an .xlsx workbook: it holds no worksheets. Download the sheet again with File > Download > Microsoft Excel (.xlsx).`,
    );
  }
  const rank = (name: string) => (order.includes(name) ? order.indexOf(name) : order.length);
  return sheets.sort((a, b) => rank(a.name) - rank(b.name));
}

async function readWhole(fullPath: string, path: string): Promise<SheetData[]> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.readFile(fullPath);
  } catch (error) {
    // jszip's and unzipper's messages end in advice about zip files that would only confuse here.
    throw readAgain(path, (error instanceof Error ? error.message : String(error)).replace(/\s*:\s*is this a zip file.*$/s, ''));
  }
  if (!workbook.worksheets.length) {
    throw new UserError(
      `Could not read ${path} as an .xlsx workbook: it holds no worksheets. Download the sheet again with File > Download > Microsoft Excel (.xlsx).`,
    );
  }
  let cells = 0;
  return workbook.worksheets.map((sheet) => {
    const values = worksheetValues(sheet);
    for (const row of values) cells += row.length;
    if (cells > MAX_CELLS) {
      throw new UserError(
        `${path} holds more than ${MAX_CELLS.toLocaleString('en-US')} cells, more than a Google Sheet can hold, so it is not a tracking plan downloaded from Sheets.`,
      );
    }
    return { name: sheet.name, values };
  });
}

/** The values of a worksheet already in memory (a --base workbook), as readXlsx gives them. */
export function worksheetValues(sheet: ExcelJS.Worksheet): unknown[][] {
  const values: unknown[][] = [];
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells = (row.values as ExcelJS.CellValue[]).slice();
    // The whole-file reader copies a merged range's value into every cell of it; Sheets shows it in the first only.
    row.eachCell({ includeEmpty: false }, (cell, column) => {
      if (cell.isMerged && cell.master.address !== cell.address) cells[column] = null;
    });
    values[rowNumber - 1] = rowValues(cells);
  });
  for (let r = 0; r < values.length; r++) if (!values[r]) values[r] = [];
  return values;
}
