/**
 * The plan as CSV in the columns of Segment's tracking-plan CSV import: one
 * row per event or call type, then one row per property or trait. Cells that
 * a spreadsheet would run as a formula are neutralised, and quoting follows
 * RFC 4180, so the file is safe to open in Excel or Sheets.
 */
import { eventKey, Plan, Trait, TrackProperty } from '../plan';
import { eventName } from './protocols';
import { JsonSchema, splitAllowedValues, typeSchema } from './json-schema';

export const CSV_COLUMNS = [
  'Version',
  'Event Type',
  'Event Name',
  'Property Name',
  'Description',
  'Labels',
  'Property Data Type',
  'Allowed Property Values',
  'Enum Values',
] as const;

/**
 * A cell as text a spreadsheet shows as written: a leading `=`, `+`, `-`,
 * `@` (or a tab or carriage return, which some spreadsheets skip before
 * one) gets an apostrophe, so `=HYPERLINK(...)` from a sheet never runs.
 */
export function neutralizeFormula(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

/** One RFC 4180 field: quoted when it holds a comma, quote or line break. */
export function csvField(text: string): string {
  const safe = neutralizeFormula(text);
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function csvLine(cells: readonly string[]): string {
  return cells.map(csvField).join(',');
}

/** Lower-case JSON Schema type names, comma-separated for a union; the Type cell as written when unknown. */
function dataType(type: string | undefined): string {
  if (!type || !type.trim()) return '';
  const schema: JsonSchema | undefined = typeSchema(type);
  if (!schema) return type.trim();
  if (schema.type === undefined) return 'any';
  const types = Array.isArray(schema.type) ? schema.type : [schema.type];
  return types.join(',');
}

function fieldLine(eventType: string, event: string, row: TrackProperty | Trait): string[] {
  return [
    '1',
    eventType,
    event,
    row.name.text.trim(),
    row.description?.text ?? '',
    row.required ? 'required:true' : '',
    dataType(row.type?.text),
    '',
    splitAllowedValues(row.allowedValues?.text).join(','),
  ];
}

export function toCsv(plan: Plan): string {
  const lines: string[][] = [[...CSV_COLUMNS]];
  const seen = new Set<string>();
  for (const event of plan.events) {
    const name = eventName(event.name.text);
    if (!name || seen.has(eventKey(name))) continue;
    seen.add(eventKey(name));
    const labels = event.spec ? `spec:${event.spec.text.trim()}` : '';
    lines.push(['1', 'Track', name, '', event.firesWhen?.text ?? '', labels, '', '', '']);
    for (const property of event.properties) lines.push(fieldLine('Track', name, property));
  }
  for (const trait of plan.identify) lines.push(fieldLine('Identify', '', trait));
  for (const trait of plan.group) lines.push(fieldLine('Group', '', trait));
  return lines.map(csvLine).join('\r\n') + '\r\n';
}
