/**
 * Lays imported events, traits and pages out as rows appended to the
 * template tabs, on each tab's actual columns (found by caption, as Insert
 * spec events does), each event's property rows grouped under it. A name
 * already in the plan, or imported twice, is never written over: it becomes
 * a conflict pointing at the row that has it, for the user to resolve.
 */
import { cellReference } from '../a1';
import { UserError } from '../errors';
import { findHeader, type HeaderLayout } from '../header';
import { lastFilledRow } from '../insertion';
import { literalText } from '../literal-text';
import { eventKey, type Plan, type TextCell } from '../plan';
import { type ColumnKey, headerCaptions, type TabKind, tabDef } from '../template';

import { type ImportedField, type ImportedPlan } from './types';
import { plural } from '../counts';

/** A template tab as the import finds it: its header and current values (a tab to be created has only its header). */
export interface ImportTarget {
  /** The sheet's name. */
  name: string;
  /** Undefined when the tab exists but its header row cannot be found: nothing can be placed on it. */
  header: HeaderLayout | undefined;
  values: readonly (readonly unknown[])[];
  /** The last row Sheets reports content in (formulas showing '' included); 0 when unknown. */
  lastUsedRow?: number;
}

export type ImportCell = string | boolean;

export interface TabAppend {
  kind: TabKind;
  tab: string;
  /** 1-based row and column of rows[0][0]. */
  startRow: number;
  startColumn: number;
  rows: ImportCell[][];
  /** Sheet rows of each event's property rows (Track only). */
  groups: { first: number; last: number }[];
}

export interface ImportConflict {
  tab: string;
  row: number;
  column: number;
  /** `'Track (Custom)'!C12`, as lint prints cells. */
  ref: string;
  message: string;
}

export interface ImportCounts {
  events: number;
  properties: number;
  traits: number;
  pages: number;
}

export interface ImportLayout {
  appends: TabAppend[];
  conflicts: ImportConflict[];
  counts: ImportCounts;
  notes: string[];
  message: string;
}

/** Allowed values in one cell: comma-separated, or one per line when a value holds a comma. */
export function allowedValuesCell(values: readonly string[]): string {
  return values.join(values.some((v) => v.includes(',')) ? '\n' : ', ');
}

const NAME_COLUMN: Record<TabKind, ColumnKey> = { track: 'event', identify: 'trait', group: 'trait', page: 'pageName', goals: 'goal' };

/** Builds one tab's appended block, cell by cell on its own columns. */
class Block {
  readonly rows: ImportCell[][] = [];
  readonly groups: { first: number; last: number }[] = [];
  readonly startRow: number;
  private readonly present: ColumnKey[];
  readonly startColumn: number;
  private readonly width: number;

  private readonly header: HeaderLayout;

  constructor(
    readonly kind: TabKind,
    readonly target: ImportTarget,
    written: readonly ColumnKey[],
  ) {
    const header = target.header ?? { row: lastFilledRow(target.values), columns: {}, missing: [], duplicated: [] };
    this.header = header;
    this.present = written.filter((key) => header.columns[key] !== undefined);
    const columns = this.present.map((key) => header.columns[key]!);
    this.startColumn = columns.length ? Math.min(...columns) : 1;
    this.width = columns.length ? Math.max(...columns) - this.startColumn + 1 : 1;
    this.startRow = Math.max(lastFilledRow(target.values), header.row, target.lastUsedRow ?? 0) + 1;
  }

  /** Sheet row the next pushed row lands on. */
  get nextRow(): number {
    return this.startRow + this.rows.length;
  }

  nameColumn(): number {
    return this.header.columns[NAME_COLUMN[this.kind]] ?? this.startColumn;
  }

