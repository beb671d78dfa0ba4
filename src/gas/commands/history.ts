/**
 * History and review: Save version keeps the Track tab's plan in a hidden
 * tab the add-on owns (marked by developer metadata, never found by name);
 * Changes compares the plan with a saved version, or two versions, and the
 * Changelog tab (also the add-on's own, replaced whole on each run) lists
 * them for review. The versions tab is read in two parts: its listing
 * columns to find a version, then only that version's data cells.
 */
import { changelogContent } from '../../core/history/changelog';
import { type Change, countChanges, changesSummary, diffPlans } from '../../core/history/diff';
import { type PlanSnapshot, snapshotOf, type StoredVersion } from '../../core/history/snapshot';
import { readStatus } from '../../core/history/status';
import {
  LISTING_WIDTH,
  listVersions as listedVersions,
  nextVersionId,
  readVersion,
  VERSION_COLUMNS,
  type VersionEntry,
  versionLabel,
  versionName,
  versionRows,
  VERSIONS_HEADER,
} from '../../core/history/versions';
import { UserError } from '../../core/errors';
import { OWNED_TAB_NAMES, type OwnedSheetKind } from '../../core/owned-tabs';
import { STATUSES } from '../../core/template';
import { type ChangesDto, type MessageDto, type StatusListDto, type VersionDto, type VersionListDto } from '../api-types';
import { planFromTabs, readTabs } from '../gateway';
import { withDocumentLock } from '../lock';
import { claimSheet, findOwnedSheet } from '../ownership';
import { activeSpreadsheet, type Services } from '../services';
import { plural } from '../../core/counts';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

const BREAKING_BACKGROUND = '#fce8e6';
const NO_VERSIONS = 'No version of the plan is saved yet: use Save version first.';

/** The current plan's Track events as a snapshot; a spreadsheet with no Track tab is told so. */
function currentSnapshot(spreadsheet: Spreadsheet): PlanSnapshot {
  const plan = planFromTabs(readTabs(spreadsheet, ['track']));
  if (!plan.tabs.track) {
    const problem = plan.problems.find((p) => p.tabKind === 'track');
    throw new UserError(`There is no plan to save or compare: ${problem ? problem.message : 'the spreadsheet has no Track tab.'}`);
  }
  return snapshotOf(plan);
}

/** A name for a new tab of the add-on's: its usual name, or that name numbered when a user's tab has it. */
function freeSheetName(spreadsheet: Spreadsheet, base: string): string {
  let name = base;
  for (let n = 2; spreadsheet.getSheetByName(name); n++) name = `${base} ${n}`;
  return name;
}

function createOwnedSheet(spreadsheet: Spreadsheet, kind: OwnedSheetKind): Sheet {
  const sheet = spreadsheet.insertSheet(freeSheetName(spreadsheet, OWNED_TAB_NAMES[kind]));
  claimSheet(sheet, kind);
  return sheet;
}

interface VersionsTab {
  sheet: Sheet;
  versions: VersionEntry[];
  lastRow: number;
}

function readVersionsTab(spreadsheet: Spreadsheet): VersionsTab | null {
  const sheet = findOwnedSheet(spreadsheet, 'versions');
  if (!sheet) return null;
  const lastRow = sheet.getLastRow();
  const listing = lastRow > 0 ? (sheet.getRange(1, 1, lastRow, LISTING_WIDTH).getValues() as unknown[][]) : [];
  return { sheet, versions: listedVersions(listing), lastRow };
}

function loadVersion(tab: VersionsTab, entry: VersionEntry): StoredVersion {
  const cells = tab.sheet.getRange(entry.firstRow, VERSION_COLUMNS.data, entry.parts, 1).getValues() as unknown[][];
  return readVersion(
    entry,
    cells.map((row) => row[0]),
  );
}

