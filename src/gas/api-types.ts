/**
 * The shapes the sidebar's server functions return. They are JSON-safe (no
 * Date, no class instances) because google.script.run serialises them. The
 * sidebar client imports these types, so a change here breaks its build.
 */
import type { ObservationState } from '../core/coverage/observation';
import type { ReaderState, ReadSummary } from '../core/coverage/reader';
import { type RuleId, type Severity } from '../core/finding';
import { type Settings } from '../core/settings';

/** A short answer for the person who clicked: shown in the sidebar and as a toast. */
export interface MessageDto {
  message: string;
}

/** One run of Repair row groups: `next` is where the sidebar calls again from, while there is more to do. */
export interface RepairProgressDto extends MessageDto {
  done: number;
  total: number;
  next?: number;
}

export interface CountsDto {
  goals: number;
  events: number;
  properties: number;
  traits: number;
}

export interface SummaryDto {
  errors: number;
  warnings: number;
  infos: number;
  /** Findings the team accepted, counted apart (present only when there are some). */
  accepted?: number;
}

export interface OverviewDto {
  spreadsheetName: string;
  counts: CountsDto;
  /** From the last check of this document, if any (ISO time). */
  lastCheck: (SummaryDto & { at: string }) | null;
  /** Template tabs the spreadsheet lacks, by their template names. */
  missingTabs: string[];
  /** Parser problems worth showing (missing headers or columns). */
  problems: string[];
  /** Whether checks are on (a check ran and Clear checks did not follow): then lastCheck counts the sheet as it is now. */
  checksOn?: boolean;
  /** Whether Undo has a fix batch to restore. */
  canUndoFix?: boolean;
}

/** What the open sidebar shows, in one call; `stamp` is the change stamp it was read at. */
export interface SidebarStateDto {
  stamp: string;
  overview: OverviewDto;
  /** The findings of the sheet as it is now, while checks are on; null when they are off. */
  result: CheckResultDto | null;
}

/** One cell Fix all would change. */
export interface FixChangeDto {
  tab: string;
  row: number;
  column: number;
  a1: string;
  before: string;
  after: string;
}

export interface FixPreviewDto {
  rule: RuleId;
  changes: FixChangeDto[];
}

export interface FindingDto {
  rule: RuleId;
  severity: Severity;
  tab: string;
  row: number;
  column: number;
  /** A1 notation of the offending cell, e.g. "C12". */
  a1: string;
  text: string;
  message: string;
  suggestion?: string;
  hint?: string;
  /** Accepted on purpose by the team: listed apart, never highlighted. */
  accepted?: true;
}

export interface CheckResultDto extends SummaryDto {
  findings: FindingDto[];
  /** Template tabs the plan lacks: with all of them missing there is no plan to call clean. */
  missingTabs?: string[];
  /** What happened, for the person: "3 errors, 5 warnings" or "Fixed 4 cells. ...". */
  message: string;
}

/** Identifies the finding a user wants fixed; the cell must still hold `text`. */
export type { FixTarget } from '../core/fix';

export interface SpecEventDto {
  name: string;
  description: string;
  category?: string;
  propertyCount: number;
  /** Already in the plan (compared case- and space-insensitively): shown, not selectable. */
  inPlan: boolean;
}

export interface SpecPickerDto {
  specId: string;
  specName: string;
  events: SpecEventDto[];
}

export interface SpecListDto {
  specs: { id: string; name: string; eventCount: number }[];
}

export interface RuleDto {
  id: RuleId;
  /** The rule's own severity; the document's settings may give it another. */
  severity: Severity;
  title: string;
  description: string;
  /** The sidebar's "Why?": the reason, good and bad examples, and the fix (when the rule has them). */
  doc?: { reason: string; good: string[]; bad: string[]; fix: string };
}

export interface SettingsDto {
  settings: Settings;
  choices: {
    eventCasing: string[];
    propertyCasing: string[];
    rules: RuleDto[];
  };
  /** Messages about stored settings that were not understood and fell back to defaults. */
  warnings: string[];
}

export type ExportFormat = 'protocols' | 'typewriter' | 'csv' | 'amplitude' | 'mixpanel' | 'avo' | 'markdown';

export interface ExportFileDto {
  filename: string;
  mimeType: string;
  content: string;
}

export interface ExportDto {
  files: ExportFileDto[];
  message: string;
}

// Coverage (observed data against the plan) --------------------------------

/**
 * An upload in progress, carried by the sidebar from one chunk's call to the
 * next (each call is its own Apps Script execution, which keeps nothing).
 * Opaque to the sidebar: it only passes it back.
 */
export interface ObservedUploadDto {
  /** The reader of the file being sent, or null between files. */
  reader: ReaderState | null;
  observation: ObservationState;
  /** Files already read whole. */
  files: ReadSummary[];
  /** Records read so far, over all files (for the progress line). */
  records: number;
}

export interface CoverageFindingDto {
  rule: string;
  severity: Severity;
  message: string;
  property?: string;
  /** "'Track (Custom)'!C5" when a plan cell is concerned. */
  cell?: string;
}

export interface CoverageEventDto {
  kind: 'track' | 'identify' | 'group' | 'page' | 'screen';
  name: string;
  planned: boolean;
  seen: boolean;
  status: string;
  count: number;
  lastSeen?: string;
  plannedAs?: string;
  findings: CoverageFindingDto[];
  /** Properties sent with the event and the type their values suggest: what "Add to plan" writes. */
  properties: { name: string; type: string; planned: boolean; count: number }[];
}

export interface CoverageResultDto extends SummaryDto {
  message: string;
  /** The tab the report was written to (the add-on's own). */
  tab: string;
  /** What was read, e.g. "events.jsonl (Segment raw events (JSON), 9 records)". */
  read: string;
  counts: { planned: number; seen: number; plannedSeen: number; notSeen: number; notPlanned: number; nearMisses: number };
  events: CoverageEventDto[];
}

/** An unplanned event the user picked for "Add to plan", with the properties to add under it. */
export interface ObservedEventPick {
  name: string;
  properties?: { name: string; type?: string }[];
}

/** A file the sidebar read in the browser and sends for import. */
export interface ImportFileDto {
  name: string;
  content: string;
}

/** A name the import found already in the plan: its cell, for the sidebar to list and select. */
export interface ImportConflictDto {
  tab: string;
  row: number;
  column: number;
  a1: string;
  message: string;
}

export interface ImportResultDto {
  message: string;
  counts: { events: number; properties: number; traits: number; pages: number };
  conflicts: ImportConflictDto[];
  /** What the file held that the sheet has no place for. */
  notes: string[];
}

// History and review ----------------------------------------------------------

export interface VersionDto {
  id: number;
  name: string;
  /** ISO date and time the version was saved. */
  savedAt: string;
  events: number;
}

export interface VersionListDto {
  /** Newest first. */
  versions: VersionDto[];
  message: string;
}

export interface ChangeDto {
  breaking: boolean;
  kind: string;
  event: string;
  property?: string;
  before?: string;
  after?: string;
  message: string;
}

export interface ChangesDto {
  /** What was compared: 'Changes from "Release 1" (version 1, 2026-11-02) to the current plan'. */
  title: string;
  breaking: number;
  other: number;
  changes: ChangeDto[];
  message: string;
}

export interface StatusEventDto {
  name: string;
  /** The status as a template value ("Approved"), "" when blank, or the text as typed when it is no template value. */
  status: string;
  tab: string;
  row: number;
  column: number;
}

export interface StatusListDto {
  /** The template's statuses, in review order. */
  statuses: string[];
  events: StatusEventDto[];
}
