/**
 * Turns a plan's property and trait rows into JSON Schema (draft-07), the
 * language Segment Protocols and Typewriter speak. Lenient by design: a type
 * or path the checker would flag still exports (as an untyped field) rather
 * than failing the export, since the sheet is a shared draft.
 */
import { getOwn, setOwn } from './own-keys';
import { templateTypeWord } from '../property-types';
import { type TYPES } from '../template';

export type JsonSchemaType = 'string' | 'number' | 'integer' | 'boolean' | 'object' | 'array' | 'null';

export interface JsonSchema {
  $schema?: string;
  type?: JsonSchemaType | JsonSchemaType[];
  description?: string;
  format?: string;
  enum?: unknown[];
  items?: JsonSchema;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  [keyword: string]: unknown;
}

export const DRAFT_07 = 'http://json-schema.org/draft-07/schema#';

/** RFC 3339 date-times (`2024-05-01T10:00:00Z`), as Segment's libraries send a Date. */
export const DATE_TIME_PATTERN = '^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?(Z|[+-]\\d{2}:\\d{2})$';

export interface SchemaOptions {
  /**
   * Objects whose fields the plan lists reject other fields
   * (`additionalProperties: false`), so a misspelled property is a violation
   * in Protocols and a type error in Typewriter's generated code.
   */
  closed?: boolean;
  /**
   * How a Date is written: `format` (`format: date-time`, what Protocols
   * validates) or `pattern` (the same rule as a regular expression, which
   * Typewriter's generated client can run: its Ajv knows no formats and
   * throws on `format: date-time`).
   */
  dates?: 'format' | 'pattern';
}

/** One row of the Track, Identify or Group tab, reduced to what a schema needs. */
export interface FieldRow {
  name: string;
  type?: string;
  required: boolean;
  allowedValues?: string;
  description?: string;
}

/** The schema of each of the template's types; other words for them (`int`, `bool`) are read as the checker reads them. */
const BASE_TYPES: Record<(typeof TYPES)[number], JsonSchema> = {
  String: { type: 'string' },
  Number: { type: 'number' },
  Float: { type: 'number' },
  Integer: { type: 'integer' },
  Boolean: { type: 'boolean' },
  Object: { type: 'object' },
  Array: { type: 'array' },
  Date: { type: 'string', format: 'date-time' },
  Null: { type: 'null' },
  Any: {},
};

/** Splits "String | Object" and "String, Array[String]" at the top level, never inside brackets. */
export function splitUnion(text: string): string[] {
  const terms: string[] = [];
  let depth = 0;
  let current = '';
  for (const ch of text) {
    if (ch === '[' || ch === '<' || ch === '(') depth++;
    if (ch === ']' || ch === '>' || ch === ')') depth = Math.max(0, depth - 1);
    if (depth === 0 && (ch === '|' || ch === ',' || ch === '/')) {
      terms.push(current);
      current = '';
      continue;
    }
    current += ch;
  }
  terms.push(current);
  return terms.map((t) => t.trim()).filter((t) => t !== '');
}

function termSchema(term: string): JsonSchema | undefined {
  const array = /^array\s*[[<(]\s*(.*?)\s*[\]>)]$/i.exec(term) ?? /^(.*?)\s*\[\s*\]$/.exec(term);
  if (array) {
    const items = typeSchema(array[1]);
    return items && Object.keys(items).length ? { type: 'array', items } : { type: 'array' };
  }
  const word = templateTypeWord(term);
  const base = word === undefined ? undefined : BASE_TYPES[word as (typeof TYPES)[number]];
  return base ? { ...base } : undefined;
}

/**
 * The schema a Type cell stands for: `Date` -> string with format
 * date-time, `Array[String]` -> array of strings, unions -> a type array.
 * Undefined for an empty or unknown type (the field is then left untyped).
 */
