/**
 * JSON Schema (as Segment Protocols, Typewriter and our own export write it)
 * read back into property rows: one row per property, nested properties as
 * paths (`address.city`, `products.$.sku` for the items of an array), the
 * Type cell spelled as the template's dropdown spells it.
 */
import { type ImportedField, isRecord, ownEntries, text, unionText, valueText } from './types';

type Schema = Record<string, unknown>;

function typeList(schema: Schema): string[] {
  const type = schema.type;
  if (typeof type === 'string') return [type];
  if (Array.isArray(type)) return type.filter((t): t is string => typeof t === 'string');
  return [];
}

/** An RFC 3339 date-time pattern, which some exports write instead of `format: date-time`. */
function isDatePattern(pattern: unknown): boolean {
  return typeof pattern === 'string' && pattern.includes('\\d{4}-\\d{2}-\\d{2}T');
}

function termText(type: string, schema: Schema): string {
  switch (type) {
    case 'string':
      return schema.format === 'date-time' || schema.format === 'date' || isDatePattern(schema.pattern) ? 'Date' : 'String';
    case 'number':
      return 'Number';
    case 'integer':
      return 'Integer';
    case 'boolean':
      return 'Boolean';
    case 'object':
      return 'Object';
    case 'null':
      return 'Null';
    case 'array': {
      const items = isRecord(schema.items) ? schema.items : undefined;
      const inner = items ? schemaType(items) : '';
      // "Array[String | Null]" would not read back as one type: such items stay plain Array.
      return inner && !inner.includes('|') && inner !== 'Any' ? `Array[${inner}]` : 'Array';
    }
    default:
      return type;
  }
}

/**
 * The Type cell for a schema: "String", "Array[Integer]", "String | Null";
 * '' for a schema that says nothing about its type. A union through
 * anyOf/oneOf of simple schemas reads as the union of their types.
 */
export function schemaType(schema: Schema): string {
  const types = typeList(schema);
  if (types.length) return unionText(types.map((t) => termText(t, schema)));
  const alternatives = Array.isArray(schema.anyOf) ? schema.anyOf : Array.isArray(schema.oneOf) ? schema.oneOf : undefined;
  if (alternatives) return unionText(alternatives.filter(isRecord).map(schemaType));
  return '';
}

/** Allowed values: the enum, or on an array the enum of its items. */
function allowedValues(schema: Schema): string[] {
  const own = Array.isArray(schema.enum) ? schema.enum : undefined;
  const items = isRecord(schema.items) && Array.isArray(schema.items.enum) ? schema.items.enum : undefined;
  const values = own ?? items ?? [];
  // A null in the enum of a field that may be null only repeats its type.
  const nullable = typeList(schema).includes('null') || (isRecord(schema.items) && typeList(schema.items).includes('null'));
  return values.filter((v) => !(v === null && nullable)).map(valueText);
}

function requiredNames(schema: Schema): string[] {
  return Array.isArray(schema.required) ? schema.required.filter((r): r is string => typeof r === 'string') : [];
}

/** Where a field's nested properties are: its own (an object) or its items' (an array of objects). */
function nestedParent(schema: Schema): { schema: Schema; array: boolean } | undefined {
  if (isRecord(schema.properties) && Object.keys(schema.properties).length) return { schema, array: false };
  const items = schema.items;
  if (isRecord(items) && isRecord(items.properties) && Object.keys(items.properties).length) return { schema: items, array: true };
  return undefined;
}

/**
 * A parent that only exists because of its children, as our export writes
 * a path such as `address.city` that has no `address` row: an object or an
 * array of objects and nothing else. Importing a row for it would add a
 * row the plan never had; its children's paths carry it.
 */
/** Keys that only give an object its shape, which an export adds to a parent without a row. */
const STRUCTURAL: ReadonlySet<string> = new Set(['properties', 'type', 'required', 'id', '$id', 'additionalProperties']);

function impliedParent(schema: Schema, required: boolean): boolean {
  if (required) return false;
  const keys = Object.keys(schema).filter((k) => !STRUCTURAL.has(k) && k !== 'items');
  if (keys.length) return false;
  const types = typeList(schema);
  if (types.length === 1 && types[0] === 'object') return isRecord(schema.properties);
  if (types.length === 1 && types[0] === 'array' && isRecord(schema.items)) {
    const items = schema.items;
    const itemKeys = Object.keys(items).filter((k) => !STRUCTURAL.has(k));
    return !itemKeys.length && typeList(items).join() === 'object' && isRecord(items.properties);
  }
  return false;
}

/** Rows for every property of an object schema, depth first, each parent before its children. */
export function schemaFields(schema: unknown, prefix = ''): ImportedField[] {
  const out: ImportedField[] = [];
  walk(schema, prefix, out, 0);
  return out;
}

/** JSON Schema nests as deep as the sheet can show; a self-referencing plan must not run forever. */
const MAX_DEPTH = 32;

function walk(schema: unknown, prefix: string, out: ImportedField[], depth: number): void {
  if (!isRecord(schema) || depth > MAX_DEPTH) return;
  const required = requiredNames(schema);
  for (const [key, value] of ownEntries(schema.properties)) {
    if (!isRecord(value)) continue;
    const path = prefix ? `${prefix}.${key}` : key;
    const isRequired = required.includes(key);
    if (!impliedParent(value, isRequired)) {
      out.push({
        name: path,
        type: schemaType(value),
        required: isRequired,
        allowedValues: allowedValues(value),
        description: text(value.description),
      });
    }
    const nested = nestedParent(value);
    if (nested) walk(nested.schema, nested.array ? `${path}.$` : path, out, depth + 1);
  }
}
