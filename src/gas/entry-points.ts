/**
 * Every function Apps Script may call, bound to the real services. Menu
 * handlers report through toasts and alerts; sidebar functions return
 * JSON-safe data. Each is a one-liner over a command in ./commands.
 */
import { type Settings } from '../core/settings';
import { type AcceptedFinding } from '../core/settings';
import type {
  ChangesDto,
  CheckResultDto,
  CoverageResultDto,
  ExportDto,
  ExportFormat,
  FixPreviewDto,
  FixTarget,
  ImportFileDto,
  ImportResultDto,
  MessageDto,
  ObservedEventPick,
  ObservedUploadDto,
  OverviewDto,
  RepairProgressDto,
  SettingsDto,
  SidebarStateDto,
  SpecListDto,
  SpecPickerDto,
  StatusListDto,
  VersionListDto,
} from './api-types';
import * as accepted from './commands/accepted-findings';
import * as checks from './commands/checks';
import * as coverage from './commands/coverage';
import * as exporting from './commands/export';
import * as importing from './commands/import';
import * as history from './commands/history';
import * as statusDropdown from './commands/status-dropdown';
import * as insertion from './commands/insert-spec';
import * as rows from './commands/rows';
import * as settings from './commands/settings';
import * as setup from './commands/setup-template';
import * as sidebar from './commands/sidebar';
import { buildMenu } from './menu';
import { fromMenu, fromSidebar } from './report';
import { appsScriptServices } from './services';

// Triggers -----------------------------------------------------------------

export function onOpen(_e?: GoogleAppsScript.Events.SheetsOnOpen): void {
  // AuthMode.NONE allows building the menu and nothing else: touch no other service.
  buildMenu(SpreadsheetApp.getUi());
}

export function onInstall(e?: GoogleAppsScript.Events.AddonOnInstall): void {
  onOpen(e as unknown as GoogleAppsScript.Events.SheetsOnOpen);
}

// Menu items ---------------------------------------------------------------

export function menuOpenSidebar(): void {
  fromMenu(appsScriptServices(), 'Tracking Plan', (s) => sidebar.openSidebar(s));
}
export function menuSetUpTemplate(): void {
  fromMenu(appsScriptServices(), 'Set up template', setup.setUpTemplate);
}
export function menuInsertB2bSaas(): void {
  fromMenu(appsScriptServices(), 'Insert B2B SaaS events', (s) => insertion.insertSpecEvents(s, 'b2b-saas'));
}
export function menuInsertEcommerceV2(): void {
  fromMenu(appsScriptServices(), 'Insert Ecommerce v2 events', (s) => insertion.insertSpecEvents(s, 'ecommerce-v2'));
}
export function menuInsertMobile(): void {
  fromMenu(appsScriptServices(), 'Insert Mobile events', (s) => insertion.insertSpecEvents(s, 'mobile'));
}
export function menuInsertVideo(): void {
  fromMenu(appsScriptServices(), 'Insert Video events', (s) => insertion.insertSpecEvents(s, 'video'));
}
export function menuCheckConventions(): void {
  fromMenu(appsScriptServices(), 'Check conventions', checks.checkNow);
}
export function menuClearChecks(): void {
  fromMenu(appsScriptServices(), 'Clear checks', checks.clearChecks);
}
export function menuMinimizeRows(): void {
  fromMenu(appsScriptServices(), 'Minimize rows', rows.minimizeRows);
}
export function menuResetRows(): void {
  fromMenu(appsScriptServices(), 'Reset rows', rows.resetRows);
}

export function menuSaveVersion(): void {
  fromMenu(appsScriptServices(), 'Save version', history.promptSaveVersion);
}
export function menuChangelogSinceLastVersion(): void {
  fromMenu(appsScriptServices(), 'Changelog', history.changelogSinceLastVersion);
}
export function menuUpdateStatusDropdown(): void {
  fromMenu(appsScriptServices(), 'Update Status dropdown', statusDropdown.updateStatusDropdown);
}

// Sidebar server functions (google.script.run) -------------------------------

