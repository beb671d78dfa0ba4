/**
 * The add-on's marks on a checked tab, computed from findings: a Checks
 * column after the user's columns that explains every finding of a row in
 * words ("✖ Event Name: Event names use Title Case. Suggested: "Order
 * Completed" (event-casing)"), and
 * one conditional-format rule per severity that colours a cell when its row's
 * Checks cell names its column. Marks live apart from the user's content, so
 * checking never touches a user's value, note or format, re-checking is
 * idempotent, and clearing removes exactly what was added.
 *
 * Pure: the gas shell reads the tab, asks here what to write, and writes only
 * what differs from what the sheet already holds.
 */
import { columnLetters, lettersToColumn } from './a1';
import type { Summary } from './check';
import { severityCounts } from './counts';
import { type Finding, type RuleId, type Severity } from './finding';
import { cellText } from './parse';

/**
 * The caption of the add-on's own column: it says whose column it is. The
 * column itself is known by developer metadata (see gas/ownership.ts), never
 * by this caption, which a user could type too.
 */
export const CHECKS_CAPTION = 'Checks (Tracking Plan)';
/** The caption earlier versions gave the column; such a column is adopted once (see legacyChecksColumn). */
export const LEGACY_CHECKS_CAPTION = 'Checks';

/** Sheets refuses a cell of more than 50,000 characters. */
export const MAX_CELL_CHARS = 50_000;

/**
 * The note on the Checks column's header cell, for people who read the sheet
 * without the add-on.
 */
export const CHECKS_LEGEND = [
  'Checks by the Tracking Plan add-on. Each line names a problem in this row:',
  '✖ error (red cell): breaks the conventions; fix before shipping.',
  '⚠ warning (yellow cell): probably wrong; look at it.',
  'ℹ info (blue cell): a suggestion.',
  'A line reads "<symbol> <column>: <problem> (<rule id>)"; the named cell is coloured.',
  'Run Tracking Plan > Check conventions to refresh, or Clear checks to remove this column.',
].join('\n');

export const SEVERITY_SYMBOL: Readonly<Record<Severity, string>> = { error: '✖', warning: '⚠', info: 'ℹ' };
export const SEVERITY_BACKGROUND: Readonly<Record<Severity, string>> = { error: '#f4c7c3', warning: '#fce8b2', info: '#c9daf8' };
/** Rule order matters: Sheets paints a cell with the first matching rule, so errors come first. */
export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];

/**
 * Rules whose findings depend on another tab (Goals against Track). When a
 * live re-check reads only the edited tab, the marks of these rules are kept
 * as the last full check left them. Derived from the registry (PlanRule.crossTab).
 */
export { CROSS_TAB_RULES } from './rules';

export type Values = readonly (readonly unknown[])[];

/** What marks.ts needs to know about one tab: its sheet name, header row and current values. */
export interface TabSnapshot {
  name: string;
  /** 1-based sheet row of the header. */
  headerRow: number;
  /** The sheet's values from A1, as getSheetValues returns them (Checks column included). */
  values: Values;
  /**
   * The 1-based column the add-on owns on this tab, found by its developer
   * metadata; undefined when it owns none.
   */
  ownedColumn?: number;
}

/** One conditional-format rule of the add-on, as data. */
export interface HighlightRule {
  severity: Severity;
  formula: string;
  background: string;
  /** A1 range the rule applies to: the data rows of every column before the Checks column, open-ended downwards. */
  a1: string;
}

/** What to write to one tab so its marks match its findings. */
export interface TabMarks {
  tab: string;
  /** 1-based column of the Checks column (existing or to be added). */
  checksColumn: number;
  /** True when the tab has no Checks column yet: the shell inserts one at checksColumn. */
  isNewColumn: boolean;
  /** True when checksColumn is a column written by an earlier version, to be claimed now. */
  adopt?: boolean;
  /** Cells of the Checks column to overwrite, one contiguous run; undefined when nothing changed. */
  write?: { row: number; values: string[][] };
  /** The add-on's highlight rules this tab should carry. */
  rules: HighlightRule[];
  /** Identifies `rules`, so a later check can tell without reading the sheet that they are in place. */
  fingerprint: string;
  /** Sheet rows whose Checks cell changes (for tests and the live check). */
  changedRows: number[];
}

