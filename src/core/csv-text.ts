/**
 * Delimited text (RFC 4180 CSV as Sheets writes it, or with semicolons or
 * tabs) as rows of cells: the one parser the command line and the import
 * share.
 */

export type Delimiter = ',' | ';' | '\t';

/** A CSV that cannot be read as written; `line` is where the problem starts (1-based). */
export class CsvError extends Error {
  constructor(
    message: string,
    readonly line: number,
  ) {
    super(message);
    this.name = 'CsvError';
  }
}

export interface CsvOptions {
  delimiter?: Delimiter;
  /** Stop after this many rows (for sniffing the delimiter); an open quote at the cut is then no error. */
  maxRows?: number;
}

/**
 * RFC 4180 CSV (as Sheets writes it): quoted fields may hold delimiters,
 * quotes and line breaks. A quote opened and never closed is a CsvError at
 * the line where it opened: reading on would swallow the rest of the file
 * into one cell and pass it silently.
 */
export function parseCsv(text: string, options: CsvOptions = {}): string[][] {
  const delimiter = options.delimiter ?? ',';
  const maxRows = options.maxRows ?? Infinity;
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  let line = 1;
  let quoteLine = 0;
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  for (let i = 0; i < source.length; i++) {
    const ch = source[i];
    if (quoted) {
      if (ch === '"' && source[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else {
        if (ch === '\n' || (ch === '\r' && source[i + 1] !== '\n')) line++;
        field += ch;
      }
      continue;
    }
    if (ch === '"' && field === '') {
      quoted = true;
      quoteLine = line;
    } else if (ch === delimiter) {
      row.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && source[i + 1] === '\n') i++;
      line++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      if (rows.length >= maxRows) return rows;
    } else field += ch;
  }
  if (quoted && maxRows === Infinity) {
    throw new CsvError(
      `line ${quoteLine}: a quoted field opens here and never closes (a " is missing), so the rest of the file would be read as one cell`,
      quoteLine,
    );
  }
  if (field !== '' || row.length) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}
