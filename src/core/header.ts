/**
 * Finds a tab's header row and its columns by caption. Users add, move, hide
 * and duplicate columns, and Segment's original template put a band of title
 * rows above the header, so nothing here relies on position.
 */
import { type ColumnKey, type TabDef, normalizeCaption } from './template';

/** How far down a header row may sit (Segment's template had it near row 10). */
export const HEADER_SEARCH_ROWS = 20;

export interface HeaderLayout {
  /** 1-based sheet row of the header. */
  row: number;
  /** 1-based sheet column of each caption found; the first of duplicated captions wins. */
  columns: Partial<Record<ColumnKey, number>>;
  /** Template columns whose caption is not in the header row. */
  missing: ColumnKey[];
  /** Captions that appear more than once, as written in the sheet. */
  duplicated: string[];
}

function captionIndex(def: TabDef): Map<string, ColumnKey> {
  const index = new Map<string, ColumnKey>();
  for (const column of def.columns) {
    for (const caption of [column.caption, ...(column.aliases ?? [])]) {
      const key = normalizeCaption(caption);
      if (!index.has(key)) index.set(key, column.key);
    }
  }
  return index;
}

/** Maps one row of captions onto the tab's columns. */
export function readHeaderRow(def: TabDef, cells: readonly unknown[], row: number): HeaderLayout {
  const index = captionIndex(def);
  const columns: Partial<Record<ColumnKey, number>> = {};
  const seen = new Set<string>();
  const duplicated: string[] = [];
  cells.forEach((cell, i) => {
    const caption = normalizeCaption(cell);
    if (!caption) return;
    const key = index.get(caption);
    if (!key) return;
    if (columns[key] !== undefined) {
      if (!seen.has(caption)) duplicated.push(String(cell).trim());
      seen.add(caption);
      return;
    }
    columns[key] = i + 1;
  });
  const missing = def.columns.map((c) => c.key).filter((key) => columns[key] === undefined);
  return { row, columns, missing, duplicated };
}

/**
 * The first row among the first HEADER_SEARCH_ROWS that holds every one of
 * the tab's header captions; undefined when there is none.
 */
export function findHeader(def: TabDef, values: readonly (readonly unknown[])[]): HeaderLayout | undefined {
  const limit = Math.min(values.length, HEADER_SEARCH_ROWS);
  for (let r = 0; r < limit; r++) {
    const layout = readHeaderRow(def, values[r] ?? [], r + 1);
    if (def.headerKeys.every((key) => layout.columns[key] !== undefined)) return layout;
  }
  return undefined;
}
