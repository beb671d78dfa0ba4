/**
 * Reads the file Google Sheets downloads (File > Download > .xlsx, or one
 * tab as .csv) into the same sheet values the add-on reads with getValues,
 * so the command line parses and checks exactly what the add-on would.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { basename, extname } from 'node:path';
import ExcelJS from 'exceljs';
import { UserError } from '../core/errors';
import { detectTabKind, parsePlan, SheetData } from '../core/parse';
import { Plan } from '../core/plan';
import { TEMPLATE, TabKind, tabDef, tabKindForName } from '../core/template';
import { joinAnd } from '../core/setup';
import { OWNED_TAB_NAMES } from '../core/owned-tabs';
import { settingsRecordFromRows } from '../core/settings-sheet';

export interface ReadOptions {
  /** The file as the user named it, for messages; the path by default. */
  display?: string;
  /** For a CSV file: the tab it holds, by name or alias ("Track", "Identify"). */
  tab?: string;
}

export interface ReadPlan {
  plan: Plan;
  /** The template tabs the file was expected to hold: all of them for a workbook, one for a CSV. */
  expected: TabKind[];
  /** Parser problems worth telling the user (a CSV's absent other tabs are not among them). */
  notes: string[];
  /** The add-on's settings tab of a workbook (see core/settings-sheet.ts), when it has one. */
  settingsValues?: unknown[][];
}

/** A cell as getValues would give it: rich text, formulas' results and hyperlinks read as their text. */
export function cellValue(value: ExcelJS.CellValue): unknown {
  if (value === null || value === undefined) return '';
  if (typeof value !== 'object' || value instanceof Date) return value;
  const v = value as unknown as Record<string, unknown>;
  if (Array.isArray(v.richText)) return (v.richText as { text?: string }[]).map((r) => r.text ?? '').join('');
  if ('formula' in v || 'sharedFormula' in v) return v.result === undefined ? '' : cellValue(v.result as ExcelJS.CellValue);
  if ('hyperlink' in v || 'text' in v) return cellValue(v.text as ExcelJS.CellValue);
  if ('error' in v) return String(v.error);
  return '';
}

export function worksheetValues(sheet: ExcelJS.Worksheet): unknown[][] {
  const values: unknown[][] = [];
  const width = sheet.columnCount;
  sheet.eachRow({ includeEmpty: true }, (row, rowNumber) => {
    const cells: unknown[] = [];
    for (let c = 1; c <= width; c++) cells.push(cellValue(row.getCell(c).value));
    values[rowNumber - 1] = cells;
  });
  for (let r = 0; r < values.length; r++) if (!values[r]) values[r] = [];
  return values;
}

/** RFC 4180 CSV (as Sheets writes it): quoted fields may hold commas, quotes and line breaks. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  const source = text.replace(/^\uFEFF/, '');
  for (let i = 0; i < source.length; i++) {
    const ch = source[i];
    if (quoted) {
      if (ch === '"' && source[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
      continue;
    }
    if (ch === '"' && field === '') quoted = true;
    else if (ch === ',') {
      row.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && source[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += ch;
  }
  if (field !== '' || row.length) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

function isZip(bytes: Buffer): boolean {
  return bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

function readBytes(fullPath: string, path: string): Buffer {
  if (!existsSync(fullPath)) throw new UserError(`No such file: ${path}`);
  if (statSync(fullPath).isDirectory()) throw new UserError(`${path} is a folder, not a tracking plan file (.xlsx or .csv).`);
  try {
    return readFileSync(fullPath);
  } catch (error) {
    throw new UserError(`Could not read ${path}: ${error instanceof Error ? error.message : String(error)}`);
  }
}

export async function readWorkbook(path: string, bytes: Buffer): Promise<SheetData[]> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch (error) {
    // jszip's messages end in advice about zip files that would only confuse here.
    const reason = (error instanceof Error ? error.message : String(error)).replace(/\s*:\s*is this a zip file.*$/s, '');
    throw new UserError(`Could not read ${path} as an .xlsx workbook (${reason}). Download the sheet again with File > Download > Microsoft Excel (.xlsx).`);
  }
  return workbook.worksheets.map((sheet) => ({ name: sheet.name, values: worksheetValues(sheet) }));
}

function csvTabKind(path: string, sheet: SheetData, tab: string | undefined): TabKind {
  if (tab) {
    const kind = tabKindForName(tab) ?? (TEMPLATE.some((t) => t.kind === tab) ? (tab as TabKind) : undefined);
    if (!kind) throw new UserError(`Unknown tab "${tab}": choose ${joinAnd(TEMPLATE.map((t) => `"${t.name}"`))}.`);
    return kind;
  }
  const kind = tabKindForName(basename(path, extname(path))) ?? detectTabKind({ name: '', values: sheet.values });
  if (!kind) {
    const headers = TEMPLATE.map((def) => `${def.name} (${def.headerKeys.map((k) => `"${def.columns.find((c) => c.key === k)!.caption}"`).join(' and ')})`);
    throw new UserError(`${path} is not a tab of a tracking plan: no header row in its first 20 rows names the columns of any tab: ${joinAnd(headers)}. Name the tab with --tab.`);
  }
  return kind;
}

/** Reads a plan from an .xlsx workbook or a one-tab .csv; a file that is no tracking plan is a UserError. */
export async function readPlan(fullPath: string, options: ReadOptions = {}): Promise<ReadPlan> {
  const path = options.display ?? fullPath;
  const bytes = readBytes(fullPath, path);
  const csv = /\.(csv|txt)$/i.test(path) || (!/\.xls[xm]$/i.test(path) && !isZip(bytes));
  if (csv) {
    if (bytes.includes(0)) throw new UserError(`Could not read ${path}: it is neither an .xlsx workbook nor a CSV text file.`);
    const values = parseCsv(bytes.toString('utf8'));
    const kind = csvTabKind(path, { name: '', values }, options.tab);
    const plan = parsePlan([{ name: tabDef(kind).name, values }]);
    const own = plan.problems.filter((p) => p.tabKind === kind);
    if (!plan.tabs[kind]) throw new UserError(`${path} is not a tracking plan tab: ${own.map((p) => p.message).join(' ')}`);
    return { plan, expected: [kind], notes: own.map((p) => p.message) };
  }
  const sheets = await readWorkbook(path, bytes);
  const plan = parsePlan(sheets);
  const found = TEMPLATE.filter((def) => plan.tabs[def.kind]);
  if (!found.length) {
    const names = sheets.map((s) => `"${s.name}"`);
    throw new UserError(
      `${path} is not a tracking plan: none of its tabs (${joinAnd(names) || 'none'}) is a template tab with its header row. ${plan.problems.map((p) => p.message).join(' ')}`,
    );
  }
  return { plan, expected: TEMPLATE.map((t) => t.kind), notes: plan.problems.map((p) => p.message), settingsValues: settingsTabValues(sheets) };
}

/**
 * The add-on's settings tab: "Plan Settings", or "Plan Settings (2)"... when
 * a user's tab had the name, whichever has the settings' header row.
 */
export function settingsTabValues(sheets: readonly SheetData[]): unknown[][] | undefined {
  const base = OWNED_TAB_NAMES.settings.toLowerCase();
  const named = sheets.filter((s) => {
    const name = s.name.trim().toLowerCase();
    return name === base || (name.startsWith(`${base} (`) && /\(\d+\)$/.test(name));
  });
  const found = named.find((s) => settingsRecordFromRows(s.values as unknown[][]) !== null);
  return found ? (found.values as unknown[][]) : undefined;
}
