/**
 * The add-on's hidden settings tab: a copy of the document's settings
 * (src/core/settings-sheet.ts) that travels with a downloaded .xlsx. The
 * document properties stay the source of truth in Sheets; this tab is
 * rewritten whole after every change of settings. The tab is found by the
 * add-on's developer metadata, never by its name, so a user's own
 * "Plan Settings" tab is never written to.
 */
import { literalText } from '../core/literal-text';
import { OWNED_TAB_NAMES } from '../core/owned-tabs';
import { type Settings } from '../core/settings';
import { isDefaultSettings, settingsRows } from '../core/settings-sheet';
import { claimSheet, findOwnedSheet } from './ownership';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** The tab's name, or the first free "Plan Settings (2)"... when a user's tab has it. */
function freeName(spreadsheet: Spreadsheet): string {
  const base = OWNED_TAB_NAMES.settings;
  for (let n = 1; ; n++) {
    const name = n === 1 ? base : `${base} (${n})`;
    if (!spreadsheet.getSheetByName(name)) return name;
  }
}

function createSettingsTab(spreadsheet: Spreadsheet): Sheet {
  // insertSheet makes the new tab the active one: the user stays where they were.
  const active = spreadsheet.getActiveSheet();
  // At the end, out of the way of the plan's tabs.
  const sheet = spreadsheet.insertSheet(freeName(spreadsheet), spreadsheet.getNumSheets());
  claimSheet(sheet, 'settings');
  sheet.hideSheet();
  if (active) active.activate();
  return sheet;
}

/**
 * Writes the settings into the add-on's settings tab, creating it (hidden)
 * when there is none and the settings differ from the defaults. About ten
 * calls, whatever the number of settings.
 */
export function writeSettingsTab(spreadsheet: Spreadsheet, settings: Settings): void {
  let sheet = findOwnedSheet(spreadsheet, 'settings');
  if (!sheet) {
    if (isDefaultSettings(settings)) return;
    sheet = createSettingsTab(spreadsheet);
  }
  const rows = settingsRows(settings).map((row) => row.map((cell) => literalText(cell)));
  const maxRows = sheet.getMaxRows();
  if (rows.length > maxRows) sheet.insertRowsAfter(maxRows, rows.length - maxRows);
  sheet.clearContents();
  sheet.getRange(1, 1, rows.length, rows[0].length).setValues(rows);
}
