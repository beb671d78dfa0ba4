/**
 * The one place that reads the plan's tabs from the spreadsheet and writes
 * back to them. A tab is read with two calls (getSheetByName, then
 * getSheetValues) and written in batches, so the number of calls an
 * operation makes does not grow with the number of rows.
 */
import { parsePlan, SheetData } from '../core/parse';
import { Plan } from '../core/plan';
import { TEMPLATE, TabKind, tabDef, tabKindForName } from '../core/template';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export interface TabHandle {
  kind: TabKind;
  sheet: Sheet;
  /** The sheet's real name (the template's, or an alias). */
  name: string;
  values: unknown[][];
}

/** All of a sheet's values from A1 in one call; an empty sheet reads as no rows. */
export function readSheetValues(sheet: Sheet): unknown[][] {
  try {
    return sheet.getSheetValues(1, 1, -1, -1) as unknown[][];
  } catch (error) {
    // Sheets may reject a -1 size on a sheet with no content. Any other
    // failure must not pass for an empty tab: insertion would then write
    // over the user's rows.
    if (sheet.getLastRow() === 0) return [];
    throw error;
  }
}

/**
 * Finds the sheets of the given template tabs: by the template's name first
 * (one call each), and only when one is missing by listing the sheets once
 * to look for an alias ("Track" for "Track (Custom)").
 */
export function findTabs(spreadsheet: Spreadsheet, kinds: readonly TabKind[]): Partial<Record<TabKind, { sheet: Sheet; name: string }>> {
  const found: Partial<Record<TabKind, { sheet: Sheet; name: string }>> = {};
  const missing: TabKind[] = [];
  for (const kind of kinds) {
    const name = tabDef(kind).name;
    const sheet = spreadsheet.getSheetByName(name);
    if (sheet) found[kind] = { sheet, name };
    else missing.push(kind);
  }
  if (missing.length) {
    for (const sheet of spreadsheet.getSheets()) {
      const name = sheet.getName();
      const kind = tabKindForName(name);
      if (kind && missing.includes(kind) && !found[kind]) found[kind] = { sheet, name };
    }
  }
  return found;
}

export function readTabs(spreadsheet: Spreadsheet, kinds: readonly TabKind[] = TEMPLATE.map((t) => t.kind)): TabHandle[] {
  const sheets = findTabs(spreadsheet, kinds);
  const handles: TabHandle[] = [];
  for (const kind of kinds) {
    const tab = sheets[kind];
    if (!tab) continue;
    handles.push({ kind, sheet: tab.sheet, name: tab.name, values: readSheetValues(tab.sheet) });
  }
  return handles;
}

/** The plan as the given tabs describe it; tabs not read are reported missing by the parser. */
export function planFromTabs(handles: readonly TabHandle[]): Plan {
  const sheets: SheetData[] = handles.map((h) => ({ name: h.name, values: h.values }));
  return parsePlan(sheets);
}

/**
 * Finds the sheets of every template tab by listing the sheets once and
 * reading each name (1 + sheets calls). Cheaper than findTabs when several
 * tabs may be missing, as in Set up template on a new spreadsheet.
 */
export function findTabsByListing(spreadsheet: Spreadsheet): Partial<Record<TabKind, { sheet: Sheet; name: string }>> {
  const found: Partial<Record<TabKind, { sheet: Sheet; name: string }>> = {};
  const named = spreadsheet.getSheets().map((sheet) => ({ sheet, name: sheet.getName() }));
  // A sheet carrying the template's own name wins over one carrying an alias.
  for (const def of TEMPLATE) {
    const exact = named.find((s) => s.name === def.name);
    if (exact) found[def.kind] = exact;
  }
  for (const s of named) {
    const kind = tabKindForName(s.name);
    if (kind && !found[kind] && !Object.values(found).some((f) => f?.sheet === s.sheet)) found[kind] = s;
  }
  return found;
}
