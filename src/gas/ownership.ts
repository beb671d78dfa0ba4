/**
 * How the add-on proves that a tab or a column is its own: developer metadata,
 * which scripts can write and no user can type, unlike a caption or a tab
 * name. Everything it writes outside cells a user asked it to fill is found
 * through here, so a user's own "Checks" column or "Coverage" tab is never
 * mistaken for the add-on's.
 */
import { columnLetters } from '../core/a1';
import type { OwnedSheetKind } from '../core/owned-tabs';

export type { OwnedSheetKind } from '../core/owned-tabs';
export type OwnedColumnKind = 'checks';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Metadata = GoogleAppsScript.Spreadsheet.DeveloperMetadata;

/** Keys of the markers; the value says which of the add-on's things it is. */
export const SHEET_MARKER_KEY = 'trackingPlan.ownedSheet';
export const COLUMN_MARKER_KEY = 'trackingPlan.ownedColumn';

function sheetMarkers(spreadsheet: Spreadsheet, kind?: OwnedSheetKind): Metadata[] {
  const finder = spreadsheet.createDeveloperMetadataFinder().withKey(SHEET_MARKER_KEY);
  return (kind ? finder.withValue(kind) : finder).find();
}

/** The tab the add-on made for `kind`, or null (a user's tab of the same name does not count). */
export function findOwnedSheet(spreadsheet: Spreadsheet, kind: OwnedSheetKind): Sheet | null {
  for (const marker of sheetMarkers(spreadsheet, kind)) {
    const sheet = marker.getLocation().getSheet();
    if (sheet) return sheet;
  }
  return null;
}

/** The ids of every tab the add-on owns: these are never plan tabs. */
export function ownedSheetIds(spreadsheet: Spreadsheet): number[] {
  const ids: number[] = [];
  for (const marker of sheetMarkers(spreadsheet)) {
    const sheet = marker.getLocation().getSheet();
    if (sheet) ids.push(sheet.getSheetId());
  }
  return ids;
}

/** Marks a tab the add-on has just created as its own. */
export function claimSheet(sheet: Sheet, kind: OwnedSheetKind): void {
  sheet.addDeveloperMetadata(SHEET_MARKER_KEY, kind);
}

/** The 1-based column the add-on owns in this tab for `kind`, or null; the leftmost if a copy made two. */
export function findOwnedColumn(sheet: Sheet, kind: OwnedColumnKind): number | null {
  let found: number | null = null;
  for (const marker of sheet.createDeveloperMetadataFinder().withKey(COLUMN_MARKER_KEY).withValue(kind).find()) {
    const range = marker.getLocation().getColumn();
    if (!range) continue;
    const column = range.getColumn();
    if (found === null || column < found) found = column;
  }
  return found;
}

/** Marks a whole column as the add-on's; the marker moves with the column and goes when it is deleted. */
export function claimColumn(sheet: Sheet, column: number, kind: OwnedColumnKind): void {
  const letters = columnLetters(column);
  sheet.getRange(`${letters}:${letters}`).addDeveloperMetadata(COLUMN_MARKER_KEY, kind);
}

/** Removes the add-on's marker from a column it no longer uses (the column itself stays). */
export function releaseColumn(sheet: Sheet, kind: OwnedColumnKind): void {
  for (const marker of sheet.createDeveloperMetadataFinder().withKey(COLUMN_MARKER_KEY).withValue(kind).find()) marker.remove();
}
