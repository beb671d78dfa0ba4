/**
 * Shared tools of the robustness suite: a dump of the whole spreadsheet, a
 * comparison that lists every change to a cell the user wrote (values,
 * formulas, notes, formats, validation, merges, user conditional-format
 * rules, row groups when asked), and a check that a message is one a
 * non-engineer can read. The add-on's own Checks column and highlight rules
 * are not the user's, and neither are the rows an insertion appends.
 */
import { clickMenuItem, type FakeServices, type SheetDump } from '../../fakes';
import { type BundleContext } from '../../fakes';
import { CHECKS_CAPTION } from '../../src/core/marks';

export type Dump = Record<string, SheetDump>;

export function dumpAll(services: FakeServices): Dump {
  return services.spreadsheet.testDumpAll();
}

const OWN_RULE = /^=ISNUMBER\(SEARCH\("(✖|⚠|ℹ) "/;

function isOwnRule(rule: { values: unknown[] }): boolean {
  return typeof rule.values[0] === 'string' && OWN_RULE.test(rule.values[0]);
}

/**
 * Columns whose header cell (any of the first 20 rows) carries the add-on's
 * caption: its own (the bundle only ever writes that caption into the
 * column it owns by metadata). A user's column captioned "Checks" is the
 * user's, and compared like any other.
 */
function checksColumns(...dumps: (SheetDump | undefined)[]): Set<number> {
  const out = new Set<number>();
  for (const d of dumps) {
    if (!d) continue;
    for (const row of d.values.slice(0, 20)) row.forEach((v, i) => v === CHECKS_CAPTION && out.add(i + 1));
  }
  return out;
}

function lastValueRow(d: SheetDump, skip: Set<number>): number {
  for (let r = d.values.length; r >= 1; r--) {
    if (d.values[r - 1].some((v, i) => !skip.has(i + 1) && v !== '' && v !== null && v !== undefined)) return r;
  }
  return 0;
}

const A1 = /^([A-Z]+)(\d+)$/;
function colOf(letters: string): number {
  let n = 0;
  for (const ch of letters) n = n * 26 + ch.charCodeAt(0) - 64;
  return n;
}
function letters(column: number): string {
  let s = '';
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

export interface CompareOptions {
  /** Row groups (depths) of the user's rows must be unchanged too (default true). */
  groups?: boolean;
  /** Collapsed state may change (Minimize / Reset). Default: it may. */
  /** Cells ("Tab!C5") allowed to change: the cells of an explicit fix or user edit. */
  allowed?: ReadonlySet<string>;
  /** Tabs whose groups may change (Repair row groups). */
}

/**
 * Every difference between `before` and `after` in what the user owns, as
 * readable lines ("Track (Custom)!C5 value: 'a' -> 'b'"); [] when nothing
 * of the user's changed. Tabs the operation created are not the user's.
 */
export function userChanges(before: Dump, after: Dump, opts: CompareOptions = {}): string[] {
  const changes: string[] = [];
  const allowed = opts.allowed ?? new Set<string>();
  for (const [tab, b] of Object.entries(before)) {
    const a = after[tab];
    if (!a) {
      changes.push(`${tab}: tab disappeared`);
      continue;
    }
    const skip = checksColumns(b, a);
    const userRows = lastValueRow(b, skip);
    const ok = (cell: string): boolean => {
      const m = A1.exec(cell);
      return !!m && !skip.has(colOf(m[1])) && !allowed.has(`${tab}!${cell}`);
    };
    // Values and formulas of the user's rows; rows appended below them are an insertion's.
    const width = Math.max(b.lastColumn, a.lastColumn);
    for (let r = 1; r <= userRows; r++) {
      for (let c = 1; c <= width; c++) {
        const cell = `${letters(c)}${r}`;
        if (!ok(cell)) continue;
        const vb = b.values[r - 1]?.[c - 1] ?? '';
        const va = a.values[r - 1]?.[c - 1] ?? '';
        if (JSON.stringify(vb) !== JSON.stringify(va))
          changes.push(`${tab}!${cell} value: ${JSON.stringify(vb).slice(0, 60)} -> ${JSON.stringify(va).slice(0, 60)}`);
      }
    }
    const maps = ['formulas', 'notes', 'backgrounds', 'fontWeights', 'fontColors', 'numberFormats', 'dataValidations'] as const;
    for (const key of maps) {
      const mb = b[key] as Record<string, unknown>;
      const ma = a[key] as Record<string, unknown>;
      for (const cell of new Set([...Object.keys(mb), ...Object.keys(ma)])) {
        if (!ok(cell)) continue;
        // Formulas and values of appended rows belong to the insertion.
        if (key === 'formulas' && Number(A1.exec(cell)![2]) > userRows && !(cell in mb)) continue;
        if (JSON.stringify(mb[cell]) !== JSON.stringify(ma[cell]))
          changes.push(`${tab}!${cell} ${key}: ${JSON.stringify(mb[cell])} -> ${JSON.stringify(ma[cell])}`);
      }
    }
    const same = (what: string, x: unknown, y: unknown) => {
      if (JSON.stringify(x) !== JSON.stringify(y)) changes.push(`${tab} ${what}: ${JSON.stringify(x).slice(0, 200)} -> ${JSON.stringify(y).slice(0, 200)}`);
    };
    same('merges', b.merges, a.merges);
    same('frozen rows', b.frozenRows, a.frozenRows);
    same('hidden rows', b.hiddenRows, a.hiddenRows);
    same(
      'hidden columns',
      b.hiddenColumns.filter((c) => !skip.has(c)),
      a.hiddenColumns.filter((c) => !skip.has(c)),
    );
    const widths = (d: SheetDump) => Object.entries(d.columnWidths).filter(([c]) => !skip.has(Number(c)));
    same('column widths', widths(b), widths(a));
    same(
      'user conditional formats',
      b.conditionalFormatRules.filter((r) => !isOwnRule(r)),
      a.conditionalFormatRules.filter((r) => !isOwnRule(r)),
    );
    if (opts.groups !== false) {
      const depths = (d: SheetDump) => Object.entries(d.rowGroupDepths).filter(([r]) => Number(r) <= userRows);
      same('row groups', depths(b), depths(a));
    }
  }
  return changes;
}

function outsideColumns<T>(cells: Record<string, T>, skip: Set<number>): Record<string, T> {
  return Object.fromEntries(
    Object.entries(cells).filter(([cell]) => {
      const m = A1.exec(cell);
      return !m || !skip.has(colOf(m[1]));
    }),
  );
}

/** The add-on's marks removed from a dump: what the spreadsheet would hold had no check run. */
export function withoutMarks(dump: Dump): Dump {
  const out: Dump = {};
  for (const [tab, d] of Object.entries(dump)) {
    const skip = checksColumns(d);
    const values = d.values.map((row) => row.map((v, i) => (skip.has(i + 1) ? '' : v)));
    // Trim the emptied column so a sheet widened for it compares equal.
    let lastColumn = 0;
    for (const row of values)
      for (let c = row.length; c > lastColumn; c--)
        if (row[c - 1] !== '') {
          lastColumn = c;
          break;
        }
    let lastRow = 0;
    values.forEach((row, i) => row.some((v) => v !== '') && (lastRow = i + 1));
    out[tab] = {
      ...d,
      values: values.slice(0, lastRow).map((row) => row.slice(0, lastColumn)),
      lastRow,
      lastColumn,
      maxColumns: 0,
      conditionalFormatRules: d.conditionalFormatRules.filter((r) => !isOwnRule(r)),
      // The add-on's column carries its legend note and its width; they go with the column.
      notes: outsideColumns(d.notes, skip),
      formulas: outsideColumns(d.formulas, skip),
      backgrounds: outsideColumns(d.backgrounds, skip),
      fontWeights: outsideColumns(d.fontWeights, skip),
      fontColors: outsideColumns(d.fontColors, skip),
      numberFormats: outsideColumns(d.numberFormats, skip),
      dataValidations: outsideColumns(d.dataValidations, skip),
      columnWidths: Object.fromEntries(Object.entries(d.columnWidths).filter(([c]) => !skip.has(Number(c)))),
    };
  }
  return out;
}

const UNCLEAR = [/TypeError/, /ReferenceError/, /RangeError/, /undefined/, /\bnull\b/, /Exception/, /\n\s*at /, / at .*:\d+:\d+/, /\[object/, /\bNaN\b/];

/** Fails when a message shown to a user reads like a program's error rather than a sentence. */
export function expectClearMessage(message: string): void {
  expect(typeof message).toBe('string');
  expect(message.trim().length).toBeGreaterThan(0);
  for (const pattern of UNCLEAR) {
    if (pattern.test(message)) throw new Error(`Message is not clear to a non-engineer (${pattern}): ${message}`);
  }
}

export const GENERIC_FAILURE = /^(.*: )?Something went wrong/;

export interface Outcome {
  /** Alerts and toasts shown, and the message of a sidebar call that failed. */
  messages: string[];
  /** A sidebar call that failed, with its message. */
  failed?: string;
  result?: unknown;
}

/** Starts watching the alerts and toasts; the function returned gives the text of those shown since. */
function messagesFrom(services: FakeServices): () => string[] {
  const alerts = services.ui.testAlerts().length;
  const toasts = services.spreadsheet.testToasts().length;
  return () => [
    ...services.ui
      .testAlerts()
      .slice(alerts)
      .map((a) => a.prompt ?? (a as unknown as { message: string }).message),
    ...services.spreadsheet
      .testToasts()
      .slice(toasts)
      .map((t) => t.message),
  ];
}

/** Runs one sidebar function and reports what the user saw. */
export function sidebar(services: FakeServices, ctx: BundleContext, fn: string, ...args: unknown[]): Outcome {
  services.testSetAuthMode('FULL');
  const shown = messagesFrom(services);
  let result: unknown;
  let failed: string | undefined;
  try {
    result = ctx[fn](...args);
  } catch (error) {
    failed = error instanceof Error || (error && typeof (error as Error).message === 'string') ? (error as Error).message : String(error);
  }
  const messages = shown();
  if (failed !== undefined) messages.push(failed);
  const r = result as { message?: unknown } | undefined;
  if (r && typeof r.message === 'string') messages.push(r.message);
  if (r && Array.isArray((r as { problems?: unknown }).problems)) messages.push(...(r as { problems: string[] }).problems);
  return { messages, failed, result };
}

/** Clicks one menu item and reports what the user saw. */
export function menu(services: FakeServices, ctx: BundleContext, caption: string, submenu?: string): Outcome {
  const shown = messagesFrom(services);
  clickMenuItem(services, ctx, caption, submenu);
  return { messages: shown() };
}
