/**
 * The Track tab's row groups as the layout wants them: each event's property
 * rows form one group of depth 1 under the event row. Minimize / Reset need
 * to know whether there are any; Repair compares them with the depths the
 * sheet reports and plans the fewest changes.
 */
import { Plan, propertyRowSpan } from './plan';

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

/**
 * The row whose depth tells whether the tab is grouped at all: the first
 * property row of the first event that has properties.
 */
export function probeRow(plan: Pick<Plan, 'events'>): number | undefined {
  return expectedGroups(plan)[0]?.first;
}

export const NO_GROUPS_MESSAGE = 'The Track tab has no row groups: no event has property rows grouped under it.';

export function minimizeMessage(groups: number): string {
  return `Collapsed the property rows of ${groups} event${groups === 1 ? '' : 's'}; only event rows show.`;
}

export function resetMessage(groups: number): string {
  return `Expanded the property rows of ${groups} event${groups === 1 ? '' : 's'}.`;
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
      ? `Regrouped the property rows of ${n} event${n === 1 ? '' : 's'} under their event rows.`
      : 'No event has property rows, so the Track tab now has no row groups below its header.',
  };
}
