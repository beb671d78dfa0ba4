/**
 * Segment Protocols rules and Typewriter's plan.json, read into plan rows.
 *
 * The rule model is Segment's Public API `RuleV1` (segmentio/public-api-sdk-typescript,
 * model/ruleV1.ts): `{ type: TRACK | IDENTIFY | GROUP | PAGE | SCREEN | COMMON,
 * key?, jsonSchema, version }`, listed by `GET /tracking-plans/{id}/rules` as
 * `{ data: { rules: RuleV1[], pagination } }` (model/listRulesFromTrackingPlan200Response.ts).
 * A rule's jsonSchema describes the whole message: event properties under
 * `properties.properties`, traits under `properties.traits`, context under
 * `properties.context`.
 *
 * Typewriter (v8 and later) keeps the same rules in plan.json, but writes each
 * TRACK schema "unwrapped" (the event's properties directly under
 * `properties`, marked by an `eventMetadata` key); Typewriter v7's plan.json
 * held `rules.events[]` of `{ name, description, rules }` instead.
 */
import { emptyImport, type ImportedField, type ImportedPlan, isRecord, text } from './types';
import { schemaFields } from './schema-fields';

type Json = Record<string, unknown>;

/** The rules list of any accepted shape, or undefined when the value is none of them. */
export function rulesOf(value: unknown): unknown[] | undefined {
  if (Array.isArray(value)) return value.every((r) => isRecord(r) && 'type' in r && 'jsonSchema' in r) && value.length ? value : undefined;
  if (!isRecord(value)) return undefined;
  if (Array.isArray(value.rules)) return value.rules;
  if (isRecord(value.data) && Array.isArray(value.data.rules)) return value.data.rules;
  return undefined;
}

/** A Typewriter v7 plan.json: `rules` is an object with an `events` list. */
export function isTypewriterV7(value: unknown): value is Json & { rules: Json } {
  return isRecord(value) && isRecord(value.rules) && Array.isArray(value.rules.events);
}

/** Typewriter's marks on a plan.json: its slug, a tp_ id, v7's shape, or unwrapped TRACK schemas. */
export function looksLikeTypewriter(value: unknown): boolean {
  if (!isRecord(value)) return false;
  if (isTypewriterV7(value)) return true;
  if (typeof value.slug === 'string' || (typeof value.id === 'string' && value.id.startsWith('tp_'))) return true;
  const rules = rulesOf(value) ?? [];
  return rules.some((r) => isRecord(r) && isRecord(r.jsonSchema) && 'eventMetadata' in r.jsonSchema);
}

function section(schema: unknown, name: string): unknown {
  return isRecord(schema) && isRecord(schema.properties) ? schema.properties[name] : undefined;
}

/** Event properties of a TRACK rule's schema, `context.*` rows after them. */
function trackFields(schema: unknown): ImportedField[] {
  if (isRecord(schema) && 'eventMetadata' in schema) return schemaFields(schema);
  return [...schemaFields(section(schema, 'properties')), ...schemaFields(section(schema, 'context'), 'context')];
}

function traitFields(schema: unknown): ImportedField[] {
  return [...schemaFields(section(schema, 'traits')), ...schemaFields(section(schema, 'context'), 'context')];
}

function description(rule: Json, schema: unknown): string {
  return text(isRecord(schema) ? schema.description : undefined) || text(rule.description);
}

/** The spec a rule's `labels` names (`{"spec": "Ecommerce v2"}`, as the Protocols export writes it). */
function labelSpec(schema: unknown): string | undefined {
  const labels = isRecord(schema) ? schema.labels : undefined;
  const spec = isRecord(labels) ? text(labels.spec) : '';
  return spec || undefined;
}

/** Adds the rules to `plan`; rules the sheet has no place for become notes. */
function addRules(plan: ImportedPlan, rules: readonly unknown[]): void {
  let skipped = 0;
  for (const raw of rules) {
    if (!isRecord(raw)) {
      skipped++;
      continue;
    }
    const schema = raw.jsonSchema;
    const type = text(raw.type).toUpperCase();
    const key = text(raw.key);
    switch (type) {
      case 'TRACK':
        if (!key) skipped++;
        else plan.events.push({ name: key, description: description(raw, schema), properties: trackFields(schema), spec: labelSpec(schema) });
        break;
      case 'IDENTIFY':
        plan.identify.push(...traitFields(schema));
        break;
      case 'GROUP':
        plan.group.push(...traitFields(schema));
        break;
      case 'PAGE':
      case 'SCREEN':
        if (!key) {
          plan.notes.push(`A ${type} rule with no page name applies to every ${type.toLowerCase()}; it was left out.`);
          break;
        }
        plan.pages.push({
          name: key,
          method: type === 'PAGE' ? 'Page' : 'Screen',
          properties: schemaFields(section(schema, 'properties')).map((f) => f.name),
          description: description(raw, schema),
        });
        break;
      case 'COMMON':
        plan.notes.push('The COMMON rule (properties every call must carry) has no tab in the sheet; it was left out.');
        break;
      default:
        skipped++;
    }
  }
  if (skipped) plan.notes.push(`${skipped} rule${skipped === 1 ? ' was' : 's were'} not understood (no type or event name) and left out.`);
}

/** Reads Protocols rules (`{rules}`, `{data: {rules}}` or a plain list of rules). */
export function readProtocols(value: unknown, source: string): ImportedPlan {
  const plan = emptyImport(source, 'protocols');
  addRules(plan, rulesOf(value) ?? []);
  return plan;
}

/** Reads a Typewriter plan.json (v8+ rules, or v7 `rules.events`). */
export function readTypewriter(value: unknown, source: string): ImportedPlan {
  const plan = emptyImport(source, 'typewriter');
  if (isTypewriterV7(value)) {
    const v7 = value.rules;
    for (const event of v7.events as unknown[]) {
      if (!isRecord(event) || !text(event.name)) continue;
      plan.events.push({ name: text(event.name), description: text(event.description), properties: trackFields(event.rules) });
    }
    if (isRecord(v7.identify)) plan.identify.push(...traitFields(v7.identify));
    if (isRecord(v7.group)) plan.group.push(...traitFields(v7.group));
    return plan;
  }
  addRules(plan, rulesOf(value) ?? []);
  return plan;
}