export function getOverview(): OverviewDto {
  return fromSidebar(() => checks.getOverview(appsScriptServices()));
}
export function checkNow(): CheckResultDto {
  return fromSidebar(() => checks.checkNow(appsScriptServices()));
}
export function clearChecks(): MessageDto {
  return fromSidebar(() => checks.clearChecks(appsScriptServices()));
}
export function fixFinding(target: FixTarget): CheckResultDto {
  return fromSidebar(() => checks.fixFinding(appsScriptServices(), target));
}
export function fixAllOfRule(rule: string): CheckResultDto {
  return fromSidebar(() => checks.fixAllOfRule(appsScriptServices(), rule));
}
export function selectCell(tab: string, row: number, column: number): void {
  return fromSidebar(() => checks.selectCell(appsScriptServices(), tab, row, column));
}
export function listSpecs(): SpecListDto {
  return fromSidebar(() => insertion.listSpecs(appsScriptServices()));
}
export function listSpecEvents(specId: string): SpecPickerDto {
  return fromSidebar(() => insertion.listSpecEvents(appsScriptServices(), specId));
}
export function insertSpecEvents(specId: string, eventNames: string[]): MessageDto {
  return fromSidebar(() => insertion.insertSpecEvents(appsScriptServices(), specId, eventNames));
}
export function setUpTemplate(): MessageDto {
  return fromSidebar(() => setup.setUpTemplate(appsScriptServices()));
}
export function minimizeRows(): MessageDto {
  return fromSidebar(() => rows.minimizeRows(appsScriptServices()));
}
export function resetRows(): MessageDto {
  return fromSidebar(() => rows.resetRows(appsScriptServices()));
}
export function repairRowGroups(from?: number): RepairProgressDto {
  return fromSidebar(() => rows.repairRowGroups(appsScriptServices(), from));
}
export function getSettings(): SettingsDto {
  return fromSidebar(() => settings.getSettings(appsScriptServices()));
}
export function saveSettings(input: Partial<Settings>): SettingsDto {
  return fromSidebar(() => settings.saveSettings(appsScriptServices(), input));
}
export function exportPlan(format: ExportFormat): ExportDto {
  return fromSidebar(() => exporting.exportPlan(appsScriptServices(), format));
}

// Observed data (coverage) ------------------------------------------------------

export function readObservedChunk(upload: ObservedUploadDto | null, fileName: string, text: string, last: boolean): ObservedUploadDto {
  return fromSidebar(() => coverage.readObservedChunk(appsScriptServices(), upload, fileName, text, last));
}
export function finishCoverage(upload: ObservedUploadDto): CoverageResultDto {
  return fromSidebar(() => coverage.finishCoverage(appsScriptServices(), upload));
}
export function listObservedTabs(): { tabs: string[] } {
  return fromSidebar(() => coverage.listObservedTabs(appsScriptServices()));
}
export function coverageFromTab(tabName: string): CoverageResultDto {
  return fromSidebar(() => coverage.coverageFromTab(appsScriptServices(), tabName));
}
export function addObservedToPlan(picks: ObservedEventPick[]): MessageDto {
  return fromSidebar(() => coverage.addObservedToPlan(appsScriptServices(), picks));
}
export function importPlanFile(file: ImportFileDto): ImportResultDto {
  return fromSidebar(() => importing.importPlanFile(appsScriptServices(), file));
}
export function saveVersion(name: string): VersionListDto {
  return fromSidebar(() => history.saveVersion(appsScriptServices(), name));
}
export function listVersions(): VersionListDto {
  return fromSidebar(() => history.listVersions(appsScriptServices()));
}
/** `to` null compares with the current plan. */
export function compareVersions(from: number, to: number | null): ChangesDto {
  return fromSidebar(() => history.compareVersions(appsScriptServices(), from, to));
}
export function writeChangelog(from: number, to: number | null): ChangesDto {
  return fromSidebar(() => history.writeChangelog(appsScriptServices(), from, to));
}
export function listEventStatuses(): StatusListDto {
  return fromSidebar(() => history.listEventStatuses(appsScriptServices()));
}
export function updateStatusDropdown(): MessageDto {
  return fromSidebar(() => statusDropdown.updateStatusDropdown(appsScriptServices()));
}
export function getChangeStamp(): { stamp: string } {
  return fromSidebar(() => checks.getChangeStamp(appsScriptServices()));
}
export function getSidebarState(): SidebarStateDto {
  return fromSidebar(() => checks.getSidebarState(appsScriptServices()));
}
export function previewFixAll(rule: string): FixPreviewDto {
  return fromSidebar(() => checks.previewFixAll(appsScriptServices(), rule));
}
export function undoLastFix(): CheckResultDto {
  return fromSidebar(() => checks.undoLastFix(appsScriptServices()));
}
export function acceptFinding(finding: AcceptedFinding): CheckResultDto {
  return fromSidebar(() => accepted.acceptFinding(appsScriptServices(), finding));
}
export function unacceptFinding(finding: AcceptedFinding): CheckResultDto {
  return fromSidebar(() => accepted.unacceptFinding(appsScriptServices(), finding));
}
