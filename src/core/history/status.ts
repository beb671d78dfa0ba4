/**
 * An event's Status in the review flow (Planned, In Review, Approved, In
 * Progress, Implemented, Deprecated) and what it means for exports: a
 * Deprecated event stays in the sheet but is left out of every export, and
 * a team can choose to export only what review let through (Approved and
 * Implemented). Status is read as typed, case- and space-insensitively;
 * sheets made before In Review and Approved existed read as they always did.
 */
import { UserError } from '../errors';
import { type Plan, type TrackEvent } from '../plan';
import { STATUSES } from '../template';
import { plural } from '../counts';

export type Status = (typeof STATUSES)[number];

/** The Status dropdown's values before In Review and Approved were added: sheets set up then carry this rule. */
export const PREVIOUS_STATUSES: readonly string[] = ['Planned', 'In Progress', 'Implemented', 'Deprecated'];

/** The statuses exported when a team exports only what review approved. */
export const APPROVED_STATUSES: readonly Status[] = ['Approved', 'Implemented'];

const squash = (text: string) => text.replace(/\s+/g, ' ').trim().toLowerCase();

/** The template status a cell's text stands for ("in review", "APPROVED "), or undefined for blank or other text. */
export function readStatus(text: string | undefined): Status | undefined {
  if (!text) return undefined;
  const wanted = squash(text);
  return STATUSES.find((s) => squash(s) === wanted);
}

export function eventStatus(event: TrackEvent): Status | undefined {
  return readStatus(event.status?.text);
}

export interface ExportSelection {
  /** The plan with only the events to export. */
  plan: Plan;
  /** What was left out and why, for the person exporting ("" when nothing was). */
  note: string;
}

export interface ExportFilterOptions {
  /** Export only Approved and Implemented events (off by default). */
  approvedOnly?: boolean;
}

function names(events: readonly TrackEvent[]): string {
  const shown = events.slice(0, 5).map((e) => `"${e.name.text.trim()}"`);
  return shown.join(', ') + (events.length > 5 ? ` and ${events.length - 5} more` : '');
}

/**
 * The events an export should hold: every event but the Deprecated ones,
 * or with `approvedOnly` only the Approved and Implemented ones. The plan
 * itself is not changed.
 */
export function selectForExport(plan: Plan, options: ExportFilterOptions = {}): ExportSelection {
  const deprecated: TrackEvent[] = [];
  const unapproved: TrackEvent[] = [];
  const kept: TrackEvent[] = [];
  for (const event of plan.events) {
    const status = eventStatus(event);
    if (status === 'Deprecated') deprecated.push(event);
    else if (options.approvedOnly && !(status && APPROVED_STATUSES.includes(status))) unapproved.push(event);
    else kept.push(event);
  }
  const notes: string[] = [];
  if (deprecated.length) {
    notes.push(
      `Left out ${plural(deprecated.length, 'Deprecated event')} (${names(deprecated)}); ${deprecated.length === 1 ? 'it stays' : 'they stay'} in the sheet.`,
    );
  }
  if (unapproved.length) {
    notes.push(
      `Left out ${plural(unapproved.length, 'event')} not yet Approved or Implemented (${names(unapproved)}): the export is limited to approved events.`,
    );
  }
  if (kept.length === plan.events.length) return { plan, note: '' };
  if (!kept.length) throw new UserError(`There is nothing to export: every event was left out. ${notes.join(' ')}`);
  return { plan: { ...plan, events: kept }, note: notes.join(' ') };
}

/**
 * Whether a dropdown's criteria values (as getCriteriaValues gives them for
 * a list: [values, showDropdown]) are the add-on's own Status list from
 * before In Review and Approved. Only such a rule is the add-on's to
 * update; any other list a user made stays as it is.
 */
export function isPreviousStatusList(criteriaValues: readonly unknown[]): boolean {
  const values = criteriaValues[0];
  return Array.isArray(values) && values.length === PREVIOUS_STATUSES.length && values.every((v, i) => v === PREVIOUS_STATUSES[i]);
}