function findVersion(tab: VersionsTab | null, id: unknown): VersionEntry {
  if (!tab || !tab.versions.length) throw new UserError(NO_VERSIONS);
  // The sidebar sends numbers; a number written as text is the same version.
  const wanted = typeof id === 'string' && /^\s*\d+\s*$/.test(id) ? Number(id) : id;
  const entry = tab.versions.find((v) => v.id === wanted);
  if (!entry)
    throw new UserError(`There is no version ${JSON.stringify(id)}: choose one of the saved versions (1 to ${tab.versions[tab.versions.length - 1].id}).`);
  return entry;
}

const versionDto = (v: VersionEntry): VersionDto => ({ id: v.id, name: v.name, savedAt: v.savedAt, events: v.events });

function isCellLimit(error: unknown): boolean {
  // Sheets says: "This action would increase the number of cells in the workbook above the limit of 10000000 cells."
  return error instanceof Error && /\bcells\b/i.test(error.message);
}

/** Saves the Track tab's plan as a new version named by the user; the plan's tabs are only read. */
export function saveVersion(services: Services, name: unknown): VersionListDto {
  const versionNameText = versionName(name);
  const spreadsheet = activeSpreadsheet(services);
  const snapshot = currentSnapshot(spreadsheet);
  return withDocumentLock(services.lockService, () => {
    let tab = readVersionsTab(spreadsheet);
    let created = false;
    if (!tab) {
      const sheet = createOwnedSheet(spreadsheet, 'versions');
      sheet.hideSheet();
      tab = { sheet, versions: [], lastRow: 0 };
      created = true;
    }
    const id = nextVersionId(tab.versions);
    const savedAt = new Date().toISOString();
    const rows: (string | number)[][] = versionRows(id, { name: versionNameText, savedAt, snapshot });
    const headerRows = tab.lastRow === 0 ? 1 : 0;
    if (headerRows) rows.unshift([...VERSIONS_HEADER]);
    const first = tab.lastRow + 1;
    const last = first + rows.length - 1;
    try {
      if (created) {
        // Only the cells a version needs: every cell counts against the spreadsheet's 10 million.
        const maxColumns = tab.sheet.getMaxColumns();
        if (maxColumns > VERSIONS_HEADER.length) tab.sheet.deleteColumns(VERSIONS_HEADER.length + 1, maxColumns - VERSIONS_HEADER.length);
        const maxRows = tab.sheet.getMaxRows();
        if (maxRows > last) tab.sheet.deleteRows(last + 1, maxRows - last);
        else if (maxRows < last) tab.sheet.insertRowsAfter(maxRows, last - maxRows);
      } else {
        const maxRows = tab.sheet.getMaxRows();
        if (maxRows < last) tab.sheet.insertRowsAfter(maxRows, last - maxRows);
      }
      tab.sheet.getRange(first, 1, rows.length, VERSIONS_HEADER.length).setValues(rows);
    } catch (error) {
      if (isCellLimit(error)) {
        throw new UserError(
          `The version does not fit: the spreadsheet is at Google Sheets' limit of 10 million cells. Delete old versions from the hidden "${tab.sheet.getName()}" tab, or copy the plan to a new spreadsheet.`,
        );
      }
      throw error;
    }
    const saved: VersionEntry = {
      id,
      name: versionNameText,
      savedAt,
      events: snapshot.events.length,
      firstRow: first + headerRows,
      parts: rows.length - headerRows,
    };
    const versions = [...tab.versions, saved].reverse().map(versionDto);
    return { versions, message: `Saved version ${id}, "${versionNameText}", with ${plural(snapshot.events.length, 'event')}.` };
  });
}

export function listVersions(services: Services): VersionListDto {
  const tab = readVersionsTab(activeSpreadsheet(services));
  const versions = tab ? [...tab.versions].reverse().map(versionDto) : [];
  return { versions, message: versions.length ? `${plural(versions.length, 'saved version')}.` : NO_VERSIONS };
}

interface Comparison {
  title: string;
  changes: Change[];
}