export function typeSchema(text: string | undefined): JsonSchema | undefined {
  if (!text || !text.trim()) return undefined;
  const terms = splitUnion(text.trim()).map(termSchema);
  if (terms.some((t) => t === undefined)) return undefined;
  const schemas = terms as JsonSchema[];
  if (schemas.length === 1) return schemas[0];
  // Any in a union accepts everything.
  if (schemas.some((s) => s.type === undefined)) return {};
  const types: JsonSchemaType[] = [];
  for (const s of schemas) if (!types.includes(s.type as JsonSchemaType)) types.push(s.type as JsonSchemaType);
  // Every integer is a number: "Number | Integer" is just a number.
  if (types.includes('number') && types.includes('integer')) types.splice(types.indexOf('integer'), 1);
  const union: JsonSchema = { type: types.length === 1 ? types[0] : types };
  const itemSchemas = schemas.filter((s) => s.items);
  if (itemSchemas.length === 1) union.items = itemSchemas[0].items;
  // A format only narrows strings; a plain String beside a Date lifts it.
  const strings = schemas.filter((s) => s.type === 'string');
  if (strings.length && strings.every((s) => s.format === 'date-time')) union.format = 'date-time';
  return union;
}

/**
 * Allowed Values as written in the cell: one value per line, or several on a
 * line separated by commas. A value in double quotes keeps its commas
 * (`"media, news", sports` is two values), and quotes around a value are
 * dropped. Repeats count once.
 */
