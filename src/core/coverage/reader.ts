/**
 * Reads one observed file, chunk by chunk, into an Observation: finds its
 * format from the content (JSON when it starts with `{` or `[`, otherwise a
 * CSV told apart by its header row), then turns each record into an event.
 *
 * The reader's state is plain JSON, so the sidebar can send a large upload
 * in slices, one Apps Script execution each, carrying the state between them.
 */
import { UserError } from '../errors';
import {
  captionKey,
  countingColumns,
  detectCsvFormat,
  detectJsonFormat,
  FORMAT_LABELS,
  isObject,
  isReservedEvent,
  type ObservedFormat,
  reservedPropertyTest,
} from './formats';
import { CALL_NAMES, type Observation } from './observation';
import { csvEnd, csvPush, type CsvState, csvStart, jsonPush, type JsonState, jsonStart } from './splitters';
import { plural } from '../counts';

export interface ReaderState {
  /** The file or tab, as named in messages. */
  source: string;
  /** 'json' or 'csv' once the first non-blank character is seen. */
  syntax?: 'json' | 'csv';
  format?: ObservedFormat;
  csv?: CsvState;
  json?: JsonState;
  /** A CSV's header row, once found. */
  header?: string[];
  /** Records read into events. */
  records: number;
  /** Records that could not be read, and the first reason. */
  skipped: number;
  firstProblem?: string;
  /** Record number of the last record seen (for messages). */
  line: number;
}

export interface ReadSummary {
  source: string;
  format: ObservedFormat;
  label: string;
  records: number;
  skipped: number;
  /** Things the person should know: records skipped and why. */
  notes: string[];
}

export function readerStart(source: string): ReaderState {
  return { source, records: 0, skipped: 0, line: 0 };
}

function skip(state: ReaderState, why: string): void {
  state.skipped++;
  if (state.firstProblem === undefined) state.firstProblem = why;
}

// ------------------------------------------------------------------ JSON

function readJsonRecord(state: ReaderState, text: string, observation: Observation, parsed?: unknown): void {
  state.line++;
  let record: unknown = parsed;
  if (record === undefined) {
    try {
      record = JSON.parse(text);
    } catch {
      skip(state, `record ${state.line} is not valid JSON`);
      return;
    }
  }
  if (!isObject(record)) return skip(state, `record ${state.line} is not a JSON object`);
  if (!state.format) {
    const format = detectJsonFormat(record);
    if (!format) {
      throw new UserError(
        `${state.source}: the first record is JSON but not an event of a known export (a Segment message with "type", an Amplitude event with "event_type", or a Mixpanel event with "event").`,
      );
    }
    state.format = format;
  }
  const source = state.source;
  const format = state.format;
  const reserved = reservedPropertyTest(format);
  if (format === 'segment-events') {
    const type = typeof record.type === 'string' ? record.type.toLowerCase() : '';
    const time = record.timestamp ?? record.originalTimestamp ?? record.receivedAt ?? record.sentAt;
    if (type === 'track') {
      const name = record.event;
      if (typeof name !== 'string' || !name.trim()) return skip(state, `record ${state.line} is a track call with no event name`);
      observation.addEvent('track', name, source, isObject(record.properties) ? record.properties : {}, time, reserved);
    } else if (type === 'identify' || type === 'group') {
      const context = isObject(record.context) ? record.context : undefined;
      const traits = isObject(record.traits) ? record.traits : type === 'identify' && context && isObject(context.traits) ? context.traits : {};
      observation.addEvent(type, CALL_NAMES[type], source, traits, time, reserved);
    } else if (type === 'page' || type === 'screen') {
      const properties = isObject(record.properties) ? record.properties : {};
      const name = typeof record.name === 'string' && record.name.trim() ? record.name : typeof properties.name === 'string' ? properties.name : '';
      // An unnamed page call names nothing a plan could list.
      if (!name.trim()) return;
      observation.addCount(type, name, source, 1, time);
    } else if (type !== 'alias') return skip(state, `record ${state.line} has an unknown call type "${String(record.type).slice(0, 40)}"`);
  } else if (format === 'amplitude-events') {
    const name = record.event_type;
    if (typeof name !== 'string' || !name.trim()) return skip(state, `record ${state.line} has no event_type`);
    if (isReservedEvent(format, name)) return;
    observation.addEvent('track', name, source, isObject(record.event_properties) ? record.event_properties : {}, record.event_time ?? record.time, reserved);
  } else {
    const name = record.event;
    if (typeof name !== 'string' || !name.trim()) return skip(state, `record ${state.line} has no event name`);
    if (isReservedEvent(format, name)) return;
    const properties = isObject(record.properties) ? record.properties : {};
    observation.addEvent('track', name, source, properties, properties.time, reserved);
  }
  state.records++;
}

