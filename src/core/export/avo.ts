/**
 * The plan as a CSV in Avo's "Ultimate Tracking Plan Template", the format
 * Avo's importer documents (avohq/docs, "Import a CSV of Your Existing
 * Tracking Plan"): its required columns, then Property Type and Event Tags.
 * One row per event property, each naming its event; an event with no
 * properties has one row of its own. Avo has no nested properties: a path
 * such as `products.$.sku` is imported under that name.
 */
import { eventKey, type Plan, type TrackEvent, type TrackProperty } from '../plan';
import { csvDocument } from './csv';
import { type JsonSchema, splitAllowedValues, typeSchema } from './json-schema';

export const AVO_COLUMNS = [
  'Event Name',
  'Event Description',
  'Event Category',
  'Sources',
  'Property Name',
  'Property Description',
  'Property Value Type',
  'Is Property Required?',
  'Is Property Array?',
  'Property Enumeration Options',
  'Property Type',
  'Event Tags',
] as const;

/** Avo's value types: `string, int, float, bool, object, any`. */
export type AvoValueType = 'string' | 'int' | 'float' | 'bool' | 'object' | 'any';

function single(schema: JsonSchema | undefined): string | undefined {
  if (!schema || schema.type === undefined) return undefined;
  if (!Array.isArray(schema.type)) return schema.type;
  const types = schema.type.filter((t) => t !== 'null');
  return types.length === 1 ? types[0] : undefined;
}

const AVO_TYPES: Record<string, AvoValueType> = { string: 'string', integer: 'int', number: 'float', boolean: 'bool', object: 'object' };

/** A Type cell as Avo's value type and array flag: Array[String] is a string that is an array; Date a string. */
export function avoType(type: string | undefined): { valueType: AvoValueType; isArray: boolean } {
  const schema = typeSchema(type);
  if (single(schema) === 'array') return { valueType: AVO_TYPES[single(schema!.items) ?? ''] ?? 'any', isArray: true };
  return { valueType: AVO_TYPES[single(schema) ?? ''] ?? 'any', isArray: false };
}

function row(event: TrackEvent, property: TrackProperty | undefined): string[] {
  const cells: Partial<Record<(typeof AVO_COLUMNS)[number], string>> = {
    'Event Name': event.name.text.replace(/\s+/g, ' ').trim(),
    'Event Description': event.firesWhen?.text ?? '',
    'Event Category': event.businessGoal?.text.trim() ?? '',
    'Event Tags': event.spec && event.spec.text.trim() ? `Spec:${event.spec.text.trim()}` : '',
  };
  if (property) {
    const type = avoType(property.type?.text);
    Object.assign(cells, {
      'Property Name': property.name.text.trim(),
      'Property Description': property.description?.text ?? '',
      'Property Value Type': type.valueType,
      'Is Property Required?': property.required ? 'true' : 'false',
      'Is Property Array?': type.isArray ? 'true' : 'false',
      'Property Enumeration Options': splitAllowedValues(property.allowedValues?.text).join(','),
      'Property Type': 'Event',
    });
  }
  return AVO_COLUMNS.map((c) => cells[c] ?? '');
}

export function toAvoCsv(plan: Plan): string {
  const rows: string[][] = [[...AVO_COLUMNS]];
  const seen = new Set<string>();
  for (const event of plan.events) {
    const key = eventKey(event.name.text);
    if (!key || seen.has(key)) continue;
    seen.add(key);
    if (!event.properties.length) rows.push(row(event, undefined));
    for (const property of event.properties) rows.push(row(event, property));
  }
  return csvDocument(rows);
}
