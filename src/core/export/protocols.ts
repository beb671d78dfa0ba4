/**
 * The plan as a Segment Protocols tracking plan, in the shape of Segment's
 * Public API (the body of "Update Rules in Tracking Plan", plus the plan's
 * name and description): one TRACK rule per event, one IDENTIFY rule for the
 * Identify traits and one GROUP rule for the Group traits. Each rule's
 * jsonSchema is draft-07 and describes the whole message, as Protocols
 * validates it: event properties under `properties.properties`, traits under
 * `properties.traits`, and `context.*` properties under `properties.context`.
 * Page & Screen rows are not exported: their Properties cell is free text.
 */
import { eventKey, Plan, Trait, TrackProperty } from '../plan';
import { DRAFT_07, FieldRow, JsonSchema, objectSchema, splitPath } from './json-schema';

export type RuleType = 'TRACK' | 'IDENTIFY' | 'GROUP';

export interface ProtocolsRule {
  type: RuleType;
  /** The event name; only TRACK rules have one. */
  key?: string;
  version: number;
  jsonSchema: JsonSchema;
}

export interface ProtocolsPlan {
  name: string;
  description: string;
  rules: ProtocolsRule[];
}

export interface ExportOptions {
  /** The plan's name, usually the spreadsheet's. */
  name?: string;
}

export const DEFAULT_PLAN_NAME = 'Tracking Plan';

function fieldRow(row: TrackProperty | Trait): FieldRow {
  return {
    name: row.name.text,
    type: row.type?.text,
    required: row.required,
    allowedValues: row.allowedValues?.text,
    description: row.description?.text,
  };
}

/** Property rows under `context.` describe the message's context, not its properties. */
function isContextPath(name: string): boolean {
  const first = splitPath(name)[0];
  return first !== undefined && first.name === 'context' && splitPath(name).length > 1;
}

/** The message schema: `section` ("properties" or "traits") holds `fields`; `context.*` rows go to context. */
function messageSchema(section: 'properties' | 'traits', rows: readonly FieldRow[], description?: string): JsonSchema {
  const contextRows = rows.filter((r) => isContextPath(r.name));
  const fields = objectSchema(rows.filter((r) => !isContextPath(r.name)));
  const schema: JsonSchema = { $schema: DRAFT_07, type: 'object' };
  if (description && description.trim()) schema.description = description.trim();
  const properties: Record<string, JsonSchema> = {};
  if (contextRows.length) {
    const context = objectSchema(contextRows).properties!.context;
    properties.context = context;
  } else {
    properties.context = {};
  }
  properties[section] = fields;
  schema.properties = properties;
  const required = Object.keys(properties).filter((k) => (properties[k].required ?? []).length > 0);
  if (required.length) schema.required = required;
  return schema;
}

/** Event names as Protocols keys them: trimmed, inner runs of spaces kept as one. */
export function eventName(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** TRACK rules, one per event; a repeated event keeps its first rows (the checker reports the repeat). */
export function trackRules(plan: Plan): ProtocolsRule[] {
  const seen = new Set<string>();
  const rules: ProtocolsRule[] = [];
  for (const event of plan.events) {
    const key = eventName(event.name.text);
    if (!key || seen.has(eventKey(key))) continue;
    seen.add(eventKey(key));
    rules.push({ type: 'TRACK', key, version: 1, jsonSchema: messageSchema('properties', event.properties.map(fieldRow), event.firesWhen?.text) });
  }
  return rules;
}

/** The whole plan for Protocols; IDENTIFY and GROUP rules only when those tabs list traits. */
export function toProtocols(plan: Plan, options: ExportOptions = {}): ProtocolsPlan {
  const rules = trackRules(plan);
  if (plan.identify.length) rules.push({ type: 'IDENTIFY', version: 1, jsonSchema: messageSchema('traits', plan.identify.map(fieldRow)) });
  if (plan.group.length) rules.push({ type: 'GROUP', version: 1, jsonSchema: messageSchema('traits', plan.group.map(fieldRow)) });
  const name = options.name && options.name.trim() ? options.name.trim() : DEFAULT_PLAN_NAME;
  return { name, description: `Exported from the tracking plan sheet "${name}".`, rules };
}
