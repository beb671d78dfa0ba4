/**
 * Reads Segment's tracking-plan CSV (the file Protocols downloads, Avo
 * imports, and our CSV export writes) as the template's tabs, so that
 * `tracking-plan lint` checks it like the sheet it came from.
 *
 * Segment's CSV holds every call type in one table: an Event Type column
 * (Track, Identify, Group), the event's name on each of its rows, one
 * Description column for events and properties alike, and Segment's type
 * names (`string, int, float, bool, object, array, any`, with `,null` for an
 * optional field). Each row is placed on the same row of the Track, Identify
 * or Group tab it belongs to, so a finding points at the CSV's own line.
 */
import { restoreFormula, SEGMENT_TYPES } from './export/csv';
import { listCell } from './import/csv-table';
import { typeWord, unionText } from './import/types';
import { HEADER_SEARCH_ROWS } from './header';
import { type SheetData, isRequired } from './parse';
import { normalizeCaption, tabDef } from './template';

type SegmentColumn = 'eventType' | 'eventName' | 'propertyName' | 'description' | 'labels' | 'dataType' | 'required' | 'enumValues';

const CAPTIONS: Record<SegmentColumn, string> = {
  eventType: 'Event Type',
  eventName: 'Event Name',
  propertyName: 'Property Name',
  description: 'Description',
  labels: 'Labels',
  dataType: 'Property Data Type',
  required: 'Required',
  enumValues: 'Enum Values',
};

/** Columns that must all be in a header row for the file to be Segment's CSV. */
const ESSENTIAL: readonly SegmentColumn[] = ['eventType', 'eventName', 'propertyName'];

interface SegmentHeader {
  row: number;
  columns: Partial<Record<SegmentColumn, number>>;
}

function findSegmentHeader(values: readonly (readonly unknown[])[]): SegmentHeader | undefined {
  const wanted = new Map(Object.entries(CAPTIONS).map(([key, caption]) => [normalizeCaption(caption), key as SegmentColumn]));
  for (let r = 0; r < Math.min(values.length, HEADER_SEARCH_ROWS); r++) {
    const columns: Partial<Record<SegmentColumn, number>> = {};
    (values[r] ?? []).forEach((cell, i) => {
      const key = wanted.get(normalizeCaption(cell));
      if (key && columns[key] === undefined) columns[key] = i;
    });
    if (ESSENTIAL.every((key) => columns[key] !== undefined)) return { row: r, columns };
  }
  return undefined;
}

/** Whether these values are Segment's tracking-plan CSV rather than one tab of the template. */
export function isSegmentCsv(values: readonly (readonly unknown[])[]): boolean {
  return findSegmentHeader(values) !== undefined;
}

/** Segment's type names, the template's that the export writes as they are, and JSON Schema's date-time: the words read back as types. */
const SEGMENT_WORDS = new Set([...Object.keys(SEGMENT_TYPES), ...Object.values(SEGMENT_TYPES), 'datetime', 'date-time']);

/**
 * A Property Data Type cell in the template's words: `int` -> Integer,
 * `string,null` -> String | Null. The `,null` that only marks an optional
 * field (Required is false) is dropped once; a word Segment does not use is
 * kept as written, for the checker to explain. The import reads it the same.
 */
export function templateType(dataType: string, required: boolean): string {
  const words = listCell(dataType);
  // A lone `null` on an optional field is an untyped field; `null,null` a field typed Null.
  if (!required && words.length && words[words.length - 1].toLowerCase() === 'null') words.pop();
  return unionText(words.map((w) => (SEGMENT_WORDS.has(w.toLowerCase()) ? typeWord(w) : w)));
}

/**
 * Whether a row's field is required: its Required cell where the file has
 * that column, otherwise a `required:true` label (older files).
 */
export function segmentRequired(requiredCell: string | undefined, labels: string): boolean {
  if (requiredCell !== undefined) return isRequired(requiredCell);
  return listCell(labels).some((l) => /^required\s*:\s*true$/i.test(l));
}

/** The Type of a row's field. Without a Required column a trailing `null` is part of the type, not Segment's mark of an optional field. */
export function segmentType(dataType: string, required: boolean, hasRequiredColumn: boolean): string {
  return templateType(dataType, required || !hasRequiredColumn);
}