const SYMBOLS = new Set(Object.values(SEVERITY_SYMBOL));

/** Today's form: "<symbol> <caption>: <problem in words> (<rule-id>)". */
const LINE = /^(\S+) (.*?): .*\(([a-z][a-z0-9-]*)\)$/;
/** The form of earlier versions: "<symbol> <caption>: [<rule-id>] <problem>". */
const LEGACY_LINE = /^(\S+) (.*?): \[([a-z][a-z0-9-]*)\]/;
/** The line a shortened cell ends with. */
const MORE_LINE = /^… and \d+ more$/;

function parseLine(line: string): { symbol: string; caption: string; rule: string } | undefined {
  const m = LINE.exec(line) ?? LEGACY_LINE.exec(line);
  return m && SYMBOLS.has(m[1]) ? { symbol: m[1], caption: m[2], rule: m[3] } : undefined;
}

/** A Checks cell the add-on could have written: empty, or every line one of its mark lines (either form). */
export function isMarkText(value: unknown): boolean {
  const text = cellText(value);
  if (text === '') return true;
  return text.split('\n').every((line) => parseLine(line) !== undefined || MORE_LINE.test(line));
}

function width(values: Values): number {
  let max = 0;
  for (const row of values) if (row && row.length > max) max = row.length;
  return max;
}

/**
 * A Checks column written by an earlier version, which marked its column by
 * caption alone: the rightmost header cell captioned exactly "Checks" whose
 * cells below hold at least one mark line and nothing else. A user's own
 * "Checks" column, empty or holding notes, is never taken.
 */
export function legacyChecksColumn(values: Values, headerRow: number): number | undefined {
  const header = values[headerRow - 1] ?? [];
  for (let c = header.length - 1; c >= 0; c--) {
    if (cellText(header[c]).trim() !== LEGACY_CHECKS_CAPTION) continue;
    let ours = true;
    let marks = 0;
    for (let r = headerRow; r < values.length && ours; r++) {
      const cell = (values[r] ?? [])[c];
      ours = isMarkText(cell);
      if (cellText(cell) !== '') marks++;
    }
    if (ours && marks > 0) return c + 1;
  }
  return undefined;
}

/**
 * The tab's Checks column: the one the add-on owns by metadata, else one an
 * earlier version wrote (adopted), else a new one right after the last used
 * column. A new column is inserted there, so the user's columns keep their
 * places and Clear can delete it again.
 */
export function checksColumnFor(snapshot: TabSnapshot): { column: number; isNew: boolean; adopt?: boolean } {
  if (snapshot.ownedColumn !== undefined) return { column: snapshot.ownedColumn, isNew: false };
  const legacy = legacyChecksColumn(snapshot.values, snapshot.headerRow);
  if (legacy !== undefined) return { column: legacy, isNew: false, adopt: true };
  return { column: width(snapshot.values) + 1, isNew: true };
}

function oneLine(text: string): string {
  return text.replace(/\s*[\r\n]+\s*/g, ' ').trim();
}

function sentence(text: string): string {
  const t = oneLine(text);
  return t === '' || /[.!?…]$/.test(t) ? t : `${t}.`;
}

/** Header text as the highlight formula's TRIM reads it: no surrounding or repeated spaces. */
function captionText(cell: unknown): string {
  return oneLine(cellText(cell)).replace(/ {2,}/g, ' ');
}

/** The caption a mark names: the header cell above the finding, as the user sees it. */
export function captionOf(values: Values, headerRow: number, column: number): string {
  const caption = captionText((values[headerRow - 1] ?? [])[column - 1]);
  return caption || `Column ${columnLetters(column)}`;
}

/**
 * One line of a Checks cell, readable without the add-on: the start
 * "<symbol> <caption>: " that the highlight rules search for, the problem in
 * plain words, and the rule id in brackets for reference.
 */
