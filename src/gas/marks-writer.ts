/**
 * Writes and removes the add-on's marks on a sheet: the Checks column cells
 * (one setValues per tab, only the run that changed) and the highlight rules
 * (only when they differ from what the add-on last wrote). The user's own
 * conditional-format rules are read back and kept, in their order, after
 * the add-on's.
 */
import { HighlightRule, isOwnHighlightFormula, TabMarks } from '../core/marks';
import { MarkedTab } from './settings-store';

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

/**
 * Writes one tab's marks. Returns what to remember about the tab, so the
 * next check can skip re-writing rules that are already in place.
 */
export function writeTabMarks(app: SpreadsheetApp, sheet: Sheet, marks: TabMarks, known: MarkedTab | undefined): MarkedTab {
  let insertedColumn = known?.insertedColumn ?? false;
  if (marks.write) {
    const { row, values } = marks.write;
    let range: GoogleAppsScript.Spreadsheet.Range;
    try {
      range = sheet.getRange(row, marks.checksColumn, values.length, 1);
    } catch (error) {
      // The sheet has no column left after the user's last one: widen it by one, and remember to narrow it on Clear.
      if (!marks.isNewColumn) throw error;
      sheet.insertColumnsAfter(marks.checksColumn - 1, 1);
      insertedColumn = true;
      range = sheet.getRange(row, marks.checksColumn, values.length, 1);
    }
    range.setValues(values);
  }
  if (!known || known.fingerprint !== marks.fingerprint) {
    const { user } = readRules(sheet);
    sheet.setConditionalFormatRules([...buildRules(app, sheet, marks.rules), ...user]);
  }
  return { fingerprint: marks.fingerprint, insertedColumn: insertedColumn || undefined };
}

/** Writes only the Checks cells of a live re-check (the rules are already in place). */
export function writeChecksCells(sheet: Sheet, marks: TabMarks): void {
  if (!marks.write) return;
  sheet.getRange(marks.write.row, marks.checksColumn, marks.write.values.length, 1).setValues(marks.write.values);
}

/**
 * Removes the add-on's marks from a sheet: its Checks column (deleted when
 * the add-on widened the sheet for it, else emptied, so the grid keeps its
 * size) and its highlight rules. Returns whether anything was removed.
 */
export function removeTabMarks(sheet: Sheet, checksColumn: number | undefined, rows: number, known: MarkedTab | undefined): boolean {
  let removed = false;
  if (checksColumn !== undefined) {
    if (known?.insertedColumn) sheet.deleteColumn(checksColumn);
    else sheet.getRange(1, checksColumn, Math.max(rows, 1), 1).clearContent();
    removed = true;
  }
  const { own, user } = readRules(sheet);
  if (own.length) {
    sheet.setConditionalFormatRules(user);
    removed = true;
  }
  return removed;
}