/** `spec:Ecommerce v2` in a Labels cell (labels are `key:value`, comma-separated); '' when there is none. */
export function specLabel(labels: string): string {
  const label = listCell(labels).find((l) => /^spec\s*:/i.test(l));
  return label ? label.replace(/^spec\s*:\s*/i, '').trim() : '';
}

/**
 * The Track, Identify and Group tabs a Segment CSV stands for. Each tab has
 * the CSV's rows at their own row numbers (other rows blank). A property row
 * whose event has no row of its own starts that event.
 */
export function segmentCsvSheets(values: readonly (readonly unknown[])[]): SheetData[] {
  const header = findSegmentHeader(values);
  if (!header) return [];
  const width = Math.max(...values.slice(header.row).map((r) => r.length), 0);
  const at = (key: SegmentColumn) => header.columns[key];
  // Where each template column sits: the CSV's own column where there is one,
  // after the last CSV column where Segment's CSV has none of its own.
  const trackColumns: Record<string, number> = {
    'Event Name': at('eventName')!,
    'Property Name': at('propertyName')!,
    Type: at('dataType') ?? width + 5,
    'Property Description': at('description') ?? width,
    Required: at('required') ?? width + 1,
    'Allowed Values': at('enumValues') ?? width + 2,
    'Fires When...': width + 3,
    Spec: width + 4,
  };
  const traitColumns: Record<string, number> = {
    Trait: at('propertyName')!,
    Type: at('dataType') ?? width + 5,
    'Trait Description': at('description') ?? width,
    Required: at('required') ?? width + 1,
    'Allowed Values': at('enumValues') ?? width + 2,
  };
  const rowOf = (columns: Record<string, number>, cells: Record<string, string>) => {
    const row: string[] = new Array(width + 6).fill('');
    for (const [caption, text] of Object.entries(cells)) row[columns[caption]] = text;
    return row;
  };
  const track: string[][] = [];
  const identify: string[][] = [];
  const group: string[][] = [];
  for (const rows of [track, identify, group]) for (let r = 0; r < values.length; r++) rows.push([]);
  track[header.row] = rowOf(trackColumns, Object.fromEntries(Object.keys(trackColumns).map((c) => [c, c])));
  identify[header.row] = rowOf(traitColumns, Object.fromEntries(Object.keys(traitColumns).map((c) => [c, c])));
  group[header.row] = rowOf(traitColumns, Object.fromEntries(Object.keys(traitColumns).map((c) => [c, c])));

  const text = (row: readonly unknown[], key: SegmentColumn) => {
    const column = at(key);
    const value = column === undefined ? undefined : row[column];
    return value === undefined || value === null ? '' : restoreFormula(String(value));
  };
  let currentEvent: string | undefined;
  for (let r = header.row + 1; r < values.length; r++) {
    const row = values[r] ?? [];
    const eventType = text(row, 'eventType').trim().toLowerCase();
    const name = text(row, 'propertyName');
    const hasRequiredColumn = at('required') !== undefined;
    const required = segmentRequired(hasRequiredColumn ? text(row, 'required') : undefined, text(row, 'labels'));
    const field = {
      Type: segmentType(text(row, 'dataType'), required, hasRequiredColumn),
      Required: required ? 'TRUE' : '',
      'Allowed Values': text(row, 'enumValues'),
    };
    if (eventType === 'track') {
      const event = text(row, 'eventName');
      if (name.trim() === '') {
        track[r] = rowOf(trackColumns, { 'Event Name': event, 'Fires When...': text(row, 'description'), Spec: specLabel(text(row, 'labels')) });
        currentEvent = event;
        continue;
      }
      const starts = event !== currentEvent;
      currentEvent = event;
      track[r] = rowOf(trackColumns, {
        ...(starts ? { 'Event Name': event } : {}),
        'Property Name': name,
        ...field,
        'Property Description': text(row, 'description'),
      });
    } else if (eventType === 'identify' || eventType === 'group') {
      const cells = { Trait: name, ...field, 'Trait Description': text(row, 'description') };
      (eventType === 'identify' ? identify : group)[r] = rowOf(traitColumns, cells);
    }
  }
  return [
    { name: tabDef('track').name, values: track },
    { name: tabDef('identify').name, values: identify },
    { name: tabDef('group').name, values: group },
  ];
}
