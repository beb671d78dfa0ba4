/**
 * Minimize rows / Reset rows: collapse or expand every row group on the
 * Track tab, after checking it has the layout's groups at all (a tab whose
 * first event's property rows are not grouped has none to fold); and
 * Repair row groups, which rebuilds them.
 */
import { UserError } from '../../core/errors';
import { parsePlan } from '../../core/parse';
import { expectedGroups, MAX_GROUP_DEPTH, minimizeMessage, NO_GROUPS_MESSAGE, planRepair, resetMessage } from '../../core/row-groups';
import { MessageDto } from '../api-types';
import { findTabs, readSheetValues } from '../gateway';
import { withDocumentLock } from '../lock';
import { activeSpreadsheet, Services } from '../services';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/**
 * The Track sheet and how many events have property rows, or 0 when none
 * are grouped. A plan is often partly typed by hand (ungrouped) and partly
 * inserted (grouped), so both ends are probed: the last event first (where
 * inserted events land), and the first only when the last is not grouped.
 */
function groupedTrack(services: Services): { sheet: Sheet; groups: number } {
  const tab = findTabs(activeSpreadsheet(services), ['track']).track;
  if (!tab) throw new UserError('There is no Track (Custom) tab yet. Run Set up template first.');
  const plan = parsePlan([{ name: tab.name, values: tab.values ?? readSheetValues(tab.sheet) }]);
  if (!plan.tabs.track) throw new UserError(plan.problems.find((p) => p.kind === 'missing-header')?.message ?? 'The Track tab could not be read.');
  const groups = expectedGroups(plan);
  if (!groups.length) return { sheet: tab.sheet, groups: 0 };
  const probes = groups.length > 1 ? [groups[groups.length - 1].first, groups[0].first] : [groups[0].first];
  const grouped = probes.some((row) => tab.sheet.getRowGroupDepth(row) > 0);
  return { sheet: tab.sheet, groups: grouped ? groups.length : 0 };
}

export function minimizeRows(services: Services): MessageDto {
  const track = groupedTrack(services);
  if (!track.groups) return { message: NO_GROUPS_MESSAGE };
  track.sheet.collapseAllRowGroups();
  return { message: minimizeMessage(track.groups) };
}

export function resetRows(services: Services): MessageDto {
  const track = groupedTrack(services);
  if (!track.groups) return { message: NO_GROUPS_MESSAGE };
  track.sheet.expandAllRowGroups();
  return { message: resetMessage(track.groups) };
}

/**
 * Makes each event's property rows exactly one depth-1 group under its
 * event row, removing other groups below the header. Costs two calls per
 * event with properties, like insertion; groups above the header (a title
 * band) are left alone.
 */
export function repairRowGroups(services: Services): MessageDto {
  return withDocumentLock(services.lockService, () => {
    const tab = findTabs(activeSpreadsheet(services), ['track']).track;
    if (!tab) throw new UserError('There is no Track (Custom) tab yet. Run Set up template first.');
    const plan = parsePlan([{ name: tab.name, values: readSheetValues(tab.sheet) }]);
    const repair = planRepair(plan, tab.sheet.getMaxRows());
    if (!repair) throw new UserError(plan.problems.find((p) => p.kind === 'missing-header')?.message ?? 'The Track tab has no rows to regroup.');
    const area = tab.sheet.getRange(repair.area.first, 1, repair.area.last - repair.area.first + 1, 1);
    // Sheets skips rows a shift would take below 0, so shifting by -8, -7,
    // ..., -1 brings every row to 0 without reading any depth.
    for (let d = MAX_GROUP_DEPTH; d >= 1; d--) area.shiftRowGroupDepth(-d);
    if (repair.groups.length) tab.sheet.setRowGroupControlPosition(services.spreadsheetApp.GroupControlTogglePosition.BEFORE);
    for (const g of repair.groups) tab.sheet.getRange(g.first, 1, g.last - g.first + 1, 1).shiftRowGroupDepth(1);
    return { message: repair.message };
  });
}
