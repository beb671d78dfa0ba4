/**
 * Insert spec events, decided in memory: which of a spec's events the plan
 * lacks, the rows that describe them laid out on the Track tab's actual
 * columns (found by caption, so moved or missing columns are respected), and
 * the row span of each event's property group. The shell writes the result
 * with one setValues and groups each event's property rows.
 */
import { literalText } from './literal-text';
import { UserError } from './errors';
import { type HeaderLayout } from './header';
import { cellText } from './parse';
import { eventKey, type Plan } from './plan';
import { type Spec, type SpecEvent } from './specs';
import { type ColumnKey } from './template';
import { plural } from './counts';

/** The Track columns insertion writes, in no particular order. */
const WRITTEN: readonly ColumnKey[] = ['spec', 'event', 'firesWhen', 'property', 'type', 'allowedValues', 'propertyDescription'];

export interface InsertionPlan {
  /** 1-based sheet row of the first appended row. */
  startRow: number;
  /** 1-based sheet column of rows[i][0]. */
  startColumn: number;
  /** The appended rows, as wide as the span of written columns; '' elsewhere. */
  rows: string[][];
  /** Sheet rows of each inserted event's property rows (events without properties have none). */
  groups: { first: number; last: number }[];
  inserted: number;
  skipped: number;
  message: string;
}

/**
 * A cell the user filled: a name or a value typed. An unticked checkbox
 * (FALSE, which Insert > Checkbox puts in every row) is not.
 */
function isFilled(value: unknown): boolean {
  return value !== false && cellText(value).trim() !== '';
}

/** The last row (1-based) that holds anything the user filled; 0 for an empty tab. */
export function lastFilledRow(values: readonly (readonly unknown[])[]): number {
  for (let r = values.length - 1; r >= 0; r--) {
    if ((values[r] ?? []).some(isFilled)) return r + 1;
  }
  return 0;
}

/**
 * The spec's events chosen by name (case- and space-insensitively), in the
 * catalog's order; all of them when no names are given.
 */
export function chooseEvents(spec: Spec, eventNames?: readonly string[]): SpecEvent[] {
  if (!eventNames) return spec.events.slice();
  const byKey = new Map(spec.events.map((e) => [eventKey(e.name), e]));
  const unknown = eventNames.filter((name) => !byKey.has(eventKey(String(name))));
  if (unknown.length) {
    const list = unknown.map((n) => `"${n}"`).join(', ');
    throw new UserError(`The ${spec.name} spec has no event${unknown.length > 1 ? 's' : ''} named ${list}.`);
  }
  const wanted = new Set(eventNames.map((n) => eventKey(String(n))));
  return spec.events.filter((e) => wanted.has(eventKey(e.name)));
}

export function insertionMessage(inserted: number, skipped: number): string {
  if (!inserted && !skipped) return 'No events were chosen; nothing was inserted.';
  if (!inserted)
    return skipped === 1 ? 'The event is already in the plan; nothing was inserted.' : `All ${skipped} events are already in the plan; nothing was inserted.`;
  const head = `Inserted ${plural(inserted, 'event')}`;
  if (!skipped) return `${head}.`;
  return `${head}, ${skipped} ${skipped === 1 ? 'was' : 'were'} already in the plan.`;
}

/**
 * Lays out the spec's events (or the chosen ones) that the plan lacks,
 * appended after the Track tab's last non-empty row (or `lastUsedRow`, the
 * last row Sheets reports content in, when that is further down).
 */
export function planInsertion(
  plan: Pick<Plan, 'events'>,
  header: HeaderLayout,
  values: readonly (readonly unknown[])[],
  spec: Spec,
  eventNames?: readonly string[],
  lastUsedRow = 0,
): InsertionPlan {
  const chosen = chooseEvents(spec, eventNames);
  const known = new Set(plan.events.map((e) => eventKey(e.name.text)));
  const fresh: SpecEvent[] = [];
  for (const event of chosen) {
    const key = eventKey(event.name);
    if (known.has(key)) continue;
    known.add(key);
    fresh.push(event);
  }
  const skipped = chosen.length - fresh.length;

  const present = WRITTEN.filter((key) => header.columns[key] !== undefined);
  const columns = present.map((key) => header.columns[key]!);
  const startColumn = columns.length ? Math.min(...columns) : 1;
  const width = columns.length ? Math.max(...columns) - startColumn + 1 : 1;
  // A formula that shows nothing reads as '' but is still the user's: the
  // shell passes the last row holding one, so it is never overwritten.
  const startRow = Math.max(lastFilledRow(values), header.row, lastUsedRow) + 1;

  const rows: string[][] = [];
  const groups: { first: number; last: number }[] = [];
  const row = (cells: Partial<Record<ColumnKey, string>>): string[] => {
    const out = new Array<string>(width).fill('');
    for (const key of present) {
      const text = cells[key];
      if (text) out[header.columns[key]! - startColumn] = literalText(text);
    }
    return out;
  };
  for (const event of fresh) {
    rows.push(row({ spec: spec.name, event: event.name, firesWhen: event.description }));
    if (!event.properties.length) continue;
    const first = startRow + rows.length;
    for (const p of event.properties) {
      rows.push(row({ property: p.name, type: p.type, allowedValues: (p.allowedValues ?? []).join(', '), propertyDescription: p.description }));
    }
    groups.push({ first, last: startRow + rows.length - 1 });
  }
  return { startRow, startColumn, rows, groups, inserted: fresh.length, skipped, message: insertionMessage(fresh.length, skipped) };
}
