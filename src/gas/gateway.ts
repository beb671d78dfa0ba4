/**
 * The one place that reads the plan's tabs from the spreadsheet and writes
 * back to them. A tab is read with two calls (getSheetByName, then
 * getSheetValues) and written in batches, so the number of calls an
 * operation makes does not grow with the number of rows.
 */
import { parsePlan, type SheetData } from '../core/parse';
import { type Plan } from '../core/plan';
import { hasTabHeader, kindOfAlias, kindOfTemplateName } from '../core/plan-tabs';
import { TEMPLATE, type TabKind, tabDef } from '../core/template';
import { ownedSheetIds } from './ownership';

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

export interface FoundTab {
  sheet: Sheet;
  name: string;
  /** The values, when finding the tab meant reading them (an alias-named sheet's header). */
  values?: unknown[][];
}

/** The ids of the tabs the add-on owns, asked for once and only when needed. */
function lazyOwnedIds(spreadsheet: Spreadsheet): () => ReadonlySet<number> {
  let ids: ReadonlySet<number> | undefined;
  return () => (ids ??= new Set(ownedSheetIds(spreadsheet)));
}

/**
 * Finds the sheets of the given template tabs, as plan-tabs.ts decides:
 * by the template's name first (one call each), and only when one is
 * missing by listing the sheets once to look, leftmost first, for one
 * carrying an alias ("Track" for "Track (Custom)") whose header row fits.
 * Sheets named otherwise are not searched here (it would mean reading every
 * tab); tabs the add-on owns are skipped.
 */
export function findTabs(spreadsheet: Spreadsheet, kinds: readonly TabKind[]): Partial<Record<TabKind, FoundTab>> {
  const found: Partial<Record<TabKind, FoundTab>> = {};
  const missing: TabKind[] = [];
  for (const kind of kinds) {
    const name = tabDef(kind).name;
    const sheet = spreadsheet.getSheetByName(name);
    if (sheet) found[kind] = { sheet, name };
    else missing.push(kind);
  }
  if (missing.length) {
    const owned = lazyOwnedIds(spreadsheet);
    for (const sheet of spreadsheet.getSheets()) {
      const name = sheet.getName();
      const kind = kindOfAlias(name);
      if (!kind || !missing.includes(kind) || found[kind]) continue;
      if (owned().has(sheet.getSheetId())) continue;
      const values = readSheetValues(sheet);
      if (hasTabHeader(kind, values)) found[kind] = { sheet, name, values };
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
    handles.push({ kind, sheet: tab.sheet, name: tab.name, values: tab.values ?? readSheetValues(tab.sheet) });
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
 * reading each name (1 + sheets calls), then reading the values of sheets
 * that carry an alias, to see whether their header fits. Cheaper than
 * findTabs when several tabs may be missing, as in Set up template on a new
 * spreadsheet.
 */
export function findTabsByListing(spreadsheet: Spreadsheet): Partial<Record<TabKind, FoundTab>> {
  const found: Partial<Record<TabKind, FoundTab>> = {};
  const named = spreadsheet.getSheets().map((sheet) => ({ sheet, name: sheet.getName() }));
  const taken = new Set<Sheet>();
  // A sheet carrying the template's own name wins over one carrying an alias.
  for (const s of named) {
    const kind = kindOfTemplateName(s.name);
    if (kind && !found[kind]) {
      found[kind] = s;
      taken.add(s.sheet);
    }
  }
  const owned = lazyOwnedIds(spreadsheet);
  for (const s of named) {
    const kind = kindOfAlias(s.name);
    if (!kind || found[kind] || taken.has(s.sheet)) continue;
    if (owned().has(s.sheet.getSheetId())) continue;
    const values = readSheetValues(s.sheet);
    if (hasTabHeader(kind, values)) {
      found[kind] = { ...s, values };
      taken.add(s.sheet);
    }
  }
  return found;
}