// ------------------------------------------------------------------- CSV

/** A CSV cell as the value it most likely was when sent: numbers, booleans, JSON objects and arrays. */
export function csvValue(text: string): unknown {
  const t = text.trim();
  if (t === '') return undefined;
  if (/^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?$/.test(t)) return Number(t);
  if (t === 'true' || t === 'false') return t === 'true';
  if (t === 'null') return null;
  if ((t[0] === '{' && t[t.length - 1] === '}') || (t[0] === '[' && t[t.length - 1] === ']')) {
    try {
      return JSON.parse(t);
    } catch {
      return text;
    }
  }
  return text;
}

/** A count cell: "1,234" and "1234" are 1234; anything else is not a count. */
function countOf(text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  const t = text.trim().replace(/[,\s]/g, '');
  return /^\d+$/.test(t) ? Number(t) : undefined;
}

function isBlankRow(row: readonly string[]): boolean {
  for (const cell of row) if (cell.trim() !== '') return false;
  return true;
}

function readCsvRow(state: ReaderState, row: string[], observation: Observation): void {
  state.line++;
  if (isBlankRow(row)) return;
  // GA4 and other report downloads put comment lines above the table.
  if (row[0].trimStart().startsWith('#')) return;
  if (!state.header) {
    const format = detectCsvFormat(row);
    if (!format) {
      // Still above the table (a title line, say): look a little further.
      if (state.line <= 20) return;
      throw new UserError(`${state.source}: no header row with an event name column (such as "Event Name", "event" or "event_type") in its first 20 lines.`);
    }
    state.header = row.slice();
    state.format = format;
    return;
  }
  const format = state.format!;
  const header = state.header;
  const source = state.source;
  if (format === 'amplitude-csv' || format === 'mixpanel-csv') {
    const keys = header.map(captionKey);
    const nameAt = keys.indexOf(format === 'amplitude-csv' ? 'event type' : 'event');
    const name = row[nameAt] ?? '';
    if (!name.trim()) return skip(state, `line ${state.line} has no event name`);
    if (isReservedEvent(format, name)) return;
    const reserved = reservedPropertyTest(format);
    const properties: Record<string, unknown> = Object.create(null);
    let time: unknown;
    for (let c = 0; c < header.length; c++) {
      if (c === nameAt) continue;
      const key = keys[c];
      const cell = row[c] ?? '';
      if (key === 'event time' || key === 'time') {
        time = cell;
        if (format === 'amplitude-csv') continue;
      }
      if (key === 'event properties' || key === 'properties') {
        const value = csvValue(cell);
        if (isObject(value)) for (const k of Object.keys(value)) properties[k] = value[k];
        continue;
      }
      const prefix = format === 'amplitude-csv' ? /^event[._]properties[._](.+)$/ : /^properties[._](.+)$/;
      const m = prefix.exec(header[c].trim());
      // Amplitude's other columns (user_id, device_id, ...) describe the user, not the event.
      if (!m && format === 'amplitude-csv') continue;
      const property = m ? m[1] : header[c].trim();
      if (!property) continue;
      const value = csvValue(cell);
      if (value !== undefined) properties[property] = value;
    }
    observation.addEvent('track', name, source, properties, time, reserved);
    state.records++;
    return;
  }
  const columns = countingColumns(header, format);
  const name = row[columns.name] ?? '';
  if (!name.trim()) return skip(state, `line ${state.line} has no event name`);
  if (format === 'ga4-csv' && /^(grand )?totals?$/i.test(name.trim())) return;
  if (isReservedEvent(format, name)) return;
  let count = 1;
  if (columns.count !== undefined) {
    const n = countOf(row[columns.count]);
    if (n === undefined) return skip(state, `line ${state.line} has "${(row[columns.count] ?? '').slice(0, 20)}" where a count goes`);
    count = n;
  }
  const lastSeen = columns.lastSeen !== undefined ? row[columns.lastSeen] : undefined;
  observation.addCount('track', name, source, count, lastSeen && lastSeen.trim() ? lastSeen : undefined);
  state.records++;
}