/** Compares version `from` with version `to`, or with the current plan when `to` is null. */
function compare(services: Services, from: unknown, to: unknown): Comparison {
  const spreadsheet = activeSpreadsheet(services);
  const tab = readVersionsTab(spreadsheet);
  const fromEntry = findVersion(tab, from);
  const toEntry = to === null || to === undefined ? null : findVersion(tab, to);
  const before = loadVersion(tab!, fromEntry).snapshot;
  const after = toEntry ? loadVersion(tab!, toEntry).snapshot : currentSnapshot(spreadsheet);
  const title = `Changes from ${versionLabel(fromEntry)} to ${toEntry ? versionLabel(toEntry) : 'the current plan'}`;
  return { title, changes: diffPlans(before, after) };
}

function changesDto(comparison: Comparison, message: string): ChangesDto {
  const { breaking, other } = countChanges(comparison.changes);
  return { title: comparison.title, breaking, other, changes: comparison.changes.map((c) => ({ ...c })), message };
}

export function compareVersions(services: Services, from: unknown, to: unknown): ChangesDto {
  const comparison = compare(services, from, to);
  return changesDto(comparison, `${comparison.title}: ${changesSummary(comparison.changes)}`);
}

/** Writes the comparison to the add-on's Changelog tab, replacing what it held; a user's own "Changelog" tab is left alone. */
export function writeChangelog(services: Services, from: unknown, to: unknown): ChangesDto {
  const comparison = compare(services, from, to);
  const spreadsheet = activeSpreadsheet(services);
  const { rows, headerRow } = changelogContent(comparison.title, comparison.changes);
  withDocumentLock(services.lockService, () => {
    let sheet = findOwnedSheet(spreadsheet, 'changelog');
    if (sheet) sheet.clear();
    else sheet = createOwnedSheet(spreadsheet, 'changelog');
    const maxRows = sheet.getMaxRows();
    if (maxRows < rows.length) sheet.insertRowsAfter(maxRows, rows.length - maxRows);
    const width = rows[0].length;
    const block = sheet.getRange(1, 1, rows.length, width);
    block.setValues(rows);
    block.setBackgrounds(rows.map((row, i) => new Array<string | null>(width).fill(i >= headerRow && row[0] === 'breaking' ? BREAKING_BACKGROUND : null)));
    sheet.getRange(headerRow, 1, 1, width).setFontWeight('bold');
    sheet.setFrozenRows(headerRow);
    sheet.activate();
  });
  return changesDto(comparison, `Wrote the Changelog tab. ${comparison.title}: ${changesSummary(comparison.changes)}`);
}

/** Menu: the changes since the newest saved version, in the Changelog tab. */
export function changelogSinceLastVersion(services: Services): MessageDto {
  const tab = readVersionsTab(activeSpreadsheet(services));
  if (!tab || !tab.versions.length) throw new UserError(NO_VERSIONS);
  return writeChangelog(services, tab.versions[tab.versions.length - 1].id, null);
}

/** Menu: asks for a name, then saves the version; Cancel saves nothing. */
export function promptSaveVersion(services: Services): MessageDto | void {
  const ui = services.spreadsheetApp.getUi();
  const answer = ui.prompt('Save version', 'Name this version of the plan (for example "Release 2.3" or "Approved by analytics"):', ui.ButtonSet.OK_CANCEL);
  if (answer.getSelectedButton() !== ui.Button.OK) return;
  return saveVersion(services, answer.getResponseText());
}

/** Every event with its status, for the sidebar's status filter. */
export function listEventStatuses(services: Services): StatusListDto {
  const plan = planFromTabs(readTabs(activeSpreadsheet(services), ['track']));
  const tab = plan.tabs.track;
  return {
    statuses: [...STATUSES],
    events: plan.events.map((e) => {
      const typed = e.status ? e.status.text.replace(/\s+/g, ' ').trim() : '';
      return { name: e.name.text, status: readStatus(typed) ?? typed, tab: tab ? tab.sheetName : '', row: e.row, column: e.name.column };
    }),
  };
}
