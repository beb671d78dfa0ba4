/**
 * Small pure helpers shared by the spreadsheet fake: A1 notation, colour normalisation,
 * and the conversions Sheets applies to values written by a script (typed input parsing)
 * and to values displayed (getDisplayValues).
 *
 * The A1 helpers repeat src/core/a1.ts on purpose: the fake must not share the product's
 * code, or a bug there would be mirrored here and every test would still pass. Keep the
 * two independent (the `duplicates` report lists them as a pair; that is expected).
 */
import { gasError, isDate } from './calls';
import { typedValue } from './typed-input';

export type CellValue = string | number | boolean | Date;

export function colToLetters(col: number): string {
  let s = '';
  let n = col;
  while (n > 0) {
    const m = (n - 1) % 26;
    s = String.fromCharCode(65 + m) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

export function lettersToCol(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

export function cellA1(row: number, col: number): string {
  return `${colToLetters(col)}${row}`;
}

export function rangeA1(row: number, col: number, numRows: number, numCols: number): string {
  const a = cellA1(row, col);
  if (numRows === 1 && numCols === 1) return a;
  return `${a}:${cellA1(row + numRows - 1, col + numCols - 1)}`;
}

/** A parsed A1 reference; undefined bounds mean "open" (whole column / whole row). */
export interface A1Ref {
  sheet?: string;
  r1?: number;
  c1?: number;
  r2?: number;
  c2?: number;
}

const CELL = /^\$?([A-Za-z]{0,3})\$?(\d*)$/;

/** Parse 'A1', 'A1:B2', 'A:C', '2:5', 'A2:C', "'My tab'!A1:B2". Throws "Range not found". */
export function parseA1(input: string): A1Ref {
  let s = String(input).trim();
  const out: A1Ref = {};
  const bang = s.lastIndexOf('!');
  if (bang >= 0) {
    let name = s.slice(0, bang);
    if (name.startsWith("'") && name.endsWith("'")) name = name.slice(1, -1).replace(/''/g, "'");
    out.sheet = name;
    s = s.slice(bang + 1);
  }
  const parts = s.split(':');
  if (parts.length > 2 || !s) throw gasError('Range not found');
  const a = CELL.exec(parts[0]);
  const b = parts.length === 2 ? CELL.exec(parts[1]) : a;
  if (!a || !b || (!a[1] && !a[2]) || (!b[1] && !b[2])) throw gasError('Range not found');
  if (parts.length === 1 && (!a[1] || !a[2])) throw gasError('Range not found');
  const c1 = a[1] ? lettersToCol(a[1]) : undefined;
  const c2 = b[1] ? lettersToCol(b[1]) : undefined;
  const r1 = a[2] ? Number(a[2]) : undefined;
  const r2 = b[2] ? Number(b[2]) : undefined;
  out.c1 = c1 !== undefined && c2 !== undefined ? Math.min(c1, c2) : c1;
  out.c2 = c1 !== undefined && c2 !== undefined ? Math.max(c1, c2) : c2;
  out.r1 = r1 !== undefined && r2 !== undefined ? Math.min(r1, r2) : r1;
  out.r2 = r1 !== undefined && r2 !== undefined ? Math.max(r1, r2) : r2;
  if (out.r1 === 0 || out.r2 === 0) throw gasError('Range not found');
  return out;
}

const NAMED_COLORS: Record<string, string> = {
  white: '#ffffff',
  black: '#000000',
  red: '#ff0000',
  green: '#008000',
  lime: '#00ff00',
  blue: '#0000ff',
  yellow: '#ffff00',
  orange: '#ffa500',
  gray: '#808080',
  grey: '#808080',
  purple: '#800080',
  pink: '#ffc0cb',
  cyan: '#00ffff',
  magenta: '#ff00ff',
};

/** Sheets stores colours as lower-case #rrggbb; null resets to the default. */
export function normColor(c: unknown, dflt: string): string {
  if (c === null || c === undefined || c === '') return dflt;
  let s = String(c).trim().toLowerCase();
  if (NAMED_COLORS[s]) return NAMED_COLORS[s];
  if (/^#[0-9a-f]{3}$/.test(s)) s = '#' + s[1] + s[1] + s[2] + s[2] + s[3] + s[3];
  return s;
}

/**
 * What a cell holds after a script writes `v` with setValue/setValues: Sheets parses
 * text like typed input - '42', '1,000', '$5' and '50%' become numbers, 'true' TRUE,
 * '3/4/2024' and '12:30' dates (see typed-input.ts), a leading apostrophe forces text, '=...' becomes a formula. Cells formatted as plain
 * text ('@') keep the text as written.
 */
export function parseInput(v: unknown, plainText: boolean): { v: CellValue; f?: string } {
  if (v === null || v === undefined) return { v: '' };
  if (typeof v === 'number') return { v: Number.isFinite(v) ? v : '#NUM!' };
  if (typeof v === 'boolean') return { v };
  if (isDate(v)) return { v: new Date(v.getTime()) };
  if (typeof v !== 'string') return { v: String(v) };
  if (plainText) return { v };
  if (v.startsWith("'")) return { v: v.slice(1) };
  if (v.length > 1 && v.startsWith('=')) return { v: '', f: v };
  const typed = typedValue(v);
  return typed === undefined ? { v } : { v: typed };
}

function pad2(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

/** getDisplayValues with the default (automatic) number format and en_US locale. */
export function displayValue(v: CellValue): string {
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  if (typeof v === 'number') return String(Number(v.toPrecision(15)));
  if (isDate(v)) {
    const date = `${v.getMonth() + 1}/${v.getDate()}/${v.getFullYear()}`;
    if (v.getHours() === 0 && v.getMinutes() === 0 && v.getSeconds() === 0) return date;
    return `${date} ${v.getHours()}:${pad2(v.getMinutes())}:${pad2(v.getSeconds())}`;
  }
  return String(v);
}

export function copyValue(v: CellValue): CellValue {
  return isDate(v) ? new Date(v.getTime()) : v;
}
