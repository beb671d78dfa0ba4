/**
 * The plan as Amplitude Data's tracking-plan CSV import: one file of events
 * and their properties (from the Track tab), one of user properties (from
 * the Identify tab), each with every column Amplitude's ".CSV import and
 * export" page lists, spelled as it spells them ("The file's header must
 * contain all listed fields ... names and values must be exact in spelling
 * and capitalization"). An event row is followed by one row per property.
 */
import { type Plan, type Trait, type TrackProperty } from '../plan';
import { csvDocument } from './csv';
import { DATE_TIME_PATTERN, type JsonSchema, splitAllowedValues, typeSchema } from './json-schema';

/** The columns that describe a property's values, last in both files and in this order. */
const VALUE_COLUMNS = [
  'Property Is Array',
  'Enum Values',
  'Property Regex',
  'Const Value',
  'String Property Value Min Length',
  'String Property Value Max Length',
  'Number Property Value Min',
  'Number Property Value Max',
  'Number Is Integer',
  'Array Min Items',
  'Array Max Items',
  'Array Unique Items',
] as const;

export const AMPLITUDE_EVENT_COLUMNS = [
  'Action',
  'Object Type',
  'Object Name',
  'Event Display Name',
  'Object description',
  'Event Category',
  'Tags',
  'Event Activity',
  'Event Source',
  'Property Type',
  'Property Group Names',
  'Event Property Name',
  'Property Description',
  'Property Value Type',
  'Property Required',
  ...VALUE_COLUMNS,
] as const;

export const AMPLITUDE_USER_PROPERTY_COLUMNS = [
  'Action',
  'Property Type',
  'Property Name',
  'Property description',
  'Property Value Type',
  ...VALUE_COLUMNS,
] as const;

/** Amplitude's value types. */
export type AmplitudeValueType = 'string' | 'number' | 'boolean' | 'any' | 'enum' | 'const';

export interface AmplitudeField {
  valueType: AmplitudeValueType;
  isArray: boolean;
  isInteger: boolean;
  enumValues: string;
  regex: string;
}

function single(schema: JsonSchema | undefined): string | undefined {
  if (!schema || schema.type === undefined) return undefined;
  return Array.isArray(schema.type) ? (schema.type.filter((t) => t !== 'null').length === 1 ? schema.type.find((t) => t !== 'null') : undefined) : schema.type;
}

/**
 * A Type cell in Amplitude's words: String/Number/Boolean as they are, an
 * Integer a number that is an integer, an Array[X] an X that is an array, a
 * Date a string with a date-time regex, allowed values an enum, anything
 * Amplitude has no type for (objects, unions) `any`.
 */
export function amplitudeField(type: string | undefined, allowedValues: string | undefined): AmplitudeField {
  let schema = typeSchema(type);
  let isArray = false;
  if (single(schema) === 'array') {
    isArray = true;
    schema = schema!.items;
  }
  const kind = single(schema);
  const values = splitAllowedValues(allowedValues);
  const scalar = kind === 'string' || kind === 'number' || kind === 'integer' || kind === 'boolean' ? kind : undefined;
  const field: AmplitudeField = { valueType: 'any', isArray, isInteger: kind === 'integer', enumValues: '', regex: '' };
  if (scalar && values.length) {
    field.valueType = 'enum';
    field.enumValues = values.join(',');
  } else if (scalar) {
    field.valueType = scalar === 'integer' ? 'number' : scalar;
  }
  if (kind === 'string' && schema?.format === 'date-time' && field.valueType === 'string') field.regex = DATE_TIME_PATTERN;
  return field;
}

function flag(value: boolean): string {
  return value ? 'True' : 'False';
}

function eventRow(cells: Partial<Record<(typeof AMPLITUDE_EVENT_COLUMNS)[number], string>>): string[] {
  return AMPLITUDE_EVENT_COLUMNS.map((c) => cells[c] ?? '');
}

function propertyRow(property: TrackProperty): string[] {
  const field = amplitudeField(property.type?.text, property.allowedValues?.text);
  return eventRow({
    'Property Type': 'Event Property',
    'Event Property Name': property.name.text.trim(),
    'Property Description': property.description?.text ?? '',
    'Property Value Type': field.valueType,
    'Property Required': flag(property.required),
    'Property Is Array': flag(field.isArray),
    'Enum Values': field.enumValues,
    'Property Regex': field.regex,
    'Number Is Integer': field.isInteger ? 'True' : '',
  });
}

export function amplitudeEventsCsv(plan: Plan): string {
  const rows: string[][] = [[...AMPLITUDE_EVENT_COLUMNS]];
  const seen = new Set<string>();
  for (const event of plan.events) {
    const name = event.name.text.replace(/\s+/g, ' ').trim();
    if (!name || seen.has(name.toLowerCase())) continue;
    seen.add(name.toLowerCase());
    rows.push(
      eventRow({
        'Object Type': 'Event',
        'Object Name': name,
        'Object description': event.firesWhen?.text ?? '',
        'Event Category': event.businessGoal?.text.trim() ?? '',
        Tags: event.spec?.text.trim() ?? '',
      }),
    );
    for (const property of event.properties) rows.push(propertyRow(property));
  }
  return csvDocument(rows);
}

function userPropertyRow(trait: Trait): string[] {
  const field = amplitudeField(trait.type?.text, trait.allowedValues?.text);
  const cells: Partial<Record<(typeof AMPLITUDE_USER_PROPERTY_COLUMNS)[number], string>> = {
    'Property Type': 'User Property',
    'Property Name': trait.name.text.trim(),
    'Property description': trait.description?.text ?? '',
    'Property Value Type': field.valueType,
    'Property Is Array': flag(field.isArray),
    'Enum Values': field.enumValues,
    'Property Regex': field.regex,
    'Number Is Integer': field.isInteger ? 'True' : '',
  };
  return AMPLITUDE_USER_PROPERTY_COLUMNS.map((c) => cells[c] ?? '');
}

export function amplitudeUserPropertiesCsv(plan: Plan): string {
  return csvDocument([[...AMPLITUDE_USER_PROPERTY_COLUMNS], ...plan.identify.map(userPropertyRow)]);
}
