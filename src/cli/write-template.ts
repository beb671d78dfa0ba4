/**
 * Writes the template as an .xlsx a user can import into Google Sheets:
 * every tab with its bold, frozen header row, column widths and the
 * dropdowns of its data rows, and the Track tab seeded with spec events as
 * the add-on inserts them, each event's property rows grouped under it.
 */
import ExcelJS from 'exceljs';
import { findHeader } from '../core/header';
import { planInsertion } from '../core/insertion';
import { parsePlan } from '../core/parse';
import { tabLayout } from '../core/setup';
import { type SpecId, specById } from '../core/specs';
import { TEMPLATE, tabDef } from '../core/template';

/** Data rows that get the column's dropdown; Sheets extends it as users add rows. */
export const VALIDATED_ROWS = 1000;

/** Sheets' column widths are pixels, Excel's are characters of about 7 pixels. */
function excelWidth(pixels: number): number {
  return Math.round((pixels / 7) * 10) / 10;
}

/**
 * The Track tab's values after inserting the specs' events one spec after
 * another, and the sheet rows of each event's property group. Reuses the
 * add-on's insertion, so the rows are laid out exactly as it writes them.
 */
export function seededTrackValues(specIds: readonly SpecId[]): { values: string[][]; groups: { first: number; last: number }[] } {
  const def = tabDef('track');
  const header = tabLayout(def).header;
  const values: string[][] = [header];
  const groups: { first: number; last: number }[] = [];
  for (const id of specIds) {
    const spec = specById(id)!;
    const plan = parsePlan([{ name: def.name, values }]);
    const insertion = planInsertion(plan, findHeader(def, values)!, values, spec);
    insertion.rows.forEach((cells, i) => {
      const row = new Array<string>(insertion.startColumn - 1).fill('');
      // insertion writes Sheets' leading apostrophe to keep text literal; an .xlsx cell is typed, so drop it.
      for (const cell of cells) row.push(cell.startsWith("'") ? cell.slice(1) : cell);
      values[insertion.startRow - 1 + i] = row;
    });
    groups.push(...insertion.groups);
  }
  return { values, groups };
}

function validationFor(rule: NonNullable<ReturnType<typeof tabLayout>['validations'][number]>): ExcelJS.DataValidation {
  const values = rule.kind === 'checkbox' ? ['TRUE', 'FALSE'] : rule.values;
  return {
    type: 'list',
    allowBlank: true,
    formulae: [`"${values.join(',')}"`],
    // Like the add-on's dropdowns: other text is accepted so the check can explain it.
    showErrorMessage: rule.kind === 'checkbox' || rule.strict,
  };
}

export function templateWorkbook(specIds: readonly SpecId[]): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'tracking-plan';
  for (const def of TEMPLATE) {
    const layout = tabLayout(def);
    const sheet = workbook.addWorksheet(def.name, { views: [{ state: 'frozen', ySplit: 1 }] });
    const widths: number[] = [];
    for (const column of def.columns) {
      if (column.gapBefore) widths.push(100);
      widths.push(column.width);
    }
    sheet.columns = widths.map((w) => ({ width: excelWidth(w) }));
    const headerRow = sheet.getRow(1);
    headerRow.values = layout.header;
    headerRow.font = { bold: true };
    if (def.kind === 'track') {
      const { values, groups } = seededTrackValues(specIds);
      for (let r = 1; r < values.length; r++) sheet.getRow(r + 1).values = values[r];
      for (const group of groups) for (let r = group.first; r <= group.last; r++) sheet.getRow(r).outlineLevel = 1;
      // The toggle sits on the event row above its properties, as in the add-on.
      sheet.properties.outlineProperties = { summaryBelow: false, summaryRight: false };
    }
    layout.validations.forEach((rule, i) => {
      if (!rule) return;
      const validation = validationFor(rule);
      for (let r = 2; r <= VALIDATED_ROWS + 1; r++) sheet.getCell(r, i + 1).dataValidation = validation;
    });
  }
  return workbook;
}

export async function writeTemplate(path: string, specIds: readonly SpecId[]): Promise<void> {
  await templateWorkbook(specIds).xlsx.writeFile(path);
}