  push(cells: Partial<Record<ColumnKey, ImportCell>>): void {
    if (!this.target.header || !this.present.length) {
      const def = tabDef(this.kind);
      const wanted = def.headerKeys.map((key) => `"${def.columns.find((c) => c.key === key)!.caption}"`).join(' and ');
      throw new UserError(`The "${this.target.name}" tab has no header row with ${wanted} in its first 20 rows, so imported rows cannot be placed on it.`);
    }
    const out = new Array<ImportCell>(this.width).fill('');
    for (const key of this.present) {
      const value = cells[key];
      if (value === undefined || value === '' || value === false) continue;
      out[this.header.columns[key]! - this.startColumn] = typeof value === 'string' ? literalText(value) : value;
    }
    this.rows.push(out);
  }

  append(): TabAppend | undefined {
    if (!this.rows.length) return undefined;
    return { kind: this.kind, tab: this.target.name, startRow: this.startRow, startColumn: this.startColumn, rows: this.rows, groups: this.groups };
  }
}

function fieldCells(field: ImportedField, nameKey: ColumnKey, descriptionKey: ColumnKey): Partial<Record<ColumnKey, ImportCell>> {
  return {
    [nameKey]: field.name,
    type: field.type,
    required: field.required,
    allowedValues: allowedValuesCell(field.allowedValues),
    [descriptionKey]: field.description,
  };
}

/** Names compare as event names do: case- and space-insensitively. */
const nameKey = eventKey;

interface Known {
  tab: string;
  row: number;
  column: number;
  /** Where it came from: "the plan" or the imported file. */
  origin: string;
}

export function layOutImport(imports: readonly ImportedPlan[], plan: Plan, targets: Record<ImportTabKind, ImportTarget>): ImportLayout {
  const track = new Block('track', targets.track, ['spec', 'event', 'firesWhen', 'property', 'type', 'required', 'allowedValues', 'propertyDescription']);
  const identify = new Block('identify', targets.identify, ['trait', 'type', 'required', 'allowedValues', 'traitDescription']);
  const group = new Block('group', targets.group, ['trait', 'type', 'required', 'allowedValues', 'traitDescription']);
  const page = new Block('page', targets.page, ['methods', 'pageName', 'properties', 'notes']);
  const conflicts: ImportConflict[] = [];
  const counts: ImportCounts = { events: 0, properties: 0, traits: 0, pages: 0 };
  const notes: string[] = [];

  const known = (cells: readonly { name: TextCell }[], tab: string): Map<string, Known> =>
    new Map(cells.map((c) => [nameKey(c.name.text), { tab, row: c.name.row, column: c.name.column, origin: 'the plan' }]));
  const events = known(plan.events, plan.tabs.track?.sheetName ?? targets.track.name);
  const traits = {
    identify: known(plan.identify, plan.tabs.identify?.sheetName ?? targets.identify.name),
    group: known(plan.group, plan.tabs.group?.sheetName ?? targets.group.name),
  };
  const pages = known(plan.pages, plan.tabs.page?.sheetName ?? targets.page.name);

  const conflict = (what: string, name: string, source: string, at: Known) => {
    const where = at.origin === 'the plan' ? `is already in the plan (row ${at.row})` : `was already imported from ${at.origin}`;
    conflicts.push({
      tab: at.tab,
      row: at.row,
      column: at.column,
      ref: cellReference(at.tab, at.row, at.column),
      message: `${what} "${name}" from ${source} ${where}; the imported one was not added. Compare them and update row ${at.row} by hand if needed.`,
    });
  };

  for (const imported of imports) {
    notes.push(...imported.notes.map((n) => `${imported.source}: ${n}`));
    for (const event of imported.events) {
      const key = nameKey(event.name);
      if (!key) continue;
      const seen = events.get(key);
      if (seen) {
        conflict('Event', event.name, imported.source, seen);
        continue;
      }
      events.set(key, { tab: track.target.name, row: track.nextRow, column: track.nameColumn(), origin: imported.source });
      track.push({ spec: event.spec ?? '', event: event.name, firesWhen: event.description });
      counts.events++;
      if (!event.properties.length) continue;
      const first = track.nextRow;
      for (const property of event.properties) track.push(fieldCells(property, 'property', 'propertyDescription'));
      track.groups.push({ first, last: track.nextRow - 1 });
      counts.properties += event.properties.length;
    }
    for (const [kind, block, fields] of [
      ['identify', identify, imported.identify],
      ['group', group, imported.group],
    ] as const) {
      for (const field of fields) {
        const key = nameKey(field.name);
        if (!key) continue;
        const seen = traits[kind].get(key);
        if (seen) {
          conflict(`${kind === 'identify' ? 'Identify' : 'Group'} trait`, field.name, imported.source, seen);
          continue;
        }
        traits[kind].set(key, { tab: block.target.name, row: block.nextRow, column: block.nameColumn(), origin: imported.source });
        block.push(fieldCells(field, 'trait', 'traitDescription'));
        counts.traits++;
      }
    }
    for (const entry of imported.pages) {
      const key = nameKey(entry.name);
      if (!key) continue;
      const seen = pages.get(key);
      if (seen) {
        conflict(entry.method, entry.name, imported.source, seen);
        continue;
      }
      pages.set(key, { tab: page.target.name, row: page.nextRow, column: page.nameColumn(), origin: imported.source });
      page.push({ methods: entry.method, pageName: entry.name, properties: entry.properties.join(', '), notes: entry.description });
      counts.pages++;
    }
  }

  const appends = [track, identify, group, page].map((b) => b.append()).filter((a): a is TabAppend => a !== undefined);
  return { appends, conflicts, counts, notes, message: importMessage(imports, counts, conflicts.length) };
}

