/**
 * The plan as CSV in the columns of Segment's tracking-plan CSV, as Segment
 * Protocols and Avo's importer read it (Avo documents the columns: Version,
 * Event Type, Event Name, Property Name, Description, Labels, Property Data
 * Type, Enum Values), with Required in its own column. One row per event,
 * then one row per property or trait, every row of the sheet as written, so
 * `tracking-plan lint` reads the file back to the same plan (segment-csv.ts).
 *
 * Cells a spreadsheet would run as a formula are neutralised as OWASP's "CSV
 * Injection" page advises, and quoting follows RFC 4180, so the file is safe
 * to open in Excel or Sheets.
 */
import { type Plan, type Trait, type TrackProperty } from '../plan';
import { splitAllowedValues, splitUnion } from './json-schema';

export const CSV_COLUMNS = [
  'Version',
  'Event Type',
  'Event Name',
  'Property Name',
  'Description',
  'Labels',
  'Property Data Type',
  'Required',
  'Enum Values',
] as const;

/** A cell that is only a number (`-1`, `+3.5`, `1e6`) is data, not a formula. */
const NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;

/**
 * A cell as text a spreadsheet shows as written: a leading `=`, `+`, `-`,
 * `@`, tab, carriage return, line feed or NUL gets an apostrophe, so
 * `=HYPERLINK(...)` from a sheet never runs. A plain number stays as it is.
 */
export function neutralizeFormula(text: string): string {
  if (NUMBER.test(text)) return text;
  return /^[=+\-@\t\r\n\0]/.test(text) ? `'${text}` : text;
}

/** Undoes neutralizeFormula (ours or another exporter's `'=x`): the text a sheet cell held. */
export function restoreFormula(text: string): string {
  return /^'[=+\-@\t\r\n\0]/.test(text) ? text.slice(1) : text;
}

/**
 * One RFC 4180 field: quoted when it holds a comma, quote or line break, and
 * also a semicolon, which spreadsheets in many locales take as the separator.
 */
export function csvField(text: string): string {
  const safe = neutralizeFormula(text);
  return /[",;\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function csvLine(cells: readonly string[]): string {
  return cells.map(csvField).join(',');
}

export function csvDocument(rows: readonly (readonly string[])[]): string {
  return rows.map(csvLine).join('\r\n') + '\r\n';
}

/**
 * Segment's type names for the template's types. Date is a string, Number a
 * float and Array[X] an array in Segment's names, so those distinctions do
 * not survive the CSV. Any other spelling (a synonym such as "text", a typo)
 * is written as the sheet has it, for the checker to explain when the file
 * is linted.
 */
export const SEGMENT_TYPES: Readonly<Record<string, string>> = {
  string: 'string',
  date: 'string',
  integer: 'int',
  number: 'float',
  float: 'float',
  boolean: 'bool',
  object: 'object',
  array: 'array',
  any: 'any',
  null: 'null',
};

function segmentTerm(term: string): string | undefined {
  if (/^array\s*\[\s*[a-z]+\s*\]$/i.test(term)) return 'array';
  return SEGMENT_TYPES[term.toLowerCase()];
}

/**
 * The Property Data Type cell: Segment's names joined with commas, and
 * `,null` after the type of a field that is not required (the convention
 * Avo documents for "optional"). A Type cell Segment has no name for is
 * written as it is, so nothing is silently changed into another type.
 */
export function segmentDataType(type: string | undefined, required: boolean): string {
  const text = (type ?? '').trim();
  let names: string[] = [];
  if (text) {
    const terms = splitUnion(text);
    const mapped = terms.map(segmentTerm);
    if (mapped.some((m) => m === undefined)) return text;
    names = mapped as string[];
  }
  if (!required) names.push('null');
  return names.join(',');
}

function fieldLine(eventType: string, event: string, row: TrackProperty | Trait): string[] {
  return [
    '1',
    eventType,
    event,
    row.name.text,
    row.description?.text ?? '',
    '',
    segmentDataType(row.type?.text, row.required),
    row.required ? 'true' : 'false',
    enumCell(row.allowedValues?.text),
  ];
}

/** Enum Values, comma-separated; a value holding a comma is quoted, as the Allowed Values cell writes it. */
export function enumCell(text: string | undefined): string {
  return splitAllowedValues(text)
    .map((v) => (/[,"]/.test(v) ? `"${v}"` : v))
    .join(',');
}

export function toCsv(plan: Plan): string {
  const lines: string[][] = [[...CSV_COLUMNS]];
  for (const event of plan.events) {
    const name = event.name.text;
    const labels = event.spec && event.spec.text.trim() ? `spec:${event.spec.text.trim()}` : '';
    lines.push(['1', 'Track', name, '', event.firesWhen?.text ?? '', labels, '', '', '']);
    for (const property of event.properties) lines.push(fieldLine('Track', name, property));
  }
  for (const trait of plan.identify) lines.push(fieldLine('Identify', '', trait));
  for (const trait of plan.group) lines.push(fieldLine('Group', '', trait));
  return csvDocument(lines);
}
