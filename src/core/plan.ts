/**
 * The plan model: what `parse` makes of a spreadsheet's tabs. Every item keeps
 * the sheet row and column of each of its cells, so a finding can point at
 * the cell a user has to change. Rows and columns are 1-based, as in Sheets.
 */
import { normalizeSpaces } from './casing';
import { type HeaderLayout } from './header';
import { type TabKind } from './template';

/** One cell's content as text (numbers, dates and booleans as displayed), with where it is. */
export interface TextCell {
  text: string;
  row: number;
  column: number;
  /** True when the sheet holds a number, date or boolean here rather than text. */
  nonText?: boolean;
}

/** A property of an event or a trait of a user or account: the Track, Identify and Group tabs describe them in the same columns. */
export interface Field {
  row: number;
  name: TextCell;
  type?: TextCell;
  required: boolean;
  allowedValues?: TextCell;
  description?: TextCell;
}

export type TrackProperty = Field;

export interface TrackEvent {
  row: number;
  name: TextCell;
  spec?: TextCell;
  firesWhen?: TextCell;
  businessGoal?: TextCell;
  priority?: TextCell;
  status?: TextCell;
  properties: TrackProperty[];
  /** The event row, or its last property row. */
  lastRow: number;
}

export type Trait = Field;

export interface Goal {
  row: number;
  goal?: TextCell;
  /** The Events cell as written. */
  events?: TextCell;
  /** Event names listed in the Events cell (one per line or comma-separated), trimmed. */
  eventNames: string[];
}

export interface PageEntry {
  row: number;
  name: TextCell;
  methods?: TextCell;
  properties?: TextCell;
}

export interface PlanTab {
  kind: TabKind;
  /** The sheet's actual name, which may be an alias such as "Track". */
  sheetName: string;
  header: HeaderLayout;
  /** Last row that holds anything. */
  lastRow: number;
}

export type ParseProblemKind = 'missing-tab' | 'missing-header' | 'missing-columns' | 'duplicated-columns';

export interface ParseProblem {
  kind: ParseProblemKind;
  tabKind: TabKind;
  /** Sheet name where known, else the template's tab name. */
  tab: string;
  message: string;
}

export interface Plan {
  tabs: Partial<Record<TabKind, PlanTab>>;
  events: TrackEvent[];
  /** Property rows of the Track tab with no event row above them. */
  orphans: TrackProperty[];
  identify: Trait[];
  group: Trait[];
  pages: PageEntry[];
  goals: Goal[];
  problems: ParseProblem[];
}

/** The sheet rows an event's property rows should be grouped over, or undefined when it has none. */
export function propertyRowSpan(event: TrackEvent): { first: number; last: number } | undefined {
  if (event.lastRow <= event.row) return undefined;
  return { first: event.row + 1, last: event.lastRow };
}

/** Event names compare case- and space-insensitively, ignoring invisible characters ("Order Completed" = "order  completed "). */
export function eventKey(name: string): string {
  return normalizeSpaces(name).toLowerCase();
}
