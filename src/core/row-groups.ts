/**
 * The Track tab's row groups as the layout wants them: each event's property
 * rows form one group of depth 1 under the event row. Minimize / Reset need
 * to know whether there are any; Repair compares them with the depths the
 * sheet reports and plans the fewest changes.
 */
import { type Plan, propertyRowSpan } from './plan';
import { plural, thousands } from './counts';

export interface RowSpan {
  first: number;
  last: number;
}

/** The property-row spans of every event that has properties, top to bottom. */
export function expectedGroups(plan: Pick<Plan, 'events'>): RowSpan[] {
  const spans: RowSpan[] = [];
  for (const event of plan.events) {
    const span = propertyRowSpan(event);
    if (span) spans.push(span);
  }
  return spans;
}

export const NO_GROUPS_MESSAGE =
  'The Track tab has no row groups: no event has property rows grouped under it. Use Repair row groups in the sidebar to group them.';

export function minimizeMessage(groups: number): string {
  return `Collapsed the property rows of ${plural(groups, 'event')}; only event rows show.`;
}

export function resetMessage(groups: number): string {
  return `Expanded the property rows of ${plural(groups, 'event')}.`;
}

/** Sheets nests row groups at most this deep. */
export const MAX_GROUP_DEPTH = 8;

export interface RepairPlan {
  /** Rows below the header whose groups are rebuilt (to the sheet's last row). */
  area: RowSpan;
  /** The groups to make, each of depth 1. */
  groups: RowSpan[];
  message: string;
}

/**
 * How to make the Track tab's groups match the layout. Depths cannot be
 * read in bulk, so rather than compare row by row, every group below the
 * header is removed and each event's property rows are grouped again.
 */
export function planRepair(plan: Pick<Plan, 'events' | 'tabs'>, maxRows: number): RepairPlan | undefined {
  const tab = plan.tabs.track;
  if (!tab || tab.header.row >= maxRows) return undefined;
  const groups = expectedGroups(plan);
  const n = groups.length;
  return {
    area: { first: tab.header.row + 1, last: maxRows },
    groups,
    message: n
      ? `Regrouped the property rows of ${plural(n, 'event')} under their event rows.`
      : 'No event has property rows, so the Track tab now has no row groups below its header.',
  };
}

/** A row whose group depth the shell reads, and the depth the layout wants there. */
export interface GroupProbe {
  row: number;
  expected: number;
}

/**
 * Two rows whose depths tell cheaply (two calls, whatever the plan's size)
 * whether the groups have drifted from the layout: the event row of the
 * last event with properties (depth 0) and its last property row (depth 1).
 * The end of the tab is where Sheets pulls rows appended below a group into
 * it, and where hand-added events land. A drift higher up goes unseen here;
 * Repair row groups fixes the whole tab either way.
 */
export function groupProbes(plan: Pick<Plan, 'events'>): GroupProbe[] {
  const groups = expectedGroups(plan);
  const last = groups[groups.length - 1];
  if (!last) return [];
  return [
    { row: last.first - 1, expected: 0 },
    { row: last.last, expected: 1 },
  ];
}

/**
 * Whether the depths read at the probes show groups that do not match. A
 * tab with no groups at all (every probe at 0) is a plan typed by hand,
 * not a broken one: Minimize rows says so when asked.
 */
export function groupsMismatch(probes: readonly GroupProbe[], depths: readonly number[]): boolean {
  if (!probes.length || depths.every((d) => !d)) return false;
  return probes.some((p, i) => depths[i] !== p.expected);
}

export function groupMismatchMessage(tab: string): string {
  return `Row groups on ${tab} don't match the events: use Repair row groups in the sidebar to regroup the property rows under their events.`;
}

/**
 * Events regrouped per run of Repair row groups: each costs one call, and a
 * run must end well within Apps Script's 6-minute limit; the sidebar calls
 * again from where the last run stopped, showing the progress.
 */
export const REPAIR_EVENTS_PER_RUN = 2_000;

export interface RepairStep {
  /** Rows whose groups this run removes before regrouping: from the first event it handles to the row before the next run's. */
  area: RowSpan;
  /** The groups this run makes, each of depth 1. */
  groups: RowSpan[];
  /** Events with property rows regrouped so far, of `total`. */
  done: number;
  total: number;
  /** Where the next run starts (an index into the events with property rows); absent when this run finishes. */
  next?: number;
  message: string;
}

/**
 * One run of Repair row groups, from the `from`-th event with property rows.
 * The first run starts right under the header (groups above it, in a title
 * band, are left alone); the last reaches the sheet's last row.
 */
export function planRepairStep(plan: Pick<Plan, 'events' | 'tabs'>, maxRows: number, from = 0, perRun = REPAIR_EVENTS_PER_RUN): RepairStep | undefined {
  const whole = planRepair(plan, maxRows);
  if (!whole) return undefined;
  const total = whole.groups.length;
  const start = Math.max(0, Math.min(Math.floor(from) || 0, total));
  const end = Math.min(total, start + Math.max(1, perRun));
  // Each event row sits right above its first property row.
  const first = start === 0 ? whole.area.first : whole.groups[start].first - 1;
  const last = end < total ? whole.groups[end].first - 2 : whole.area.last;
  const step: RepairStep = { area: { first, last }, groups: whole.groups.slice(start, end), done: end, total, message: whole.message };
  if (end < total) {
    step.next = end;
    step.message = `Regrouped ${thousands(end)} of ${thousands(total)} events so far; continuing…`;
  }
  return step;
}
