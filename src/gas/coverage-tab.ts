/**
 * Writes the Coverage tab: the add-on's own tab, found by its developer
 * metadata marker (never by name), replaced whole on every run. A user's tab
 * that happens to be called "Coverage" is left alone and the add-on's gets
 * another name.
 */
import { type CoverageTabValues } from '../core/coverage/coverage-tab';
import { OWNED_TAB_NAMES } from '../core/owned-tabs';
import { claimSheet, findOwnedSheet } from './ownership';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** The first free name: "Coverage", else "Coverage (Tracking Plan)", then numbered. */
function freeName(spreadsheet: Spreadsheet): string {
  const base = OWNED_TAB_NAMES.coverage;
  if (!spreadsheet.getSheetByName(base)) return base;
  for (let i = 1; ; i++) {
    const name = i === 1 ? `${base} (Tracking Plan)` : `${base} (Tracking Plan ${i})`;
    if (!spreadsheet.getSheetByName(name)) return name;
  }
}

/** Writes the report; returns the tab's name. About ten calls, plus one per planned event with near misses. */
export function writeCoverageTab(
  spreadsheet: Spreadsheet,
  tab: CoverageTabValues,
  controlBefore: GoogleAppsScript.Spreadsheet.GroupControlTogglePosition,
): string {
  let sheet: Sheet | null = findOwnedSheet(spreadsheet, 'coverage');
  const existed = !!sheet;
  if (!sheet) {
    sheet = spreadsheet.insertSheet(freeName(spreadsheet));
    claimSheet(sheet, 'coverage');
  }
  const rows = tab.values.length;
  const maxRows = sheet.getMaxRows();
  if (existed) {
    sheet.clear();
    // The last run's groups go too (Sheets ignores a shift below depth 0).
    sheet.getRange(1, 1, maxRows, 1).shiftRowGroupDepth(-1);
  }
  if (rows > maxRows) sheet.insertRowsAfter(maxRows, rows - maxRows);
  sheet.getRange(1, 1, rows, tab.width).setValues(tab.values);
  sheet.getRangeList(['A1', `A2:A${tab.headerRow - 2}`, `A${tab.headerRow}:${String.fromCharCode(64 + tab.width)}${tab.headerRow}`]).setFontWeight('bold');
  if (tab.groups.length) {
    sheet.setRowGroupControlPosition(controlBefore);
    // One call per planned event that has near misses: few, and the Track tab's own rule for groups.
    for (const group of tab.groups) sheet.getRange(group.first, 1, group.last - group.first + 1, 1).shiftRowGroupDepth(1);
  }
  return sheet.getName();
}
