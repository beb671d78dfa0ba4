/**
 * The plan as the body of Mixpanel's Lexicon Schemas API "Create/Replace
 * Multiple" (`POST /api/app/projects/{projectId}/schemas`): `{entries: [...]}`,
 * one entry per event (`entityType: event`) and one for the user profile
 * (`entityType: profile`, name `$user`) from the Identify tab. Each
 * `schemaJson` is draft-07 in the subset Mixpanel's OpenAPI document allows:
 * a property has exactly one `type` and a description, no nesting (a nested
 * path describes its top-level object or array).
 */
import { eventKey, type Plan, type Trait, type TrackEvent, type TrackProperty } from '../plan';
import { DRAFT_07, type JsonSchemaType, splitPath, typeSchema } from './json-schema';
import { setOwn } from './own-keys';

export interface MixpanelProperty {
  type: JsonSchemaType;
  description?: string;
}

export interface MixpanelSchema {
  $schema: string;
  type: 'object';
  description?: string;
  properties: Record<string, MixpanelProperty>;
  required?: string[];
  additionalProperties: boolean;
  metadata?: { 'com.mixpanel': { tags?: string[] } };
}

export interface MixpanelEntry {
  entityType: 'event' | 'profile';
  name: string;
  schemaJson: MixpanelSchema;
}

export interface MixpanelBody {
  entries: MixpanelEntry[];
  truncate: boolean;
}

/**
 * The one type Mixpanel takes for a Type cell: the type itself, the non-null
 * type of `X | Null`, `object` or `array` for a parent of nested rows;
 * `string` when the plan names no single type (Lexicon shows such values as text).
 */
function mixpanelType(type: string | undefined, nested: 'object' | 'array' | undefined): JsonSchemaType {
  const schema = typeSchema(type);
  const types = schema?.type === undefined ? [] : Array.isArray(schema.type) ? schema.type.filter((t) => t !== 'null') : [schema.type];
  if (types.length === 1) return types[0];
  if (nested) return nested;
  return 'string';
}

function schemaOf(rows: readonly (TrackProperty | Trait)[], description: string | undefined): MixpanelSchema {
  // Each top-level name: its own row (the first), and whether nested rows make it an object or array.
  const tops = new Map<string, { row?: TrackProperty | Trait; nested?: 'object' | 'array' }>();
  for (const row of rows) {
    const segments = splitPath(row.name.text);
    if (!segments.length) continue;
    const top = tops.get(segments[0].name) ?? {};
    tops.set(segments[0].name, top);
    if (segments.length === 1 && !segments[0].array) top.row = top.row ?? row;
    else top.nested = top.nested ?? (segments[0].array ? 'array' : 'object');
  }
  const properties: Record<string, MixpanelProperty> = {};
  const required: string[] = [];
  for (const [name, top] of tops) {
    const property: MixpanelProperty = { type: mixpanelType(top.row?.type?.text, top.nested) };
    if (top.row?.description && top.row.description.text.trim()) property.description = top.row.description.text.trim();
    if (top.row?.required) required.push(name);
    setOwn(properties, name, property);
  }
  const schema: MixpanelSchema = { $schema: DRAFT_07, type: 'object', properties, additionalProperties: true };
  if (description && description.trim()) schema.description = description.trim();
  if (required.length) schema.required = required;
  return schema;
}

function eventEntry(event: TrackEvent): MixpanelEntry {
  const schemaJson = schemaOf(event.properties, event.firesWhen?.text);
  if (event.spec && event.spec.text.trim()) schemaJson.metadata = { 'com.mixpanel': { tags: [event.spec.text.trim()] } };
  return { entityType: 'event', name: event.name.text.replace(/\s+/g, ' ').trim(), schemaJson };
}

export function toMixpanel(plan: Plan): MixpanelBody {
  const entries: MixpanelEntry[] = [];
  const seen = new Set<string>();
  for (const event of plan.events) {
    const key = eventKey(event.name.text);
    if (!key || seen.has(key)) continue;
    seen.add(key);
    entries.push(eventEntry(event));
  }
  if (plan.identify.length) entries.push({ entityType: 'profile', name: '$user', schemaJson: schemaOf(plan.identify, undefined) });
  return { entries, truncate: false };
}
