/**
 * Writes and removes the add-on's marks on a sheet: the Checks column cells
 * (one setValues per tab, only the run that changed) and the highlight rules
 * (only when they differ from what the add-on last wrote). The user's own
 * conditional-format rules are read back and kept, in their order, after
 * the add-on's.
 */
import { cellA1, columnLetters } from '../core/a1';
import { CHECKS_LEGEND, type HighlightRule, isOwnHighlightFormula, planChecksClear, type TabMarks } from '../core/marks';
import { claimColumn, COLUMN_MARKER_KEY, releaseColumn } from './ownership';
import { type MarkedTab } from './settings-store';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type SpreadsheetApp = GoogleAppsScript.Spreadsheet.SpreadsheetApp;
type Rule = GoogleAppsScript.Spreadsheet.ConditionalFormatRule;

function isOwnRule(rule: Rule): boolean {
  const condition = rule.getBooleanCondition();
  if (!condition) return false;
  const values = condition.getCriteriaValues();
  return isOwnHighlightFormula(values && values[0]);
}

/** The sheet's conditional-format rules split into the add-on's and the user's. */
function readRules(sheet: Sheet): { own: Rule[]; user: Rule[] } {
  const own: Rule[] = [];
  const user: Rule[] = [];
  for (const rule of sheet.getConditionalFormatRules()) (isOwnRule(rule) ? own : user).push(rule);
  return { own, user };
}

function buildRules(app: SpreadsheetApp, sheet: Sheet, rules: readonly HighlightRule[]): Rule[] {
  if (!rules.length) return [];
  const range = sheet.getRange(rules[0].a1);
  // copy() carries the range over, saving a call per rule.
  const first = app.newConditionalFormatRule().whenFormulaSatisfied(rules[0].formula).setBackground(rules[0].background).setRanges([range]).build();
  const built = [first];
  for (const spec of rules.slice(1)) built.push(first.copy().whenFormulaSatisfied(spec.formula).setBackground(spec.background).build());
  return built;
}

/** Wide enough for a line or two of a mark at Sheets' default font. */
export const CHECKS_COLUMN_WIDTH = 360;

/**
 * Gives the add-on's column its marker, width, wrapping and legend. A new
 * column was inserted beside the user's last one, from which Sheets copies
 * formats and validation: those are cleared first (this column only), so a
 * user's strict dropdown cannot refuse the marks. An adopted column (written
 * by an earlier version) keeps its format but loses any validation.
 */
function prepareChecksColumn(sheet: Sheet, column: number, headerRow: number, isNew: boolean): void {
  const letters = columnLetters(column);
  const whole = sheet.getRange(`${letters}:${letters}`);
  if (isNew) whole.clear({ formatOnly: true, validationsOnly: true });
  else whole.clearDataValidations();
  whole.setWrap(true);
  sheet.setColumnWidth(column, CHECKS_COLUMN_WIDTH);
  sheet.getRange(headerRow, column).setNote(CHECKS_LEGEND);
  claimColumn(sheet, column, 'checks');
}

/**
 * Writes one tab's marks. Returns what to remember about the tab, so the
 * next check can skip re-writing rules that are already in place.
 */
export function writeTabMarks(app: SpreadsheetApp, sheet: Sheet, marks: TabMarks, known: MarkedTab | undefined, headerRow: number): MarkedTab {
  if (marks.isNewColumn) sheet.insertColumnsAfter(marks.checksColumn - 1, 1);
  if (marks.isNewColumn || marks.adopt) prepareChecksColumn(sheet, marks.checksColumn, headerRow, marks.isNewColumn);
  writeChecksCells(sheet, marks);
  if (!known || known.fingerprint !== marks.fingerprint || marks.isNewColumn || marks.adopt) {
    const { user } = readRules(sheet);
    sheet.setConditionalFormatRules([...buildRules(app, sheet, marks.rules), ...user]);
  }
  return { fingerprint: marks.fingerprint };
}

/** Writes only the Checks cells of a live re-check (the rules are already in place). */
export function writeChecksCells(sheet: Sheet, marks: TabMarks): void {
  if (!marks.write) return;
  sheet.getRange(marks.write.row, marks.checksColumn, marks.write.values.length, 1).setValues(marks.write.values);
}

/**
 * Removes the add-on's marks from a sheet: its highlight rules, and in its
 * own column (found by metadata) exactly the cells it wrote. The column is
 * deleted only when every cell in it is the add-on's; otherwise the cells
 * the user typed stay, and the column is released. Returns whether anything
 * was removed.
 */
export function removeTabMarks(sheet: Sheet, ownedColumn: number | undefined, values: readonly (readonly unknown[])[]): boolean {
  let removed = false;
  if (ownedColumn !== undefined) {
    const clear = planChecksClear(values, ownedColumn);
    if (clear.deleteColumn) {
      sheet.deleteColumn(ownedColumn);
    } else {
      const a1s = clear.runs.map((run) =>
        run.first === run.last ? cellA1(run.first, ownedColumn) : `${cellA1(run.first, ownedColumn)}:${cellA1(run.last, ownedColumn)}`,
      );
      if (a1s.length) sheet.getRangeList(a1s).clearContent();
      if (clear.headerRow !== undefined) sheet.getRange(clear.headerRow, ownedColumn).clearNote();
      releaseColumn(sheet, 'checks');
    }
    removed = true;
  }
  const { own, user } = readRules(sheet);
  if (own.length) {
    sheet.setConditionalFormatRules(user);
    removed = true;
  }
  return removed;
}

/**
 * Every Checks column the add-on owns, on any tab, with one finder over the
 * whole spreadsheet (3 calls, then 5 per column): Clear finds them all
 * this way, where asking each tab would cost 4 calls a tab.
 */
export function ownedChecksColumns(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet): { sheet: Sheet; name: string; column: number }[] {
  const found: { sheet: Sheet; name: string; column: number }[] = [];
  for (const marker of spreadsheet.createDeveloperMetadataFinder().withKey(COLUMN_MARKER_KEY).find()) {
    const location = marker.getLocation();
    const range = location.getColumn();
    if (!range) continue;
    const sheet = range.getSheet();
    const name = sheet.getName();
    const column = range.getColumn();
    const same = found.find((f) => f.name === name);
    if (!same) found.push({ sheet, name, column });
    else if (column < same.column) same.column = column;
  }
  return found;
}
