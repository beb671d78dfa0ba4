/**
 * Batched writes for Set up template and Insert spec events: a new template
 * tab (header, widths, validation) and a block of appended Track rows with
 * their row groups. Every function costs a fixed number of calls, except
 * that grouping costs two per inserted event that has properties.
 */
import { type InsertionPlan } from '../core/insertion';
import { type TabLayout } from '../core/setup';
import { type Validation } from '../core/template';

type SpreadsheetApp = GoogleAppsScript.Spreadsheet.SpreadsheetApp;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type DataValidation = GoogleAppsScript.Spreadsheet.DataValidation;

/**
 * Builds each distinct rule once. One builder serves every rule: build()
 * takes a snapshot, and reusing the builder saves a call per rule.
 */
export class ValidationRules {
  private builder: GoogleAppsScript.Spreadsheet.DataValidationBuilder | undefined;
  private readonly built = new Map<string, DataValidation>();

  constructor(private readonly spreadsheetApp: SpreadsheetApp) {}

  rule(validation: Validation): DataValidation {
    const key = JSON.stringify(validation);
    let rule = this.built.get(key);
    if (rule) return rule;
    if (!this.builder) {
      // Other text stays allowed (a warning, not a rejection), so a check
      // can explain a wrong Type rather than Sheets refusing it.
      this.builder = this.spreadsheetApp.newDataValidation().setAllowInvalid(true);
    }
    rule = validation.kind === 'checkbox' ? this.builder.requireCheckbox().build() : this.builder.requireValueInList(validation.values.slice(), true).build();
    this.built.set(key, rule);
    return rule;
  }
}

/**
 * Creates one template tab at the end: bold frozen header, column widths,
 * and validation on every data row (one rule object per column, written
 * with one setDataValidations). `rows` is the new sheet's row count when
 * already known, which saves asking each new sheet.
 */
export function createTab(spreadsheet: Spreadsheet, layout: TabLayout, rules: ValidationRules, rows?: number): { sheet: Sheet; rows: number } {
  const sheet = spreadsheet.insertSheet(layout.name);
  const width = layout.header.length;
  sheet.getRange(1, 1, 1, width).setValues([layout.header]).setFontWeight('bold');
  sheet.setFrozenRows(1);
  for (const run of layout.widths) sheet.setColumnWidths(run.column, run.count, run.width);
  const maxRows = rows ?? sheet.getMaxRows();
  if (layout.validations.some((v) => v) && maxRows > 1) {
    const first = layout.validations.findIndex((v) => v) + 1;
    let last = 0;
    layout.validations.forEach((v, i) => {
      if (v) last = i + 1;
    });
    const row = layout.validations.slice(first - 1, last).map((v) => (v ? rules.rule(v) : null));
    const grid = new Array(maxRows - 1).fill(row) as (DataValidation | null)[][];
    sheet.getRange(2, first, maxRows - 1, last - first + 1).setDataValidations(grid);
  }
  return { sheet, rows: maxRows };
}

/** Rows to append: an insertion's, or an import's (whose Required cells hold booleans). */
export type AppendedRows = Pick<InsertionPlan, 'startRow' | 'startColumn' | 'groups'> & { rows: (string | boolean)[][] };

/**
 * Appends the planned rows and groups each event's property rows under it.
 *
 * Sheets puts rows added below a grouped row into that group, and the empty
 * rows under the last event may already sit in one; so the block's depth is
 * read once (on its first row, after any growing) and the whole block is
 * shifted back to 0 in one call before each event's property rows are
 * raised to depth 1.
 */
export function appendRows(sheet: Sheet, plan: AppendedRows, groupControlBefore: GoogleAppsScript.Spreadsheet.GroupControlTogglePosition): void {
  if (!plan.rows.length) return;
  const count = plan.rows.length;
  const lastRow = plan.startRow + count - 1;
  const maxRows = sheet.getMaxRows();
  if (lastRow > maxRows) sheet.insertRowsAfter(maxRows, lastRow - maxRows);
  sheet.getRange(plan.startRow, plan.startColumn, count, plan.rows[0].length).setValues(plan.rows);
  const depth = sheet.getRowGroupDepth(plan.startRow);
  if (depth > 0) sheet.getRange(plan.startRow, 1, count, 1).shiftRowGroupDepth(-depth);
  if (!plan.groups.length) return;
  sheet.setRowGroupControlPosition(groupControlBefore);
  for (const group of plan.groups) {
    sheet.getRange(group.first, 1, group.last - group.first + 1, 1).shiftRowGroupDepth(1);
  }
}