export function splitAllowedValues(text: string | undefined): string[] {
  if (!text) return [];
  const values: string[] = [];
  for (const line of text.split(/\r\n|\r|\n/)) {
    let current = '';
    let quote: string | undefined;
    const flush = () => {
      const value = current
        .trim()
        .replace(/^(["'“‘])(.*)(["'”’])$/, '$2')
        .trim();
      if (value !== '' && !values.includes(value)) values.push(value);
      current = '';
    };
    for (const ch of line) {
      if (quote === undefined && (ch === '"' || ch === '“') && current.trim() === '') quote = ch === '“' ? '”' : '"';
      else if (quote !== undefined && ch === quote) quote = undefined;
      else if (quote === undefined && ch === ',') {
        flush();
        continue;
      }
      current += ch;
    }
    flush();
  }
  return values;
}

function typesOf(schema: JsonSchema): JsonSchemaType[] {
  if (schema.type === undefined) return [];
  return Array.isArray(schema.type) ? schema.type : [schema.type];
}

/**
 * Allowed values typed as the field is: "1, 2" on an Integer field are the
 * numbers 1 and 2. A field that may be null keeps accepting null.
 */
function enumValues(values: string[], schema: JsonSchema): unknown[] {
  const types = typesOf(schema);
  const numeric = types.includes('number') || types.includes('integer');
  const typed: unknown[] = values.map((v) => {
    if (types.includes('string') || types.length === 0) return v;
    if (numeric && v.trim() !== '' && Number.isFinite(Number(v))) return Number(v);
    if (types.includes('boolean') && /^(true|false)$/i.test(v)) return v.toLowerCase() === 'true';
    return v;
  });
  if (types.includes('null') && !typed.includes(null)) typed.push(null);
  return typed;
}

/**
 * Adds enum and description to a field's schema. On an array the allowed
 * values constrain its items (`Array[String]`, `Array[String] | Null`); a
 * union of an array and a scalar (`String, Array[String]`) gets the enum on
 * its items only, since one enum cannot hold both a value and an array.
 */
function decorate(schema: JsonSchema, row: FieldRow): JsonSchema {
  const values = splitAllowedValues(row.allowedValues);
  if (values.length) {
    if (typesOf(schema).includes('array')) {
      const items: JsonSchema = schema.items ? { ...schema.items } : {};
      items.enum = enumValues(values, items);
      schema.items = items;
    } else {
      schema.enum = enumValues(values, schema);
    }
  }
  if (row.description && row.description.trim()) schema.description = row.description.trim();
  return schema;
}

export interface PathSegment {
  name: string;
  /** The segment is an array whose items hold the rest of the path (`products.$`, `products[]`). */
  array: boolean;
}

/**
 * A property path split into segments: `products.$.sku` and `products[].sku`
 * are the field sku of every item of the array products; `campaign.source`
 * and `campaign[source]` are the field source of the object campaign.
 */
export function splitPath(name: string): PathSegment[] {
  const tokens: string[] = [];
  const re = /\[([^\]]*)\]|\.?([^.[\]]+)/g;
  let match: RegExpExecArray | null;
  while ((match = re.exec(name.trim())) !== null) {
    if (match[1] !== undefined) tokens.push(match[1].trim() === '' ? '$' : match[1].trim());
    else tokens.push(match[2].trim());
  }
  const segments: PathSegment[] = [];
  for (const token of tokens) {
    if (token === '$' || token === '*') {
      if (segments.length) segments[segments.length - 1].array = true;
      continue;
    }
    if (token !== '') segments.push({ name: token, array: false });
  }
  return segments;
}

/**
 * Merges what a field's children implied (`implied`) into the field's own
 * row (`own`), for a parent row written after its children: the row's type
 * and words win, the children's fields are kept.
 */
function mergeSchemas(own: JsonSchema, implied: JsonSchema): JsonSchema {
  for (const [key, value] of Object.entries(implied)) {
    if (own[key] === undefined) own[key] = value;
  }
  if (implied.properties && own.properties !== implied.properties) own.properties = { ...implied.properties, ...own.properties };
  if (implied.required && own.required !== implied.required) {
    own.required = [...(own.required ?? []), ...implied.required.filter((r) => !(own.required ?? []).includes(r))];
  }
  if (implied.items && own.items !== implied.items) own.items = mergeSchemas({ ...own.items }, implied.items);
  for (const t of typesOf(implied)) {
    if (typesOf(own).length && !typesOf(own).includes(t)) own.type = [...typesOf(own), t];
  }
  return own;
}

function ensureObject(schema: JsonSchema): JsonSchema {
  if (schema.type === undefined) schema.type = 'object';
  else if (!typesOf(schema).includes('object')) schema.type = [...typesOf(schema), 'object'];
  if (!schema.properties) schema.properties = {};
  return schema;
}

function ensureArrayItems(schema: JsonSchema): JsonSchema {
  if (schema.type === undefined) schema.type = 'array';
  else if (!typesOf(schema).includes('array')) schema.type = [...typesOf(schema), 'array'];
  if (!schema.items) schema.items = {};
  return ensureObject(schema.items);
}

function addRequired(schema: JsonSchema, name: string): void {
  schema.required = schema.required ?? [];
  if (!schema.required.includes(name)) schema.required.push(name);
}

/**
 * An object schema holding the given rows as (possibly nested) properties.
 * A parent with no row of its own becomes an object, or an array of objects
 * when the path says so. The first row of a name wins; the checker reports
 * the duplicates.
 */
export function objectSchema(rows: readonly FieldRow[], options: SchemaOptions = {}): JsonSchema {
  const root: JsonSchema = { type: 'object', properties: {} };
  const defined = new Set<JsonSchema>();
  for (const row of rows) {
    const segments = splitPath(row.name);
    if (!segments.length) continue;
    let parent = root;
    for (let i = 0; i < segments.length; i++) {
      const segment = segments[i];
      const last = i === segments.length - 1;
      const properties = parent.properties ?? (parent.properties = {});
      const existing = getOwn(properties, segment.name);
      if (last) {
        if (existing && defined.has(existing)) break;
        const own = decorate(withDates(typeSchema(row.type) ?? {}, options), row);
        const field = existing ? mergeSchemas(own, existing) : own;
        if (segment.array) ensureArrayItems(field);
        setOwn(properties, segment.name, field);
        defined.add(field);
        if (row.required) addRequired(parent, segment.name);
        break;
      }
      let node = existing;
      if (!node) setOwn(properties, segment.name, (node = {}));
      parent = segment.array || (typesOf(node).includes('array') && !typesOf(node).includes('object')) ? ensureArrayItems(node) : ensureObject(node);
    }
  }
  if (options.closed) close(root);
  return root;
}

/** Date fields written as a pattern instead of a format, when asked (see SchemaOptions.dates). */
function withDates(schema: JsonSchema, options: SchemaOptions): JsonSchema {
  if (options.dates !== 'pattern') return schema;
  const swap = (s: JsonSchema) => {
    if (s.format === 'date-time') {
      delete s.format;
      s.pattern = DATE_TIME_PATTERN;
    }
  };
  swap(schema);
  if (schema.items) swap(schema.items);
  return schema;
}

/** `additionalProperties: false` on every object whose fields the rows list. */
function close(schema: JsonSchema): void {
  if (schema.properties && typesOf(schema).includes('object')) schema.additionalProperties = false;
  for (const child of Object.values(schema.properties ?? {})) close(child);
  if (schema.items) close(schema.items);
}
