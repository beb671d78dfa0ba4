/**
 * Import decided on whole sheet values, for the command line (which holds a
 * workbook in memory) and tests: finds each template tab among the sheets
 * (or plans a new one), lays the imported rows out, and returns every
 * sheet's values after the append. The add-on writes only the appended
 * blocks instead (src/gas/commands/import.ts).
 */
import { parsePlan, type SheetData } from '../parse';
import { applyAppend, IMPORT_TABS, type ImportLayout, importTarget, type ImportTabKind, type ImportTarget, layOutImport } from './layout';
import { type ImportedPlan } from './types';

export interface SheetsAfterImport {
  layout: ImportLayout;
  /** Every sheet, in order, with the appended rows; new template tabs at the end. */
  sheets: SheetData[];
  /** Names of the tabs that were created. */
  created: string[];
}

/** A sheet's values and, where the reader knows it, the last row holding anything (a formula showing '' included). */
export type SheetWithExtent = SheetData & { lastUsedRow?: number };

export function importIntoSheets(sheets: readonly SheetWithExtent[], imports: readonly ImportedPlan[]): SheetsAfterImport {
  const plan = parsePlan(sheets);
  const targets = {} as Record<ImportTabKind, ImportTarget>;
  const existing = new Map<ImportTabKind, SheetData>();
  for (const kind of IMPORT_TABS) {
    const name = plan.tabs[kind]?.sheetName ?? plan.problems.find((p) => p.tabKind === kind && p.kind === 'missing-header')?.tab;
    const sheet = name === undefined ? undefined : sheets.find((s) => s.name === name);
    if (sheet) existing.set(kind, sheet);
    targets[kind] = importTarget(kind, sheet ? { name: sheet.name, values: sheet.values, lastUsedRow: sheet.lastUsedRow } : undefined);
  }
  const layout = layOutImport(imports, plan, targets);
  const out: SheetData[] = sheets.map((s) => ({ name: s.name, values: s.values.map((r) => [...r]) }));
  const created: string[] = [];
  for (const append of layout.appends) {
    let sheet = out.find((s) => s.name === append.tab);
    if (!sheet) {
      sheet = { name: append.tab, values: targets[append.kind as ImportTabKind].values.map((r) => [...r]) };
      out.push(sheet);
      created.push(append.tab);
    }
    applyAppend(sheet.values as unknown[][], append);
  }
  return { layout, sheets: out, created };
}
