/**
 * RudderStack `rudder-cli` Data Catalog and tracking plan YAML
 * (https://www.rudderstack.com/docs/rudder-cli/data-catalog-and-tracking-plans/),
 * already parsed into documents: the shell passes a YAML parser's output, so
 * this core module stays free of one. A project spreads one plan over
 * several files: `kind: events` (id, name, event_type, description),
 * `kind: properties` (id, name, type or types, description, and config /
 * propConfig with enum and item types), and `kind: tp` / `tracking-plan`
 * whose event rules reference both, by `$ref: "#/events/<group>/<id>"`
 * (rudder/0.1) or by `"#event:<id>"` URNs (rudder/v1), each property with
 * `required` and possibly nested `properties`.
 */
import { emptyImport, type ImportedField, type ImportedPlan, isRecord, text, typeWord, unionText, valueText } from './types';

type Doc = Record<string, unknown>;

interface CatalogProperty {
  name: string;
  type: string;
  description: string;
  allowedValues: string[];
  array: boolean;
}

interface CatalogEvent {
  name: string;
  eventType: string;
  description: string;
}

export function isRudderDocument(doc: unknown): boolean {
  return isRecord(doc) && typeof doc.version === 'string' && /^rudder\//.test(doc.version) && typeof doc.kind === 'string';
}

function list(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

function propertyType(p: Doc): { type: string; array: boolean } {
  const config = isRecord(p.config) ? p.config : isRecord(p.propConfig) ? p.propConfig : {};
  const words: string[] = Array.isArray(p.types)
    ? p.types.map(text)
    : text(p.type)
        .split(',')
        .map((t) => t.trim());
  const terms = words.filter((w) => w !== '').map((w) => (w.startsWith('#') ? w.replace(/^.*[/:]/, '') : typeWord(w)));
  const items = list(config.itemTypes ?? config.item_types ?? (config.item_type !== undefined ? [config.item_type] : undefined))
    .map(text)
    .filter((t) => t);
  const typed = terms.map((t) => (t === 'Array' && items.length === 1 ? `Array[${typeWord(items[0])}]` : t));
  return { type: unionText(typed), array: terms.includes('Array') };
}

function references(kind: 'events' | 'properties', group: string, id: string): string[] {
  const singular = kind === 'events' ? 'event' : 'property';
  return [`#/${kind}/${group}/${id}`, `#${singular}:${id}`];
}

/** The reference an event or property entry of a rule makes: `$ref`, or the URN under `event` / `property`. */
function refOf(entry: unknown, key: 'event' | 'property'): string {
  if (typeof entry === 'string') return entry.trim();
  if (!isRecord(entry)) return '';
  if (typeof entry.$ref === 'string') return entry.$ref.trim();
  const inner = entry[key];
  if (typeof inner === 'string') return inner.trim();
  if (isRecord(inner) && typeof inner.$ref === 'string') return inner.$ref.trim();
  return '';
}

export function readRudderYaml(docs: readonly unknown[], source: string): ImportedPlan {
  const plan = emptyImport(source, 'rudderstack-yaml');
  const properties = new Map<string, CatalogProperty>();
  const events = new Map<string, CatalogEvent>();
  const plans: Doc[] = [];
  for (const doc of docs) {
    if (!isRudderDocument(doc)) continue;
    const d = doc as Doc;
    const group = text(isRecord(d.metadata) ? d.metadata.name : '');
    const spec = isRecord(d.spec) ? d.spec : {};
    const kind = text(d.kind).toLowerCase();
    if (kind === 'properties') {
      for (const p of list(spec.properties)) {
        if (!isRecord(p) || !text(p.id)) continue;
        const config = isRecord(p.config) ? p.config : isRecord(p.propConfig) ? p.propConfig : {};
        const { type, array } = propertyType(p);
        const entry = { name: text(p.name) || text(p.id), type, description: text(p.description), allowedValues: list(config.enum).map(valueText), array };
        for (const ref of references('properties', group, text(p.id))) properties.set(ref, entry);
      }
    } else if (kind === 'events') {
      for (const e of list(spec.events)) {
        if (!isRecord(e) || !text(e.id)) continue;
        const entry = { name: text(e.name) || text(e.id), eventType: text(e.event_type || 'track').toLowerCase(), description: text(e.description) };
        for (const ref of references('events', group, text(e.id))) events.set(ref, entry);
      }
    } else if (kind === 'tp' || kind === 'tracking-plan') {
      plans.push(spec);
    }
  }
  const missing = new Set<string>();
  const fields = (entries: unknown, prefix: string, depth: number): ImportedField[] => {
    const out: ImportedField[] = [];
    for (const entry of list(entries)) {
      const ref = refOf(entry, 'property');
      const property = properties.get(ref);
      if (!property) {
        if (ref) missing.add(ref);
        continue;
      }
      const path = prefix ? `${prefix}.${property.name}` : property.name;
      out.push({
        name: path,
        type: property.type,
        required: isRecord(entry) && entry.required === true,
        allowedValues: property.allowedValues,
        description: property.description,
      });
      if (isRecord(entry) && depth < 32) out.push(...fields(entry.properties, property.array ? `${path}.$` : path, depth + 1));
    }
    return out;
  };
  for (const spec of plans) {
    for (const rule of list(spec.rules)) {
      if (!isRecord(rule)) continue;
      const ref = refOf(rule.event, 'event') || refOf(rule, 'event');
      const event = events.get(ref);
      if (!event) {
        if (ref) missing.add(ref);
        continue;
      }
      const rows = fields(rule.properties, '', 0);
      switch (event.eventType) {
        case 'identify':
          plan.identify.push(...rows);
          break;
        case 'group':
          plan.group.push(...rows);
          break;
        case 'page':
        case 'screen':
          plan.pages.push({
            name: event.name,
            method: event.eventType === 'page' ? 'Page' : 'Screen',
            properties: rows.map((r) => r.name),
            description: event.description,
          });
          break;
        default:
          plan.events.push({ name: event.name, description: event.description, properties: rows });
      }
      if (Array.isArray(rule.variants) && rule.variants.length)
        plan.notes.push(`The variants of "${event.name}" have no place in the sheet; only its base properties were imported.`);
    }
  }
  if (!plans.length) {
    // A catalog alone: its track events, without properties (which event carries which is the plan's business).
    for (const [ref, event] of events) {
      if (!ref.startsWith('#event:') || event.eventType !== 'track') continue;
      plan.events.push({ name: event.name, description: event.description, properties: [] });
    }
    if (events.size) plan.notes.push("No tracking plan (kind: tp) was given, so the catalog's track events were imported without properties.");
  }
  if (missing.size)
    plan.notes.push(
      `Not found in the YAML given, so left out: ${[...missing].join(', ')}. Import the events and properties files together with the tracking plan.`,
    );
  return plan;
}
