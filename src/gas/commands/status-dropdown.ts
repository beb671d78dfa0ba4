/**
 * The Track tab's Status dropdown gained In Review and Approved. Sheets set
 * up before carry the add-on's earlier rule (Planned / In Progress /
 * Implemented / Deprecated); Set up template says so, and Update Status
 * dropdown replaces exactly that rule, cell by cell, with the new list. A
 * Status cell with any other rule, or none, keeps what it has: the user
 * chose it.
 */
import { findHeader } from '../../core/header';
import { isPreviousStatusList } from '../../core/history/status';
import { UserError } from '../../core/errors';
import { STATUSES, tabDef } from '../../core/template';
import { type MessageDto } from '../api-types';
import { columnLetters } from '../../core/a1';
import { planFromTabs, readTabs } from '../gateway';
import { withDocumentLock } from '../lock';
import { activeSpreadsheet, type Services } from '../services';
import { plural } from '../../core/counts';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type DataValidation = GoogleAppsScript.Spreadsheet.DataValidation;

export const OFFER_MESSAGE =
  "The Status dropdown of the Track tab lacks In Review and Approved: choose Update Status dropdown (menu History, or the sidebar's History section) to add them.";

interface StatusRules {
  /** 1-based sheet row of the first data row. */
  first: number;
  column: number;
  rules: (DataValidation | null)[];
  /** Indexes into `rules` of the cells holding the add-on's earlier rule. */
  outdated: number[];
}

/**
 * The Status column's data validations, read with two calls (an open-ended
 * A1 range, then getDataValidations). Rules are compared once per distinct
 * object: Sheets' batch reads share one object among equal rules.
 */
function readStatusRules(sheet: Sheet, headerRow: number, column: number): StatusRules {
  const letters = columnLetters(column);
  const rules = sheet
    .getRange(`${letters}${headerRow + 1}:${letters}`)
    .getDataValidations()
    .map((row) => row[0]);
  const seen = new Map<DataValidation, boolean>();
  const outdated: number[] = [];
  rules.forEach((rule, i) => {
    if (!rule) return;
    let old = seen.get(rule);
    if (old === undefined) {
      old = isPreviousStatusList(rule.getCriteriaValues());
      seen.set(rule, old);
    }
    if (old) outdated.push(i);
  });
  return { first: headerRow + 1, column, rules, outdated };
}

/** Set up template's note when the Track tab has the earlier Status dropdown; '' otherwise. */
export function statusDropdownOffer(sheet: Sheet, values: readonly (readonly unknown[])[]): string {
  const header = findHeader(tabDef('track'), values);
  const column = header?.columns.status;
  if (!header || !column) return '';
  return readStatusRules(sheet, header.row, column).outdated.length ? OFFER_MESSAGE : '';
}

export function updateStatusDropdown(services: Services): MessageDto {
  const handles = readTabs(activeSpreadsheet(services), ['track']);
  const plan = planFromTabs(handles);
  const track = plan.tabs.track;
  const column = track?.header.columns.status;
  if (!track || !column) throw new UserError('There is no Status dropdown to update: the spreadsheet has no Track tab with a Status column.');
  const sheet = handles[0].sheet;
  return withDocumentLock(services.lockService, () => {
    const { first, rules, outdated } = readStatusRules(sheet, track.header.row, column);
    if (!outdated.length) return { message: `The Status dropdown already offers ${STATUSES.join(', ')} where the add-on set it; nothing was changed.` };
    const updated = rules[outdated[0]]!.copy()
      .requireValueInList([...STATUSES], true)
      .build();
    const replace = new Set(outdated);
    const from = outdated[0];
    const to = outdated[outdated.length - 1];
    // One write over the span; cells in it that are not the add-on's get their own rule back, as read.
    const grid = rules.slice(from, to + 1).map((rule, i) => [replace.has(from + i) ? updated : rule]);
    sheet.getRange(first + from, column, grid.length, 1).setDataValidations(grid);
    return { message: `Updated the Status dropdown on ${plural(outdated.length, 'row')}: it now offers ${STATUSES.join(', ')}.` };
  });
}
