/**
 * Reads the file Google Sheets downloads (File > Download > .xlsx, or one
 * tab as .csv or .tsv) into the same sheet values the add-on reads with
 * getValues, so the command line parses and checks exactly what the add-on
 * would. Files over MAX_FILE_BYTES, old .xls and .ods workbooks are refused
 * with advice before anything is read.
 */
import { closeSync, openSync, readFileSync, readSync, statSync } from 'node:fs';
import { basename, extname } from 'node:path';
import { UserError } from '../core/errors';
import { detectTabKind, parsePlan, type SheetData } from '../core/parse';
import { type Plan } from '../core/plan';
import { TEMPLATE, type TabKind, tabDef, tabKindForName } from '../core/template';
import { joinAnd } from '../core/setup';
import { fileErrorReason, isFileSystemError } from './file-errors';
import { decodeText, readDelimited } from './read-csv';
import { readXlsx } from './read-xlsx';
import { isSegmentCsv, segmentCsvSheets } from '../core/segment-csv-tabs';
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

export { cellValue, worksheetValues } from './read-xlsx';
export { parseCsv } from '../core/csv-text';

/** The largest file the command line reads: a sheet at Google's 10-million-cell limit downloads smaller. */
export const MAX_FILE_BYTES = 100 * 1024 * 1024;

type FileKind = 'xlsx' | 'text';

function megabytes(bytes: number): string {
  return `${Math.round(bytes / (1024 * 1024))} MB`;
}

/** Checks the file is there, readable and not too big, and tells what it holds from its first bytes. */
function inspectFile(fullPath: string, path: string): FileKind {
  let size: number;
  let head: Buffer;
  try {
    const stat = statSync(fullPath);
    if (stat.isDirectory()) throw new UserError(`${path} is a folder, not a tracking plan file (.xlsx or .csv).`);
    size = stat.size;
    const fd = openSync(fullPath, 'r');
    try {
      head = Buffer.alloc(Math.min(size, 512));
      readSync(fd, head, 0, head.length, 0);
    } finally {
      closeSync(fd);
    }
  } catch (error) {
    if (error instanceof UserError) throw error;
    if (isFileSystemError(error) && error.code === 'ENOENT') throw new UserError(`No such file: ${path}`);
    throw new UserError(`Could not read ${path}: ${fileErrorReason(error)}.`);
  }
  if (size > MAX_FILE_BYTES) {
    throw new UserError(
      `${path} is ${megabytes(size)}; the command line reads plans up to ${megabytes(MAX_FILE_BYTES)} (a sheet at Google's 10-million-cell limit downloads smaller). ` +
        'Check that it is the plan, or split it into one file per tab.',
    );
  }
  if (head[0] === 0xd0 && head[1] === 0xcf && head[2] === 0x11 && head[3] === 0xe0) {
    throw new UserError(
      `${path} is an old Excel 97-2003 workbook (.xls), which the command line does not read. Save it as .xlsx (Excel: File > Save As > Excel Workbook), or download the plan from Google Sheets with File > Download > Microsoft Excel (.xlsx).`,
    );
  }
  if (isZip(head)) {
    if (head.includes('application/vnd.oasis.opendocument')) {
      throw new UserError(
        `${path} is an OpenDocument spreadsheet (.ods), which the command line does not read. Download the plan from Google Sheets with File > Download > Microsoft Excel (.xlsx).`,
      );
    }
    return 'xlsx';
  }
  if (/\.xls[xm]$/i.test(path) && !/\.(csv|tsv|txt)$/i.test(path)) return 'xlsx';
  return 'text';
}

function isZip(bytes: Buffer): boolean {
  return bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

function readBytes(fullPath: string, path: string): Buffer {
  try {
    return readFileSync(fullPath);
  } catch (error) {
    throw new UserError(`Could not read ${path}: ${fileErrorReason(error)}.`);
  }
}

/** Every worksheet of an .xlsx workbook, in tab order, read only as far as its cells go. */
export async function readWorkbook(fullPath: string, path: string = fullPath): Promise<SheetData[]> {
  return readXlsx(fullPath, path);
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
    throw new UserError(
      `${path} is not a tab of a tracking plan: no header row in its first 20 rows names the columns of any tab: ${joinAnd(headers)}. Name the tab with --tab.`,
    );
  }
  return kind;
}

/** Reads a plan from an .xlsx workbook or a one-tab .csv; a file that is no tracking plan is a UserError. */
export async function readPlan(fullPath: string, options: ReadOptions = {}): Promise<ReadPlan> {
  const path = options.display ?? fullPath;
  if (inspectFile(fullPath, path) === 'text') {
    const values = readDelimited(decodeText(readBytes(fullPath, path), path), path);
    if (!options.tab && isSegmentCsv(values)) {
      // Segment's tracking-plan CSV (our CSV export too): Track, Identify and Group rows in one table.
      const plan = parsePlan(segmentCsvSheets(values));
      const expected: TabKind[] = ['track', 'identify', 'group'];
      return { plan, expected, notes: plan.problems.filter((p) => expected.includes(p.tabKind) && p.kind !== 'missing-columns').map((p) => p.message) };
    }
    const kind = csvTabKind(path, { name: '', values }, options.tab);
    const plan = parsePlan([{ name: tabDef(kind).name, values }]);
    const own = plan.problems.filter((p) => p.tabKind === kind);
    if (!plan.tabs[kind]) throw new UserError(`${path} is not a tracking plan tab: ${own.map((p) => p.message).join(' ')}`);
    return { plan, expected: [kind], notes: own.map((p) => p.message) };
  }
  const sheets = await readWorkbook(fullPath, path);
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