export function markLine(finding: Finding, caption: string): string {
  let line = `${SEVERITY_SYMBOL[finding.severity]} ${caption}: ${sentence(finding.message)}`;
  if (finding.suggestion !== undefined && finding.suggestion !== '') line += ` Suggested: "${oneLine(finding.suggestion)}"`;
  if (finding.hint) line += ` ${sentence(finding.hint)}`;
  return `${line} (${finding.rule})`;
}

/** The rule id a mark line names, if it is one of the add-on's lines (today's form or an earlier version's). */
export function ruleOfLine(line: string): RuleId | undefined {
  return parseLine(line)?.rule as RuleId | undefined;
}

/**
 * A cell's lines joined, shortened to fit Sheets' cell limit: the lines
 * that fit, then "… and N more".
 */
export function fitCell(lines: readonly string[], limit = MAX_CELL_CHARS): string {
  const whole = lines.join('\n');
  if (whole.length <= limit) return whole;
  const kept: string[] = [];
  let length = 0;
  for (let i = 0; i < lines.length; i++) {
    const tail = `\n… and ${lines.length - i} more`;
    const next = (kept.length ? length + 1 : 0) + lines[i].length;
    if (next + tail.length > limit) break;
    kept.push(lines[i]);
    length = next;
  }
  const more = `… and ${lines.length - kept.length} more`;
  if (!kept.length) {
    // One line alone is too long: keep what fits of it.
    const first = lines[0].slice(0, Math.max(0, limit - more.length - 2));
    return `${first}…\n${more}`;
  }
  return `${kept.join('\n')}\n${more}`;
}

const RANK: Record<string, number> = { [SEVERITY_SYMBOL.error]: 0, [SEVERITY_SYMBOL.warning]: 1, [SEVERITY_SYMBOL.info]: 2 };

/** Lines ordered by column (left to right), then severity, then text: the same cell content however it was assembled. */
function sortLines(lines: string[], columnOfCaption: Map<string, number>): string[] {
  const key = (line: string): [number, number, string] => {
    const m = parseLine(line);
    if (!m) return [Number.MAX_SAFE_INTEGER, 9, line];
    return [columnOfCaption.get(m.caption) ?? Number.MAX_SAFE_INTEGER, RANK[m.symbol] ?? 9, line];
  };
  return lines
    .map((line) => ({ line, k: key(line) }))
    .sort((a, b) => a.k[0] - b.k[0] || a.k[1] - b.k[1] || (a.k[2] < b.k[2] ? -1 : a.k[2] > b.k[2] ? 1 : 0))
    .map((x) => x.line)
    .filter((line, i, all) => i === 0 || all[i - 1] !== line);
}

export interface MarkOptions {
  /**
   * Rules whose marks are kept from the sheet as they are, and whose fresh
   * findings are ignored: the live check uses this for CROSS_TAB_RULES when
   * it has not read the other tab.
   */
  keepRules?: ReadonlySet<RuleId>;
}

/** The Checks cell text of every row that has a finding, by sheet row. */
export function markTexts(findings: readonly Finding[], snapshot: TabSnapshot, options: MarkOptions = {}): Map<number, string> {
  const { values, headerRow } = snapshot;
  const keep = options.keepRules;
  const header = values[headerRow - 1] ?? [];
  const columnOfCaption = new Map<string, number>();
  header.forEach((cell, i) => {
    const caption = captionText(cell);
    if (caption && !columnOfCaption.has(caption)) columnOfCaption.set(caption, i + 1);
  });
  const lines = new Map<number, string[]>();
  const add = (row: number, line: string) => {
    const list = lines.get(row);
    if (list) list.push(line);
    else lines.set(row, [line]);
  };
  for (const finding of findings) {
    if (finding.tab !== snapshot.name || finding.row <= headerRow) continue;
    if (keep && keep.has(finding.rule)) continue;
    add(finding.row, markLine(finding, captionOf(values, headerRow, finding.column)));
  }
  if (keep && keep.size) {
    const existing = snapshot.ownedColumn ?? legacyChecksColumn(values, headerRow);
    if (existing !== undefined) {
      for (let r = headerRow; r < values.length; r++) {
        const text = cellText((values[r] ?? [])[existing - 1]);
        if (!text) continue;
        for (const line of text.split('\n')) {
          const rule = ruleOfLine(line);
          if (rule && keep.has(rule)) add(r + 1, line);
        }
      }
    }
  }
  const texts = new Map<number, string>();
  for (const [row, list] of lines) texts.set(row, fitCell(sortLines(list, columnOfCaption)));
  return texts;
}

