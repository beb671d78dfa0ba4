/**
 * What Set up template does to a spreadsheet, decided from the tabs it
 * already has: which template tabs to create (in template order) with their
 * header row, column widths and validation, and what to tell the user. Tabs
 * that exist are never changed; captions they lack are only reported.
 */
import { findHeader } from './header';
import { TEMPLATE, type TabDef, type TabKind, type Validation, headerCaptions } from './template';

/** Template widths up to this are close enough to the default to cost no call. */
const NARROW_WIDTH = 120;

/** Adjacent columns set to one width with one setColumnWidths call. */
export interface WidthRun {
  /** 1-based first column. */
  column: number;
  count: number;
  width: number;
}

export interface TabLayout {
  kind: TabKind;
  name: string;
  /** The header row's captions, '' in gap columns. */
  header: string[];
  widths: WidthRun[];
  /** One entry per header column: the validation of its data rows, or null. */
  validations: (Validation | null)[];
}

export interface ExistingTab {
  kind: TabKind;
  /** The sheet's real name (the template's, or an alias). */
  name: string;
  values: readonly (readonly unknown[])[];
}

export interface SetupPlan {
  create: TabLayout[];
  /** Sentences about existing tabs: missing header rows or captions. */
  notes: string[];
  message: string;
}

/**
 * Column widths as few runs as possible: each call costs a round trip, so
 * narrow columns keep Sheets' default and neighbouring wide columns share
 * their average width. Gap columns stay at the default.
 */
export function widthRuns(def: TabDef): WidthRun[] {
  const widths: (number | null)[] = [];
  for (const column of def.columns) {
    if (column.gapBefore) widths.push(null);
    widths.push(column.width > NARROW_WIDTH ? column.width : null);
  }
  const runs: WidthRun[] = [];
  let start = -1;
  const close = (end: number) => {
    if (start < 0) return;
    const slice = widths.slice(start, end) as number[];
    const width = Math.round(slice.reduce((a, b) => a + b, 0) / slice.length / 10) * 10;
    runs.push({ column: start + 1, count: end - start, width });
    start = -1;
  };
  widths.forEach((w, i) => {
    if (w === null) close(i);
    else if (start < 0) start = i;
  });
  close(widths.length);
  return runs;
}

export function tabLayout(def: TabDef): TabLayout {
  const validations: (Validation | null)[] = [];
  for (const column of def.columns) {
    if (column.gapBefore) validations.push(null);
    validations.push(column.validation ?? null);
  }
  return { kind: def.kind, name: def.name, header: headerCaptions(def), widths: widthRuns(def), validations };
}

/** "A", "A and B", "A, B and C". */
export function joinAnd(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

function captionOf(def: TabDef, key: string): string {
  return def.columns.find((c) => c.key === key)!.caption;
}

/** What an existing tab lacks, as sentences for the user; empty when it has every caption. */
export function existingTabNotes(tab: ExistingTab): string[] {
  const def = TEMPLATE.find((t) => t.kind === tab.kind)!;
  const header = findHeader(def, tab.values);
  if (!header) {
    const wanted = joinAnd(def.headerKeys.map((key) => `"${captionOf(def, key)}"`));
    return [`The ${tab.name} tab has no header row with ${wanted} in its first 20 rows.`];
  }
  if (!header.missing.length) return [];
  const captions = joinAnd(header.missing.map((key) => `"${captionOf(def, key)}"`));
  return [`The ${tab.name} tab has no ${captions} column${header.missing.length > 1 ? 's' : ''}.`];
}

/** Decides Set up template from the template tabs found (by name or alias). */
export function planSetup(existing: readonly ExistingTab[]): SetupPlan {
  const have = new Set(existing.map((t) => t.kind));
  const create = TEMPLATE.filter((def) => !have.has(def.kind)).map(tabLayout);
  const notes = existing.flatMap(existingTabNotes);
  let message: string;
  if (!create.length) message = 'Every tab of the template is already here; nothing was changed.';
  else if (!existing.length) message = `Created ${joinAnd(create.map((t) => t.name))}.`;
  else message = `Created ${joinAnd(create.map((t) => t.name))}. Existing tabs were left as they were.`;
  return { create, notes, message: [message, ...notes].join(' ') };
}
