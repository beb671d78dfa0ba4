/**
 * Minimize rows / Reset rows: collapse or expand every row group on the
 * Track tab, after checking it has the layout's groups at all (a tab whose
 * first event's property rows are not grouped has none to fold); and
 * Repair row groups, which rebuilds them.
 */
import { UserError } from '../../core/errors';
import { parsePlan } from '../../core/parse';
import { expectedGroups, MAX_GROUP_DEPTH, minimizeMessage, NO_GROUPS_MESSAGE, planRepairStep, resetMessage } from '../../core/row-groups';
import { type MessageDto, type RepairProgressDto } from '../api-types';
import { findTabs, readSheetValues } from '../gateway';
import { withDocumentLock } from '../lock';
import { activeSpreadsheet, type Services } from '../services';

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
 * event row, removing other groups below the header; groups above the
 * header (a title band) are left alone. One run handles up to
 * REPAIR_EVENTS_PER_RUN events: 8 calls clear the run's rows of groups
 * (depths cannot be read in bulk, so every row is brought to 0), the
 * groups' ranges come from one getRangeList, then one call per event. The
 * answer says where the next run starts when there is more to do.
 */
export function repairRowGroups(services: Services, from?: unknown): RepairProgressDto {
  const start = typeof from === 'number' && Number.isInteger(from) && from >= 0 ? from : 0;
  return withDocumentLock(services.lockService, () => {
    const tab = findTabs(activeSpreadsheet(services), ['track']).track;
    if (!tab) throw new UserError('There is no Track (Custom) tab yet. Run Set up template first.');
    const plan = parsePlan([{ name: tab.name, values: tab.values ?? readSheetValues(tab.sheet) }]);
    const step = planRepairStep(plan, tab.sheet.getMaxRows(), start);
    if (!step) throw new UserError(plan.problems.find((p) => p.kind === 'missing-header')?.message ?? 'The Track tab has no rows to regroup.');
    const area = tab.sheet.getRange(step.area.first, 1, step.area.last - step.area.first + 1, 1);
    // Sheets skips rows a shift would take below 0, so shifting by -8, -7,
    // ..., -1 brings every row to 0 without reading any depth.
    for (let d = MAX_GROUP_DEPTH; d >= 1; d--) area.shiftRowGroupDepth(-d);
    if (step.groups.length) {
      if (start === 0) tab.sheet.setRowGroupControlPosition(services.spreadsheetApp.GroupControlTogglePosition.BEFORE);
      const a1s = step.groups.map((g) => `A${g.first}:A${g.last}`);
      for (const range of tab.sheet.getRangeList(a1s).getRanges()) range.shiftRowGroupDepth(1);
    }
    const answer: RepairProgressDto = { message: step.message, done: step.done, total: step.total };
    if (step.next !== undefined) answer.next = step.next;
    return answer;
  });
}