function formulaString(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

/**
 * The add-on's highlight rules for a tab: one per severity over every data
 * cell left of the Checks column. The formula is relative to the rule's
 * top-left cell, so for each cell it asks whether the Checks cell of the
 * same row has a line "<symbol> <this column's caption>:".
 */
export function highlightRules(headerRow: number, checksColumn: number): HighlightRule[] {
  if (checksColumn <= 1) return [];
  const first = headerRow + 1;
  const checks = `$${columnLetters(checksColumn)}${first}`;
  const a1 = `A${first}:${columnLetters(checksColumn - 1)}`;
  return SEVERITIES.map((severity) => ({
    severity,
    // A caption typed with a line break ("Event⏎Name") reads as one line, as markLine writes it.
    formula: `=ISNUMBER(SEARCH(${formulaString(`${SEVERITY_SYMBOL[severity]} `)}&TRIM(SUBSTITUTE(A$${headerRow},CHAR(10)," "))&":",${checks}))`,
    background: SEVERITY_BACKGROUND[severity],
    a1,
  }));
}

/** Today's formula, and the one earlier versions wrote (without SUBSTITUTE), so Clear removes both. */
const OWN_FORMULA =
  /^=ISNUMBER\(SEARCH\("(✖|⚠|ℹ) "&TRIM\((\$?[A-Z]{1,3}\$\d+|SUBSTITUTE\(\$?[A-Z]{1,3}\$\d+,CHAR\(10\)," "\))\)&":",\s*\$[A-Z]{1,3}\$?\d+\)\)$/;

/** Whether a conditional-format formula is one of the add-on's (wherever the sheet has since moved it). */
export function isOwnHighlightFormula(formula: unknown): boolean {
  return typeof formula === 'string' && OWN_FORMULA.test(formula.trim());
}

export function rulesFingerprint(rules: readonly HighlightRule[]): string {
  return rules.map((r) => `${r.a1}|${r.background}|${r.formula}`).join('\n');
}

/**
 * What to write so a tab's marks match its findings. A tab without findings
 * and without a Checks column gets nothing (undefined): the add-on adds its
 * column only where there is something to say.
 */
export function planTabMarks(findings: readonly Finding[], snapshot: TabSnapshot, options: MarkOptions = {}): TabMarks | undefined {
  const texts = markTexts(findings, snapshot, options);
  const { column, isNew, adopt } = checksColumnFor(snapshot);
  if (isNew && texts.size === 0) return undefined;
  const { values, headerRow } = snapshot;
  const current = (row: number): string => cellText((values[row - 1] ?? [])[column - 1]);
  const desired = (row: number): string => (row === headerRow ? CHECKS_CAPTION : (texts.get(row) ?? ''));
  let last = values.length;
  for (const row of texts.keys()) if (row > last) last = row;
  const changedRows: number[] = [];
  for (let row = headerRow; row <= last; row++) {
    if (isNew ? desired(row) !== '' : current(row) !== desired(row)) changedRows.push(row);
  }
  const rules = highlightRules(headerRow, column);
  const marks: TabMarks = { tab: snapshot.name, checksColumn: column, isNewColumn: isNew, rules, fingerprint: rulesFingerprint(rules), changedRows };
  if (adopt) marks.adopt = true;
  if (changedRows.length) {
    const from = changedRows[0];
    const to = changedRows[changedRows.length - 1];
    const run: string[][] = [];
    for (let row = from; row <= to; row++) run.push([desired(row)]);
    marks.write = { row: from, values: run };
  }
  return marks;
}

/** "3 errors, 5 warnings, 2 info", or "No problems found". */
export function summaryMessage(counts: Summary): string {
  return severityCounts(counts) || 'No problems found';
}

/** The cells an edit covers, from its A1 notation ("C5", "C5:D9", "C:C", "5:7"); open sides reach to Infinity. */
export interface EditBox {
  row: number;
  column: number;
  lastRow: number;
  lastColumn: number;
}

export function editBoxFromA1(a1: string): EditBox | undefined {
  const cell = /^\$?([A-Za-z]{0,3})\$?(\d*)$/;
  const text = String(a1 || '').replace(/^.*!/, '');
  const parts = text.split(':');
  if (parts.length < 1 || parts.length > 2) return undefined;
  const a = cell.exec(parts[0]);
  const b = cell.exec(parts[parts.length - 1]);
  if (!a || !b || (!a[1] && !a[2]) || (!b[1] && !b[2])) return undefined;
  const c1 = a[1] ? lettersToColumn(a[1]) : 1;
  const c2 = b[1] ? lettersToColumn(b[1]) : Infinity;
  const r1 = a[2] ? Number(a[2]) : 1;
  const r2 = b[2] ? Number(b[2]) : Infinity;
  return { row: Math.min(r1, r2), column: Math.min(c1, c2), lastRow: Math.max(r1, r2), lastColumn: Math.max(c1, c2) };
}

/** An edit inside the add-on's own column changes no finding: the live check leaves it alone. */
export function editIsOnlyInChecksColumn(box: EditBox, checksColumn: number | undefined): boolean {
  return checksColumn !== undefined && box.column === checksColumn && box.lastColumn === checksColumn;
}

/**
 * Whether an edit can change the Goals-against-Track findings, so the live
 * check must read both tabs: any edit of the Goals tab, and on the Track tab
 * an edit of event names or business goals, of the header, or of many rows.
 */
export function editNeedsOtherTab(kind: string, box: EditBox, headerRow: number, columns: { event?: number; businessGoal?: number }): boolean {
  if (kind === 'goals') return true;
  if (kind !== 'track') return false;
  if (box.lastRow > box.row || box.row <= headerRow) return true;
  return [columns.event, columns.businessGoal].some((c) => c !== undefined && c >= box.column && c <= box.lastColumn);
}

/** What Clear checks removes from the add-on's column on one tab. */
export interface ChecksClear {
  /** Every cell of the column is the add-on's (or empty): the whole column goes. */
  deleteColumn: boolean;
  /** Otherwise, the runs of rows whose cells the add-on wrote (its caption and its marks), to empty. */
  runs: { first: number; last: number }[];
  /** 1-based row of the add-on's caption in the column, when found. */
  headerRow?: number;
}

function isChecksCaption(value: unknown): boolean {
  const text = cellText(value).trim();
  return text === CHECKS_CAPTION || text === LEGACY_CHECKS_CAPTION;
}

/**
 * Which cells of the add-on's column Clear removes: its caption (the first
 * of the first 20 rows that holds it) and the mark cells below it. Anything
 * else in the column (a title typed above the header, a note typed in a row)
 * is the user's, and keeps the column from being deleted.
 */
export function planChecksClear(values: Values, column: number, searchRows = 20): ChecksClear {
  const c = column - 1;
  let headerRow: number | undefined;
  for (let r = 0; r < Math.min(values.length, searchRows) && headerRow === undefined; r++) {
    if (isChecksCaption((values[r] ?? [])[c])) headerRow = r + 1;
  }
  const rows: number[] = [];
  let userCells = 0;
  for (let r = 0; r < values.length; r++) {
    const row = r + 1;
    const cell = (values[r] ?? [])[c];
    if (cellText(cell) === '') continue;
    const ours = headerRow === undefined ? isMarkText(cell) : row === headerRow || (row > headerRow && isMarkText(cell));
    if (ours) rows.push(row);
    else userCells++;
  }
  const runs: { first: number; last: number }[] = [];
  for (const row of rows) {
    const last = runs[runs.length - 1];
    if (last && last.last === row - 1) last.last = row;
    else runs.push({ first: row, last: row });
  }
  const clear: ChecksClear = { deleteColumn: userCells === 0, runs };
  if (headerRow !== undefined) clear.headerRow = headerRow;
  return clear;
}
