/**
 * The last batch of fixes, kept so Undo can put it back exactly: for each
 * cell, the value it held and the text the fix wrote. Undo restores only
 * cells that still hold what the fix wrote; a cell someone edited since is
 * left alone and named.
 */
import { cellReference } from './a1';
import { type CellFix } from './fix';

/** A cell value as getValues gives it; dates are not names and never fixed. */
export type CellValue = string | number | boolean;

export interface FixedCell {
  tab: string;
  row: number;
  column: number;
  before: CellValue;
  after: string;
}

export interface FixBatch {
  /** ISO time of the fix. */
  at: string;
  cells: FixedCell[];
}

/** What a batch of fixes changes, from the values the tabs held before it. */
export function fixBatch(fixes: readonly CellFix[], valueAt: (tab: string, row: number, column: number) => unknown, at: string): FixBatch {
  const cells = fixes.map((fix) => {
    const raw = valueAt(fix.tab, fix.row, fix.column);
    const before: CellValue = typeof raw === 'number' || typeof raw === 'boolean' ? raw : raw === undefined || raw === null ? '' : String(raw);
    return { tab: fix.tab, row: fix.row, column: fix.column, before, after: fix.value };
  });
  return { at, cells };
}

/** Reads a stored batch; anything else (garbage, an older shape) reads as no batch. */
export function parseFixBatch(json: string | undefined): FixBatch | null {
  if (!json) return null;
  try {
    const value = JSON.parse(json) as FixBatch;
    const ok =
      value &&
      typeof value.at === 'string' &&
      Array.isArray(value.cells) &&
      value.cells.every(
        (c) =>
          c &&
          typeof c.tab === 'string' &&
          Number.isInteger(c.row) &&
          Number.isInteger(c.column) &&
          typeof c.after === 'string' &&
          ['string', 'number', 'boolean'].includes(typeof c.before),
      );
    return ok ? value : null;
  } catch (_) {
    return null;
  }
}

export interface UndoPlan {
  /** Cells that still hold what the fix wrote: they get their old value back. */
  restore: FixedCell[];
  /** Cells edited since the fix, left as they are. */
  changed: FixedCell[];
}

/** `valueAt` gives each cell's value now (undefined for a tab that is gone). */
export function planUndo(batch: FixBatch, valueAt: (tab: string, row: number, column: number) => unknown): UndoPlan {
  const restore: FixedCell[] = [];
  const changed: FixedCell[] = [];
  for (const cell of batch.cells) {
    const now = valueAt(cell.tab, cell.row, cell.column);
    if (now !== undefined && now !== null && String(now) === cell.after) restore.push(cell);
    else changed.push(cell);
  }
  return { restore, changed };
}

/** "Undid the fix of 3 cells." plus the cells left alone, by reference. */
export function undoMessage(plan: UndoPlan): string {
  const n = plan.restore.length;
  const parts = [n ? `Restored ${n === 1 ? '1 cell to what it' : `${n} cells to what they`} held before the fix.` : 'Nothing was restored.'];
  if (plan.changed.length) {
    const shown = plan.changed.slice(0, 10).map((c) => cellReference(c.tab, c.row, c.column));
    const more = plan.changed.length > shown.length ? ` and ${plan.changed.length - shown.length} more` : '';
    parts.push(`Left ${shown.join(', ')}${more} alone: ${plan.changed.length === 1 ? 'it was' : 'they were'} edited since the fix.`);
  }
  return parts.join(' ');
}
