/**
 * The shapes the sidebar's server functions return. They are JSON-safe (no
 * Date, no class instances) because google.script.run serialises them. The
 * sidebar client imports these types, so a change here breaks its build.
 */
import { RuleId, Severity } from '../core/finding';
import { Settings } from '../core/settings';

/** A short answer for the person who clicked: shown in the sidebar and as a toast. */
export interface MessageDto {
  message: string;
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

export type ExportFormat = 'protocols' | 'typewriter' | 'csv';

export interface ExportFileDto {
  filename: string;
  mimeType: string;
  content: string;
}

export interface ExportDto {
  files: ExportFileDto[];
  message: string;
}
