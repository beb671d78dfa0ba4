/**
 * The rows of a CSV (parsed by csv-text.ts) with their columns found by
 * their captions, so the readers of other tools' CSV exports do not depend
 * on column order.
 */
import { restoreFormula } from '../export/csv';
import { normalizeCaption } from '../template';

/** A CSV with a header row: each cell of a data row looked up by one of its column's captions. */
export class CsvTable {
  readonly header: string[];
  readonly rows: string[][];
  private readonly index = new Map<string, number>();

  constructor(rows: string[][]) {
    this.header = (rows[0] ?? []).map(normalizeCaption);
    this.rows = rows.slice(1);
    this.header.forEach((caption, i) => {
      if (caption && !this.index.has(caption)) this.index.set(caption, i);
    });
  }

  has(...captions: string[]): boolean {
    return captions.some((c) => this.index.has(normalizeCaption(c)));
  }

  /** The first of the captions the header has, as a column index. */
  column(...captions: string[]): number | undefined {
    for (const caption of captions) {
      const i = this.index.get(normalizeCaption(caption));
      if (i !== undefined) return i;
    }
    return undefined;
  }

  /** The cell of `row` in the first of `captions` present, trimmed; '' when absent. */
  cell(row: readonly string[], ...captions: string[]): string {
    const i = this.column(...captions);
    return i === undefined ? '' : restoreFormula((row[i] ?? '').trim());
  }
}

/**
 * A list cell: one value per line, or comma-separated on one line, where a
 * value holding a comma is quoted (`"a, b",c`, as exports write it).
 */
export function listCell(cell: string): string[] {
  if (/[\r\n]/.test(cell))
    return cell
      .split(/[\r\n]+/)
      .map((v) => v.trim())
      .filter((v) => v !== '');
  const values: string[] = [];
  let current = '';
  let quoted = false;
  for (const ch of cell) {
    if (ch === '"' && (quoted || current.trim() === '')) {
      quoted = !quoted;
      if (!quoted) continue;
      current = '';
      continue;
    }
    if (ch === ',' && !quoted) {
      values.push(current.trim());
      current = '';
      continue;
    }
    current += ch;
  }
  values.push(current.trim());
  return values.filter((v) => v !== '');
}