export function importMessage(imports: readonly ImportedPlan[], counts: ImportCounts, conflicts: number): string {
  const sources = imports.map((i) => i.source).join(', ');
  const parts: string[] = [];
  if (counts.events) parts.push(`${plural(counts.events, 'event')} (${plural(counts.properties, 'property row')})`);
  if (counts.traits) parts.push(plural(counts.traits, 'trait'));
  if (counts.pages) parts.push(counts.pages === 1 ? '1 page or screen' : `${counts.pages} pages and screens`);
  const head = parts.length ? `Imported ${parts.join(', ')} from ${sources}.` : `Nothing new to import from ${sources}.`;
  if (!conflicts) return head;
  return `${head} ${conflicts === 1 ? '1 name was already in the plan and was not imported: see the conflict.' : `${conflicts} names were already in the plan and were not imported: see the conflicts.`}`;
}

export type ImportTabKind = Exclude<TabKind, 'goals'>;
export const IMPORT_TABS: readonly ImportTabKind[] = ['track', 'identify', 'group', 'page'];

/**
 * The target for a tab: an existing sheet (its header found by caption) or,
 * when the spreadsheet lacks the tab, the template's header on row 1 of the
 * tab the shell will create.
 */
export function importTarget(kind: ImportTabKind, existing?: { name: string; values: readonly (readonly unknown[])[]; lastUsedRow?: number }): ImportTarget {
  const def = tabDef(kind);
  if (existing) return { name: existing.name, header: findHeader(def, existing.values), values: existing.values, lastUsedRow: existing.lastUsedRow };
  const values = [headerCaptions(def)];
  return { name: def.name, header: findHeader(def, values), values };
}

/**
 * The cell values a tab holds after the append, as Sheets stores what
 * setValues writes: a leading apostrophe only marks literal text. The CLI
 * writes an .xlsx from these; tests parse them back.
 */
export function applyAppend(values: unknown[][], append: TabAppend): void {
  append.rows.forEach((cells, i) => {
    const r = append.startRow - 1 + i;
    const row = values[r] ?? (values[r] = []);
    for (let c = 0; c < append.startColumn - 1; c++) if (row[c] === undefined) row[c] = '';
    cells.forEach((cell, j) => {
      const c = append.startColumn - 1 + j;
      if (cell === '' && row[c] !== undefined) return;
      row[c] = typeof cell === 'string' && cell.startsWith("'") ? cell.slice(1) : cell;
    });
  });
  for (let r = 0; r < values.length; r++) if (!values[r]) values[r] = [];
}
