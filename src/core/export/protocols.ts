/**
 * The plan as Segment Protocols tracking plan, written as the two request
 * bodies of Segment's Public API a user sends with curl unchanged:
 * - Create Tracking Plan (`POST /tracking-plans`): `{name, description, type}`;
 * - Replace Rules (`PUT /tracking-plans/{id}/rules`, or Update Rules with
 *   `PATCH`): `{rules: [...]}`, a rule being `{type, key?, version, jsonSchema}`.
 * One TRACK rule per event, PAGE and SCREEN rules from the Page & Screen tab,
 * one IDENTIFY and one GROUP rule for the traits. Each jsonSchema is draft-07
 * and has the shape Segment stores: the whole message, with `context`,
 * `traits` and `properties` under `properties` (the unused ones empty, which
 * accepts anything) and the event's spec in `labels`.
 */
import { eventKey, type PageEntry, type Plan, type Trait, type TrackEvent, type TrackProperty } from '../plan';
import { DRAFT_07, type FieldRow, type JsonSchema, objectSchema, type SchemaOptions, splitAllowedValues, splitPath } from './json-schema';

export type RuleType = 'TRACK' | 'IDENTIFY' | 'GROUP' | 'PAGE' | 'SCREEN';

export interface ProtocolsRule {
  type: RuleType;
  /** The event, page or screen name; IDENTIFY and GROUP rules have none. */
  key?: string;
  version: number;
  jsonSchema: JsonSchema;
}

/** The body of Create Tracking Plan. */
export interface CreateTrackingPlanBody {
  name: string;
  description?: string;
  type: 'LIVE';
}

/** The body of Replace Rules (and Update Rules). */
export interface RulesBody {
  rules: ProtocolsRule[];
}

export interface ProtocolsExport {
  create: CreateTrackingPlanBody;
  rules: RulesBody;
}

export interface ExportOptions extends SchemaOptions {
  /** The plan's name, usually the spreadsheet's. */
  name?: string;
}

export const DEFAULT_PLAN_NAME = 'Tracking Plan';

export function planName(options: ExportOptions): string {
  return options.name && options.name.trim() ? options.name.trim() : DEFAULT_PLAN_NAME;
}

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
  const segments = splitPath(name);
  return segments.length > 1 && segments[0].name === 'context';
}

interface MessageParts {
  description?: string;
  labels?: Record<string, string>;
  /**
   * Whether the section's required fields make the section itself required.
   * Identify and Group calls often send only the traits that changed, so
   * Segment advises against requiring `traits`: a Required trait is required
   * inside `traits` only.
   */
  requireSection: boolean;
}

/** The message schema: `section` holds the rows' fields; `context.*` rows go to context. */
function messageSchema(section: 'properties' | 'traits', rows: readonly FieldRow[], parts: MessageParts, options: SchemaOptions): JsonSchema {
  const contextRows = rows.filter((r) => isContextPath(r.name));
  const fields = objectSchema(
    rows.filter((r) => !isContextPath(r.name)),
    options,
  );
  const schema: JsonSchema = { $schema: DRAFT_07, type: 'object' };
  if (parts.description && parts.description.trim()) schema.description = parts.description.trim();
  if (parts.labels && Object.keys(parts.labels).length) schema.labels = parts.labels;
  const context = contextRows.length ? objectSchema(contextRows, options).properties!.context : {};
  schema.properties = {
    context,
    traits: section === 'traits' ? fields : {},
    properties: section === 'properties' ? fields : {},
  };
  if (parts.requireSection) {
    const required = (['context', section] as const).filter((k) => (schema.properties![k].required ?? []).length > 0);
    if (required.length) schema.required = required;
  } else if (context.required?.length) {
    schema.required = ['context'];
  }
  return schema;
}

/** Event names as Protocols keys them: trimmed, inner runs of spaces kept as one. */
export function eventName(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

function eventLabels(event: TrackEvent): Record<string, string> {
  const labels: Record<string, string> = {};
  if (event.spec && event.spec.text.trim()) labels.spec = event.spec.text.trim();
  return labels;
}

/** TRACK rules, one per event; a repeated event keeps its first rows (the checker reports the repeat). */
export function trackRules(plan: Plan, options: SchemaOptions = {}): ProtocolsRule[] {
  const seen = new Set<string>();
  const rules: ProtocolsRule[] = [];
  for (const event of plan.events) {
    const key = eventName(event.name.text);
    if (!key || seen.has(eventKey(key))) continue;
    seen.add(eventKey(key));
    const parts = { description: event.firesWhen?.text, labels: eventLabels(event), requireSection: true };
    rules.push({ type: 'TRACK', key, version: 1, jsonSchema: messageSchema('properties', event.properties.map(fieldRow), parts, options) });
  }
  return rules;
}

/** Which calls a Page & Screen row describes: its Method(s) cell, Page when empty. */
export function pageRuleTypes(page: PageEntry): ('PAGE' | 'SCREEN')[] {
  const methods = (page.methods?.text ?? '').toLowerCase();
  const types: ('PAGE' | 'SCREEN')[] = [];
  if (/\bpage\b/.test(methods)) types.push('PAGE');
  if (/\bscreen\b/.test(methods)) types.push('SCREEN');
  return types.length ? types : ['PAGE'];
}

/**
 * PAGE and SCREEN rules. The Properties cell is free text: each name in it
 * (one per line or comma-separated) becomes an untyped property.
 */
export function pageRules(plan: Plan, options: SchemaOptions = {}): ProtocolsRule[] {
  const seen = new Set<string>();
  const rules: ProtocolsRule[] = [];
  for (const page of plan.pages) {
    const key = eventName(page.name.text);
    if (!key) continue;
    const rows: FieldRow[] = splitAllowedValues(page.properties?.text).map((name) => ({ name, required: false }));
    for (const type of pageRuleTypes(page)) {
      if (seen.has(type + ' ' + eventKey(key))) continue;
      seen.add(type + ' ' + eventKey(key));
      rules.push({ type, key, version: 1, jsonSchema: messageSchema('properties', rows, { requireSection: true }, options) });
    }
  }
  return rules;
}

/** Every rule of the plan: TRACK, PAGE, SCREEN, then IDENTIFY and GROUP when those tabs list traits. */
export function planRules(plan: Plan, options: SchemaOptions = {}): ProtocolsRule[] {
  const rules = [...trackRules(plan, options), ...pageRules(plan, options)];
  if (plan.identify.length)
    rules.push({ type: 'IDENTIFY', version: 1, jsonSchema: messageSchema('traits', plan.identify.map(fieldRow), { requireSection: false }, options) });
  if (plan.group.length)
    rules.push({ type: 'GROUP', version: 1, jsonSchema: messageSchema('traits', plan.group.map(fieldRow), { requireSection: false }, options) });
  return rules;
}

export function planDescription(name: string): string {
  return `Exported from the tracking plan sheet "${name}".`;
}

/** The two request bodies: Create Tracking Plan, and Replace Rules for the plan it creates. */
export function toProtocols(plan: Plan, options: ExportOptions = {}): ProtocolsExport {
  const name = planName(options);
  return { create: { name, description: planDescription(name), type: 'LIVE' }, rules: { rules: planRules(plan, options) } };
}
