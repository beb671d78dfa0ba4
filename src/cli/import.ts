/**
 * `tracking-plan import <file>... -o plan.xlsx [--base old.xlsx]`: reads
 * other tools' tracking plans and writes a workbook holding their events,
 * traits and pages as template rows. With --base the workbook starts as a
 * copy of that file (which is left unchanged on disk). Names already in the
 * plan are conflicts, printed as `tab!A1 import-conflict message`; the other
 * rows are still written. Exit codes: 0 imported, 1 conflicts, 2 a file
 * could not be read.
 */
import ExcelJS from 'exceljs';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { UserError } from '../core/errors';
import { type ImportFile, importIntoSheets, readImportFiles, type SheetWithExtent, type TabAppend } from '../core/import';
import { headerCaptions, tabDef } from '../core/template';
import { worksheetValues } from './read-plan';
import { templateWorkbook } from './write-template';
import { parseYamlDocuments } from './yaml-documents';

export interface ImportOptions {
  out: string;
  base?: string;
  force?: boolean;
}

export interface ImportIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  cwd: string;
}

function readText(cwd: string, path: string): ImportFile {
  const full = resolve(cwd, path);
  if (!existsSync(full)) throw new UserError(`No such file: ${path}`);
  if (statSync(full).isDirectory()) throw new UserError(`${path} is a folder: give the files to import.`);
  try {
    return { name: basename(path), content: readFileSync(full, 'utf8') };
  } catch (error) {
    throw new UserError(`Could not read ${path}: ${error instanceof Error ? error.message : String(error)}`);
  }
}

async function baseWorkbook(cwd: string, base: string | undefined): Promise<ExcelJS.Workbook> {
  if (!base) return templateWorkbook([]);
  const full = resolve(cwd, base);
  if (!existsSync(full)) throw new UserError(`No such file: ${base}`);
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(readFileSync(full) as unknown as ArrayBuffer);
  } catch (error) {
    const reason = (error instanceof Error ? error.message : String(error)).replace(/\s*:\s*is this a zip file.*$/s, '');
    throw new UserError(`Could not read ${base} as an .xlsx workbook (${reason}).`);
  }
  return workbook;
}

/**
 * The last row holding a value, a formula included (its cached result may be
 * empty); rows that only carry the template's dropdowns do not count, so the
 * import lands right below the plan rather than below row 1000.
 */
function lastRowWithValue(sheet: ExcelJS.Worksheet): number {
  let last = 0;
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    let filled = false;
    row.eachCell({ includeEmpty: false }, (cell) => {
      if (cell.value !== null && cell.value !== undefined && cell.value !== '') filled = true;
    });
    if (filled) last = rowNumber;
  });
  return last;
}

/** An .xlsx cell holds a typed value: the apostrophe that keeps text literal in Sheets is not part of it. */
function xlsxValue(cell: string | boolean): ExcelJS.CellValue {
  return typeof cell === 'string' && cell.startsWith("'") ? cell.slice(1) : cell;
}

function writeAppend(workbook: ExcelJS.Workbook, append: TabAppend): void {
  let sheet = workbook.getWorksheet(append.tab);
  if (!sheet) {
    sheet = workbook.addWorksheet(append.tab, { views: [{ state: 'frozen', ySplit: 1 }] });
    const header = sheet.getRow(1);
    header.values = headerCaptions(tabDef(append.kind));
    header.font = { bold: true };
  }
  append.rows.forEach((cells, i) => {
    const row = sheet.getRow(append.startRow + i);
    cells.forEach((cell, j) => {
      if (cell !== '') row.getCell(append.startColumn + j).value = xlsxValue(cell);
    });
    row.outlineLevel = 0;
  });
  if (!append.groups.length) return;
  for (const group of append.groups) for (let r = group.first; r <= group.last; r++) sheet.getRow(r).outlineLevel = 1;
  // The toggle sits on the event row above its properties, as in the add-on.
  sheet.properties.outlineProperties = { summaryBelow: false, summaryRight: false };
}

export async function runImport(paths: readonly string[], options: ImportOptions, io: ImportIo): Promise<number> {
  const out = resolve(io.cwd, options.out);
  if (options.base && resolve(io.cwd, options.base) === out) {
    throw new UserError(`-o names the --base workbook, which import leaves unchanged: give another file to write.`);
  }
  if (existsSync(out) && !options.force) throw new UserError(`${options.out} already exists; pass --force to overwrite it.`);
  const files = paths.map((p) => readText(io.cwd, p));
  const imports = readImportFiles(files, { parseYaml: parseYamlDocuments });
  const workbook = await baseWorkbook(io.cwd, options.base);
  const sheets: SheetWithExtent[] = workbook.worksheets.map((ws) => ({ name: ws.name, values: worksheetValues(ws), lastUsedRow: lastRowWithValue(ws) }));
  const { layout } = importIntoSheets(sheets, imports);
  for (const append of layout.appends) writeAppend(workbook, append);
  await workbook.xlsx.writeFile(out);
  for (const note of layout.notes) io.stderr(`note: ${note}\n`);
  for (const conflict of layout.conflicts) io.stdout(`${conflict.ref} import-conflict ${conflict.message}\n`.replace(/[\r\n]+(?=.)/g, ' '));
  io.stdout(`${layout.message}\nwrote ${out}\n`);
  return layout.conflicts.length ? 1 : 0;
}
