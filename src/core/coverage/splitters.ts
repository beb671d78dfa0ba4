/**
 * Incremental splitters: text arrives in chunks of any size (64 KB reads in
 * the CLI, slices of an upload in the sidebar) and whole records come out.
 * Their state is plain JSON, so a chunk boundary may fall anywhere, even
 * between two Apps Script executions.
 */

// ------------------------------------------------------------------ CSV rows

export interface CsvState {
  field: string;
  row: string[];
  quoted: boolean;
  /** The last chunk ended on a quote inside a quoted field: it may be the first of a doubled quote. */
  quotePending: boolean;
  /** The last chunk ended on a carriage return: a line feed starting the next belongs to it. */
  crPending: boolean;
}

export function csvStart(): CsvState {
  return { field: '', row: [], quoted: false, quotePending: false, crPending: false };
}

/**
 * Splits RFC 4180 CSV (quoted fields may hold commas, quotes and line
 * breaks) into rows, calling `onRow` for each complete one. Runs of plain
 * characters are copied with one slice, not one character at a time.
 */
export function csvPush(state: CsvState, text: string, onRow: (row: string[]) => void): void {
  let i = 0;
  const n = text.length;
  if (state.crPending) {
    state.crPending = false;
    if (text.charCodeAt(0) === 10) i = 1;
  }
  if (state.quotePending) {
    state.quotePending = false;
    if (n > 0 && text.charCodeAt(0) === 34) {
      state.field += '"';
      i = 1;
    } else state.quoted = false;
  }
  while (i < n) {
    if (state.quoted) {
      const q = text.indexOf('"', i);
      if (q < 0) {
        state.field += text.slice(i);
        return;
      }
      state.field += text.slice(i, q);
      if (q + 1 >= n) {
        state.quotePending = true;
        return;
      }
      if (text.charCodeAt(q + 1) === 34) {
        state.field += '"';
        i = q + 2;
      } else {
        state.quoted = false;
        i = q + 1;
      }
      continue;
    }
    let j = i;
    while (j < n) {
      const c = text.charCodeAt(j);
      if (c === 44 || c === 10 || c === 13 || (c === 34 && j === i && state.field === '')) break;
      j++;
    }
    if (j > i) state.field += text.slice(i, j);
    if (j >= n) return;
    const c = text.charCodeAt(j);
    if (c === 34) {
      state.quoted = true;
      i = j + 1;
    } else if (c === 44) {
      state.row.push(state.field);
      state.field = '';
      i = j + 1;
    } else {
      state.row.push(state.field);
      onRow(state.row);
      state.row = [];
      state.field = '';
      i = j + 1;
      if (c === 13) {
        if (i >= n) state.crPending = true;
        else if (text.charCodeAt(i) === 10) i++;
      }
    }
  }
}

/** The last row, when the text does not end with a line break. */
export function csvEnd(state: CsvState, onRow: (row: string[]) => void): void {
  if (state.field !== '' || state.row.length) {
    state.row.push(state.field);
    onRow(state.row);
  }
  state.row = [];
  state.field = '';
}

// ------------------------------------------------------------- JSON records

/** The end of a record that fills the rest of its line (`}` then, in an array, an optional comma), if it does. */
function wholeLine(text: string, from: number, inArray: boolean): { end: number; next: number } | undefined {
  const nl = text.indexOf('\n', from);
  if (nl < 0) return undefined;
  let end = nl;
  while (end > from && (text.charCodeAt(end - 1) === 13 || text.charCodeAt(end - 1) === 32 || text.charCodeAt(end - 1) === 9)) end--;
  if (inArray && text.charCodeAt(end - 1) === 44) end--;
  return text.charCodeAt(end - 1) === 125 ? { end, next: inArray && end < nl && text.charCodeAt(end) === 44 ? end + 1 : end } : undefined;
}

export interface JsonState {
  /** Text of the record being read (from its opening brace). */
  pending: string;
  /** Nesting depth inside the current record. */
  depth: number;
  inString: boolean;
  escaped: boolean;
  /** The text is one JSON array of records rather than one record per line. */
  inArray: boolean;
  /** The outer array has been closed. */
  closed: boolean;
  /** Characters outside any record that are not separators (for the error message). */
  stray: string;
}

export function jsonStart(): JsonState {
  return { pending: '', depth: 0, inString: false, escaped: false, inArray: false, closed: false, stray: '' };
}

/**
 * Cuts records out of JSON lines, a JSON array of objects, or objects one
 * after another, however they are indented: a scan that tracks strings and
 * nesting, handing each complete top-level object's text to `onRecord`.
 */
export function jsonPush(state: JsonState, text: string, onRecord: (json: string, parsed?: unknown) => void): void {
  const n = text.length;
  let start = state.depth > 0 ? 0 : -1;
  let i = 0;
  while (i < n) {
    if (state.depth === 0) {
      // Between records: skip separators up to the next object.
      const c = text.charCodeAt(i);
      if (c === 123) {
        // JSON lines, the common case: a whole record on one line is parsed
        // without scanning it character by character (several times faster).
        const line = wholeLine(text, i, state.inArray);
        if (line !== undefined) {
          let parsed: unknown;
          try {
            parsed = JSON.parse(text.slice(i, line.end));
          } catch {
            parsed = undefined;
          }
          if (parsed !== undefined) {
            onRecord(text.slice(i, line.end), parsed);
            i = line.next;
            continue;
          }
        }
        start = i;
        state.depth = 1;
        state.pending = '';
      } else if (c === 91 && !state.inArray && !state.closed) state.inArray = true;
      else if (c === 93 && state.inArray) {
        state.inArray = false;
        state.closed = true;
      } else if (c !== 44 && c !== 32 && c !== 10 && c !== 13 && c !== 9 && c !== 0xfeff && state.stray.length < 20) state.stray += text[i];
      i++;
      continue;
    }
    if (state.inString) {
      // Jump to the next quote or backslash.
      let j = i;
      while (j < n) {
        const c = text.charCodeAt(j);
        if (state.escaped) {
          state.escaped = false;
        } else if (c === 92) state.escaped = true;
        else if (c === 34) break;
        j++;
      }
      if (j >= n) break;
      state.inString = false;
      i = j + 1;
      continue;
    }
    const c = text.charCodeAt(i);
    if (c === 34) state.inString = true;
    else if (c === 123 || c === 91) state.depth++;
    else if (c === 125 || c === 93) {
      state.depth--;
      if (state.depth === 0) {
        onRecord(state.pending + text.slice(start, i + 1));
        state.pending = '';
        start = -1;
      }
    }
    i++;
  }
  if (state.depth > 0 && start >= 0) state.pending += text.slice(start);
}
