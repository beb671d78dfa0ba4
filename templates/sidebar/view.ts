/**
 * What the sidebar shows, computed from the server's DTOs as plain data.
 * Kept free of the DOM so it is unit-tested in Node (test/templates); the
 * render modules only turn these values into text nodes.
 */
import type { FindingDto, RuleDto, SpecEventDto, SummaryDto } from '../../src/gas/api-types';
import type { Severity } from '../../src/core/finding';
import { plural, severityCounts } from '../../src/core/counts';

export const SEVERITY_ORDER: readonly Severity[] = ['error', 'warning', 'info'];

/** "2 errors, 1 warning, 3 info"; "No problems" when all are zero. */
export function summaryText(summary: SummaryDto): string {
  return severityCounts(summary) || 'No problems';
}

export interface RuleGroup {
  rule: string;
  title: string;
  /** The most severe severity among the group's findings. */
  severity: Severity;
  findings: FindingDto[];
  /** How many findings carry a suggestion, i.e. can be fixed in one click. */
  fixable: number;
}

function severityRank(severity: Severity): number {
  const rank = SEVERITY_ORDER.indexOf(severity);
  return rank < 0 ? SEVERITY_ORDER.length : rank;
}

export function isFixable(finding: FindingDto): boolean {
  return typeof finding.suggestion === 'string' && finding.suggestion !== finding.text;
}

/**
 * Findings grouped by rule: errors first, then warnings, then info; within
 * a severity the rule with most findings first. Findings keep sheet order
 * (tab, row, column) inside a group.
 */
export function groupFindings(findings: readonly FindingDto[], rules: readonly RuleDto[] = []): RuleGroup[] {
  const titles = new Map(rules.map((r) => [r.id as string, r.title]));
  const groups = new Map<string, RuleGroup>();
  for (const finding of findings) {
    let group = groups.get(finding.rule);
    if (!group) {
      group = { rule: finding.rule, title: titles.get(finding.rule) || finding.rule, severity: finding.severity, findings: [], fixable: 0 };
      groups.set(finding.rule, group);
    }
    group.findings.push(finding);
    if (isFixable(finding)) group.fixable++;
    if (severityRank(finding.severity) < severityRank(group.severity)) group.severity = finding.severity;
  }
  const list = Array.from(groups.values());
  for (const group of list) {
    group.findings.sort((a, b) => (a.tab < b.tab ? -1 : a.tab > b.tab ? 1 : a.row - b.row || a.column - b.column));
  }
  return list.sort((a, b) => severityRank(a.severity) - severityRank(b.severity) || b.findings.length - a.findings.length || (a.rule < b.rule ? -1 : 1));
}

/** Accepted words from the textarea: one per line or comma-separated, trimmed, without duplicates. */
export function parseAcceptedWords(text: string): string[] {
  const words: string[] = [];
  for (const part of text.split(/[\n,;]+/)) {
    const word = part.trim();
    if (word && !words.includes(word)) words.push(word);
  }
  return words;
}

export function formatAcceptedWords(words: readonly string[]): string {
  return words.join('\n');
}

/**
 * The sentence to show for a failed server call. Apps Script hands the
 * failure handler an Error whose message may carry an "Exception: " prefix;
 * anything that looks like a stack trace is cut off, because users must
 * never see one.
 */
export function errorText(error: unknown): string {
  let message = '';
  if (error && typeof error === 'object' && 'message' in error) message = String(error.message);
  else if (typeof error === 'string') message = error;
  message = message.split(/\n\s*at\s/)[0].trim();
  const technical =
    /^(TypeError|ReferenceError|RangeError|SyntaxError|InternalError)\b/.test(message) || /is not a function|of undefined|of null/.test(message);
  message = message.replace(/^(?:(?:Script)?Error|Exception|UserError):\s*/, '').trim();
  if (!message || technical) return 'Something went wrong and nothing was changed. Please try again.';
  return message;
}

export interface PickerRow {
  kind: 'category' | 'event';
  /** The category caption for a category row, the event name for an event row. */
  label: string;
  event?: SpecEventDto;
}

/** The picker's rows: events under their category captions, in the spec's order. */
export function pickerRows(events: readonly SpecEventDto[]): PickerRow[] {
  const rows: PickerRow[] = [];
  const hasCategories = events.some((e) => e.category);
  let current: string | undefined;
  for (const event of events) {
    const category = event.category || 'Other';
    if (hasCategories && category !== current) {
      rows.push({ kind: 'category', label: category });
      current = category;
    }
    rows.push({ kind: 'event', label: event.name, event });
  }
  return rows;
}

/** "12 of 30 selected · 4 already in the plan" */
export function pickerSummary(events: readonly SpecEventDto[], selected: number): string {
  const inPlan = events.filter((e) => e.inPlan).length;
  const selectable = events.length - inPlan;
  const parts = [`${selected} of ${selectable} selected`];
  if (inPlan) parts.push(`${inPlan} in plan`);
  return parts.join(' · ');
}

export function insertButtonText(selected: number): string {
  return selected ? `Insert ${plural(selected, 'event')}` : 'Insert';
}

/** "Checked 5 min ago" style text for the last check time; falls back to the date. */
export function lastCheckText(iso: string, now: Date = new Date()): string {
  const at = new Date(iso);
  if (isNaN(at.getTime())) return 'Last check';
  const minutes = Math.round((now.getTime() - at.getTime()) / 60000);
  if (minutes < 1) return 'Checked just now';
  if (minutes < 60) return `Checked ${minutes} min ago`;
  const hours = Math.round(minutes / 60);
  if (hours < 24) return `Checked ${plural(hours, 'hour')} ago`;
  return `Checked on ${at.toISOString().slice(0, 10)}`;
}

/** Text that would show as nothing in the list gets a visible stand-in. */
export function displayText(text: string): { text: string; blank: boolean } {
  if (text.trim() === '') return { text: text === '' ? '(empty cell)' : '(only spaces)', blank: true };
  return { text, blank: false };
}