// ------------------------------------------------------------------ driver

/** Feeds one chunk of the file's text. */
export function readerPush(state: ReaderState, text: string, observation: Observation): void {
  if (!state.syntax) {
    const first = /\S/.exec(text.replace(/^\uFEFF/, ''));
    if (!first) return;
    state.syntax = first[0] === '{' || first[0] === '[' ? 'json' : 'csv';
    if (state.syntax === 'json') state.json = jsonStart();
    else state.csv = csvStart();
  }
  if (state.syntax === 'json') jsonPush(state.json!, text, (record, parsed) => readJsonRecord(state, record, observation, parsed));
  else csvPush(state.csv!, text, (row) => readCsvRow(state, row, observation));
}

function problemNote(state: ReaderState): string[] {
  if (!state.skipped) return [];
  return [`${state.source}: ${plural(state.skipped, 'record')} could not be read (${state.firstProblem}).`];
}

/** Ends the file: reads a last line with no line break, and says what was read. */
export function readerEnd(state: ReaderState, observation: Observation): ReadSummary {
  if (state.syntax === 'csv') csvEnd(state.csv!, (row) => readCsvRow(state, row, observation));
  if (!state.syntax) throw new UserError(`${state.source} is empty.`);
  if (state.syntax === 'json') {
    const json = state.json!;
    if (json.depth > 0) throw new UserError(`${state.source} ends in the middle of a JSON record: is the file complete?`);
    if (!state.format && json.stray) throw new UserError(`${state.source} is neither JSON events nor CSV: it starts like JSON but holds "${json.stray}".`);
  }
  if (!state.format) {
    throw new UserError(
      state.syntax === 'csv'
        ? `${state.source}: no header row with an event name column (such as "Event Name", "event" or "event_type").`
        : `${state.source} holds no events.`,
    );
  }
  return {
    source: state.source,
    format: state.format,
    label: FORMAT_LABELS[state.format],
    records: state.records,
    skipped: state.skipped,
    notes: problemNote(state),
  };
}

/** Reads rows a user pasted into a tab, as if they were a CSV file's rows. */
export function readObservedRows(source: string, rows: readonly (readonly string[])[], observation: Observation): ReadSummary {
  const state = readerStart(source);
  state.syntax = 'csv';
  state.csv = csvStart();
  for (const row of rows) {
    // A tab holding one JSON event per row (pasted JSON lines) reads as JSON.
    if (!state.header && state.syntax === 'csv' && row.length && /^\s*\{/.test(row[0] ?? '')) {
      state.syntax = 'json';
      state.json = jsonStart();
    }
    if (state.syntax === 'json') {
      const text = row.join(',').trim();
      if (text) jsonPush(state.json!, text + '\n', (record, parsed) => readJsonRecord(state, record, observation, parsed));
    } else readCsvRow(state, row.slice(), observation);
  }
  if (!state.format) state.syntax = state.syntax ?? 'csv';
  return readerEnd(state, observation);
}
