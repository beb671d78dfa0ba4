/**
 * Holds the plan against what was observed: which planned events were never
 * seen, which seen events are not planned (or nearly are), and for raw
 * events how their properties drift from the plan (not planned, missing,
 * wrong type, value outside Allowed Values). Traits of identify and group
 * calls are held against the Identify and Group tabs the same way.
 *
 * Pure: takes the parsed plan and an observation's state, returns a report.
 */
import { checkName, summarize, type Summary } from '../check';
import { plural, thousands } from '../counts';
import { splitAllowedValues } from '../export/json-schema';
import { type RuleId, type Severity } from '../finding';
import type { NameScope } from '../names';
import { type PageEntry, type Plan, type TextCell, type Trait, type TrackEvent, type TrackProperty } from '../plan';
import { readType } from '../property-types';
import { DEFAULT_SETTINGS, type Settings } from '../settings';
import { looseKey, nearMissIndex } from './near-miss';
import {
  CALL_NAMES,
  type CallKind,
  MAX_DISTINCT_VALUES,
  type ObservationState,
  type ObservedEventState,
  type ObservedPropertyState,
  type ValueType,
} from './observation';

export type CoverageRuleId =
  | 'event-not-planned'
  | 'event-near-miss'
  | 'property-type-mismatch'
  | 'property-value-not-allowed'
  | 'property-missing'
  | 'event-not-seen'
  | 'property-not-planned';

export const COVERAGE_RULES: Readonly<Record<CoverageRuleId, { severity: Severity; title: string }>> = {
  'event-not-planned': { severity: 'error', title: 'Seen but not in the plan' },
  'event-near-miss': { severity: 'error', title: 'Sent under a slightly different name than planned' },
  'property-type-mismatch': { severity: 'error', title: 'Sent with a different type than planned' },
  'property-value-not-allowed': { severity: 'error', title: 'Sent with a value outside Allowed Values' },
  'property-missing': { severity: 'error', title: 'Planned property missing from sent events (error when required, else info)' },
  'event-not-seen': { severity: 'warning', title: 'Planned but not seen' },
  'property-not-planned': { severity: 'warning', title: 'Sent but not planned' },
};

export const COVERAGE_RULE_IDS = Object.keys(COVERAGE_RULES) as CoverageRuleId[];

export interface PlanCell {
  tab: string;
  row: number;
  column: number;
}

export interface CoverageFinding {
  rule: CoverageRuleId | RuleId;
  severity: Severity;
  message: string;
  /** The event (or "Identify" / "Group") the finding is about, as planned or as sent. */
  event: string;
  kind: CallKind;
  property?: string;
  /** The plan cell concerned, when there is one. */
  cell?: PlanCell;
  /** The observed file the name was seen in, when no plan cell is concerned. */
  source?: string;
  /** The planned name a near miss stands for, or a convention rule's fixed name. */
  suggestion?: string;
}

export interface ObservedPropertySummary {
  name: string;
  /** The template type the sent values suggest (String, Number, ...). */
  type: string;
  planned: boolean;
  count: number;
}

export type CoverageStatus = 'seen' | 'not seen' | 'not planned' | 'near miss' | 'unplanned kind';

export interface EventCoverage {
  kind: CallKind;
  name: string;
  planned: boolean;
  seen: boolean;
  count: number;
  lastSeen?: string;
  status: CoverageStatus;
  /** For a near miss: the planned name the sent one stands for. */
  plannedAs?: string;
  /** For a planned event: the plan's tab and row of its name. */
  cell?: PlanCell;
  findings: CoverageFinding[];
  /** Properties (traits) sent with the event, with the type their values suggest. */
  properties: ObservedPropertySummary[];
  /** Events whose properties were read (0 for inputs that only count events). */
  withProperties: number;
}

export interface CoverageCounts {
  planned: number;
  seen: number;
  plannedSeen: number;
  notSeen: number;
  notPlanned: number;
  nearMisses: number;
}

export interface CoverageReport {
  events: EventCoverage[];
  findings: CoverageFinding[];
  summary: Summary;
  counts: CoverageCounts;
}

// ------------------------------------------------------------------- types

/** Value types each template type accepts. */
const ACCEPTS: Readonly<Record<string, readonly ValueType[]>> = {
  String: ['string', 'date'],
  Number: ['integer', 'float'],
  Integer: ['integer'],
  Float: ['integer', 'float'],
  Boolean: ['boolean'],
  Object: ['object'],
  Array: ['array'],
  Date: ['date'],
  Null: ['null'],
};

/** The value types a Type cell accepts, or undefined when it says nothing checkable (empty, Any, unreadable). */
export function acceptedTypes(typeText: string | undefined): Set<ValueType> | undefined {
  const reading = readType(typeText ?? '');
  if (!reading.valid || !reading.key) return undefined;
  const accepted = new Set<ValueType>();
  for (const part of reading.key.split(' | ')) {
    const base = part.startsWith('Array[') ? 'Array' : part;
    if (base === 'Any') return undefined;
    for (const t of ACCEPTS[base] ?? []) accepted.add(t);
  }
  return accepted.size ? accepted : undefined;
}

const TYPE_WORDS: Readonly<Record<ValueType, string>> = {
  string: 'text',
  date: 'date text',
  integer: 'a whole number',
  float: 'a number',
  boolean: 'true/false',
  null: 'null',
  object: 'an object',
  array: 'an array',
};

const TEMPLATE_TYPE: Readonly<Record<ValueType, string>> = {
  string: 'String',
  date: 'Date',
  integer: 'Integer',
  float: 'Number',
  boolean: 'Boolean',
  null: 'Null',
  object: 'Object',
  array: 'Array',
};

/** The Type to plan for a property from the values sent: "Number" for 3 and 9.99, "Number | String" for mixed ones. */
export function inferredType(types: ObservedPropertyState['types']): string {
  const seen = (Object.keys(types) as ValueType[]).filter((t) => t !== 'null' && (types[t] ?? 0) > 0);
  if (!seen.length) return types.null ? 'Any' : '';
  const names = new Set(seen.map((t) => TEMPLATE_TYPE[t]));
  if (names.has('Number')) names.delete('Integer');
  if (names.has('String')) names.delete('Date');
  return Array.from(names).sort().join(' | ');
}

// ----------------------------------------------------------------- helpers

function percent(part: number, whole: number): string {
  const p = (part / whole) * 100;
  return p < 1 ? '<1%' : `${Math.round(p)}%`;
}

function quote(text: string): string {
  return `"${text.replace(/[\r\n]+/g, ' ')}"`;
}

/** A planned property's top-level name: `products` for `products.$.sku` or `products[].sku`. */
function topLevel(name: string): string {
  const m = /^[^.[\]]+/.exec(name.trim());
  return m ? m[0] : name.trim();
}

function isPath(name: string): boolean {
  return /[.[\]]/.test(name.trim());
}

function cellOf(tab: string, cell: TextCell | undefined, fallback: TextCell): PlanCell {
  const c = cell ?? fallback;
  return { tab, row: c.row, column: c.column };
}

interface PlannedField {
  name: TextCell;
  type?: TextCell;
  required: boolean;
  allowedValues?: TextCell;
}

interface Context {
  settings: Settings;
  disabled: ReadonlySet<string>;
}

function finding(ctx: Context, out: CoverageFinding[], f: Omit<CoverageFinding, 'severity'> & { severity?: Severity }): void {
  if (ctx.disabled.has(f.rule)) return;
  const severity = f.severity ?? COVERAGE_RULES[f.rule as CoverageRuleId].severity;
  out.push({ ...f, severity });
}

/** Where a finding about a sent track event points: the event as sent and the file it came from. */
function sentAs(sent: ObservedEventState, rule: CoverageRuleId): Pick<CoverageFinding, 'event' | 'kind' | 'rule' | 'source'> {
  return { event: sent.name, kind: 'track', rule, source: sent.source };
}

/** "was sent 3 times, last seen 2026-11-02". */
function wasSent(sent: ObservedEventState): string {
  return `was sent ${plural(sent.count, 'time')}${sent.lastSeen ? `, last seen ${sent.lastSeen}` : ''}`;
}

/** The conventions' findings on a sent name, as the plan would get them. */
function conventionFindings(
  ctx: Context,
  out: CoverageFinding[],
  target: 'event' | 'property',
  name: string,
  scope: NameScope,
  base: Pick<CoverageFinding, 'event' | 'kind' | 'source' | 'property'>,
): void {
  for (const f of checkName(target, name, ctx.settings, scope)) {
    const what = target === 'event' ? `Sent event name ${quote(name)}` : `Sent property name ${quote(name)}`;
    const item: CoverageFinding = { ...base, rule: f.rule, severity: f.severity, message: `${what}: ${f.message}` };
    if (f.suggestion !== undefined) item.suggestion = f.suggestion;
    out.push(item);
  }
}

/** Property (or trait) drift of one sent event against its planned fields. */
function propertyFindings(
  ctx: Context,
  out: CoverageFinding[],
  tab: string,
  scope: NameScope,
  planned: readonly PlannedField[],
  observed: ObservedEventState,
  eventName: string,
  nearMiss = false,
): void {
  // "3 "Order Completed" events", "1 Identify call".
  const of = (n: number) =>
    plural(n, observed.kind === 'track' ? `${quote(eventName)} event` : `${CALL_NAMES[observed.kind as 'identify' | 'group'] ?? eventName} call`);
  const sentProps = new Map(observed.properties.map((p) => [p.name, p]));
  const plannedTop = new Set<string>();
  const plannedByLoose = new Map<string, string>();
  for (const field of planned) {
    plannedTop.add(topLevel(field.name.text));
    plannedByLoose.set(looseKey(topLevel(field.name.text)), topLevel(field.name.text));
  }
  const total = observed.withProperties;
  const base = { event: eventName, kind: observed.kind };
  for (const field of planned) {
    const name = field.name.text.trim();
    if (!name || isPath(name)) continue;
    const sent = sentProps.get(name);
    const present = sent ? sent.count : 0;
    if (total > 0 && present < total) {
      const missing = total - present;
      if (field.required) {
        finding(ctx, out, {
          ...base,
          rule: 'property-missing',
          property: name,
          cell: cellOf(tab, field.name, field.name),
          message: `${quote(name)} is required but missing from ${thousands(missing)} of ${of(total)} (${percent(missing, total)}).`,
        });
      } else if (present === 0 && !nearMiss) {
        finding(ctx, out, {
          ...base,
          rule: 'property-missing',
          severity: 'info',
          property: name,
          cell: cellOf(tab, field.name, field.name),
          message: `${quote(name)} was never sent in ${of(total)}.`,
        });
      }
    }
    if (!sent) continue;
    const accepted = acceptedTypes(field.type?.text);
    if (accepted) {
      const wrong = (Object.keys(sent.types) as ValueType[]).filter((t) => !accepted.has(t) && (sent.types[t] ?? 0) > 0);
      if (wrong.length) {
        const count = wrong.reduce((n, t) => n + (sent.types[t] ?? 0), 0);
        const examples = wrong.map((t) => `${TYPE_WORDS[t]} (${quote(sent.samples[t] ?? '')})`).join(', ');
        finding(ctx, out, {
          ...base,
          rule: 'property-type-mismatch',
          property: name,
          cell: cellOf(tab, field.type, field.name),
          message: `${quote(name)} was sent as ${examples} in ${thousands(count)} of ${of(sent.count)} that have it; the plan's Type is ${field.type!.text.trim()}.`,
        });
      }
    }
    const allowed = splitAllowedValues(field.allowedValues?.text);
    if (allowed.length) {
      const ok = new Set(allowed);
      const outside = sent.values.filter(([value]) => !ok.has(value));
      if (sent.moreValues && allowed.length < MAX_DISTINCT_VALUES) {
        finding(ctx, out, {
          ...base,
          rule: 'property-value-not-allowed',
          property: name,
          cell: cellOf(tab, field.allowedValues, field.name),
          message: `${quote(name)} was sent with more than ${MAX_DISTINCT_VALUES} different values; its Allowed Values allow ${allowed.length}.`,
        });
      } else if (outside.length) {
        const count = outside.reduce((n, [, c]) => n + c, 0);
        const list = outside
          .slice(0, 5)
          .map(([v, c]) => `${quote(v)} (${thousands(c)})`)
          .join(', ');
        const more = outside.length > 5 ? ` and ${outside.length - 5} more` : '';
        finding(ctx, out, {
          ...base,
          rule: 'property-value-not-allowed',
          property: name,
          cell: cellOf(tab, field.allowedValues, field.name),
          message: `${quote(name)} was sent with values outside its Allowed Values in ${of(count)}: ${list}${more}.`,
        });
      }
    }
  }
  for (const sent of observed.properties) {
    if (plannedTop.has(sent.name)) continue;
    const near = plannedByLoose.get(looseKey(sent.name));
    const hint = near !== undefined ? ` Did you mean ${quote(near)}?` : '';
    const f: Omit<CoverageFinding, 'severity'> = {
      ...base,
      rule: 'property-not-planned',
      property: sent.name,
      source: observed.source,
      message: `${quote(sent.name)} was sent in ${of(sent.count)} but is not in the plan.${hint}`,
    };
    if (near !== undefined) f.suggestion = near;
    finding(ctx, out, f);
    if (near === undefined) conventionFindings(ctx, out, 'property', sent.name, scope, { ...base, property: sent.name, source: observed.source });
  }
}

function summaries(observed: ObservedEventState | undefined, plannedNames: ReadonlySet<string>): ObservedPropertySummary[] {
  if (!observed) return [];
  return observed.properties.map((p) => ({ name: p.name, type: inferredType(p.types), planned: plannedNames.has(p.name), count: p.count }));
}

function entry(
  kind: CallKind,
  name: string,
  observed: ObservedEventState | undefined,
  planned: boolean,
  status: CoverageStatus,
  plannedNames: ReadonlySet<string>,
): EventCoverage {
  const e: EventCoverage = {
    kind,
    name,
    planned,
    seen: !!observed,
    count: observed ? observed.count : 0,
    status,
    findings: [],
    properties: summaries(observed, plannedNames),
    withProperties: observed ? observed.withProperties : 0,
  };
  if (observed?.lastSeen !== undefined) e.lastSeen = observed.lastSeen;
  return e;
}

function trackFields(event: TrackEvent): PlannedField[] {
  return event.properties.map((p: TrackProperty) => ({ name: p.name, type: p.type, required: p.required, allowedValues: p.allowedValues }));
}

function traitFields(traits: readonly Trait[]): PlannedField[] {
  return traits.map((t) => ({ name: t.name, type: t.type, required: t.required, allowedValues: t.allowedValues }));
}

function byCountThenName(a: ObservedEventState, b: ObservedEventState): number {
  return b.count - a.count || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
}

// ----------------------------------------------------------------- compare

/**
 * The coverage report. Events come grouped like the Track tab: each planned
 * event in plan order, followed by the near misses sent for it; then the
 * unplanned events (most sent first); then Identify, Group and pages.
 */
export function compareCoverage(plan: Plan, observation: ObservationState, settings: Settings = DEFAULT_SETTINGS): CoverageReport {
  const ctx: Context = { settings, disabled: new Set<string>(settings.disabledRules ?? []) };
  const trackTab = plan.tabs.track?.sheetName ?? 'Track (Custom)';
  const byKind: Record<CallKind, ObservedEventState[]> = { track: [], identify: [], group: [], page: [], screen: [] };
  for (const e of observation.events) byKind[e.kind].push(e);
  const events: EventCoverage[] = [];

  // Track events -----------------------------------------------------------
  const sentTrack = new Map(byKind.track.map((e) => [e.name, e]));
  const plannedByName = new Map<string, TrackEvent>();
  for (const event of plan.events) if (!plannedByName.has(event.name.text)) plannedByName.set(event.name.text, event);
  const index = nearMissIndex(Array.from(plannedByName.keys()));
  const nearMisses = new Map<string, ObservedEventState[]>();
  const unplanned: ObservedEventState[] = [];
  for (const sent of byKind.track) {
    if (plannedByName.has(sent.name)) continue;
    const target = index.find(sent.name);
    if (target !== undefined) {
      const list = nearMisses.get(target);
      if (list) list.push(sent);
      else nearMisses.set(target, [sent]);
    } else unplanned.push(sent);
  }
  const anyTrackSeen = byKind.track.length > 0;
  for (const [name, planned] of plannedByName) {
    const sent = sentTrack.get(name);
    const fields = trackFields(planned);
    const plannedNames = new Set(fields.map((f) => topLevel(f.name.text)));
    const misses = nearMisses.get(name) ?? [];
    const e = entry('track', name, sent, true, sent ? 'seen' : 'not seen', plannedNames);
    e.cell = cellOf(trackTab, planned.name, planned.name);
    if (sent) propertyFindings(ctx, e.findings, trackTab, 'track', fields, sent, name);
    else if (anyTrackSeen && !misses.length) {
      finding(ctx, e.findings, {
        event: name,
        kind: 'track',
        rule: 'event-not-seen',
        cell: e.cell,
        message: `${quote(name)} is in the plan but was not seen in the observed data.`,
      });
    }
    events.push(e);
    for (const miss of misses.sort(byCountThenName)) {
      const m = entry('track', miss.name, miss, false, 'near miss', plannedNames);
      m.plannedAs = name;
      finding(ctx, m.findings, {
        ...sentAs(miss, 'event-near-miss'),
        suggestion: name,
        message: `${quote(miss.name)} ${wasSent(miss)}; the plan calls it ${quote(name)}.`,
      });
      // A near miss is held against the planned event's properties; optional ones it lacks are the planned event's to report.
      propertyFindings(ctx, m.findings, trackTab, 'track', fields, miss, miss.name, true);
      events.push(m);
    }
  }
  for (const sent of unplanned.sort(byCountThenName)) {
    const e = entry('track', sent.name, sent, false, 'not planned', new Set());
    finding(ctx, e.findings, { ...sentAs(sent, 'event-not-planned'), message: `${quote(sent.name)} is not in the plan; it ${wasSent(sent)}.` });
    conventionFindings(ctx, e.findings, 'event', sent.name, 'track', { event: sent.name, kind: 'track', source: sent.source });
    for (const p of sent.properties)
      conventionFindings(ctx, e.findings, 'property', p.name, 'track', { event: sent.name, kind: 'track', source: sent.source, property: p.name });
    events.push(e);
  }

  // Identify and Group traits ---------------------------------------------
  for (const kind of ['identify', 'group'] as const) {
    const sent = byKind[kind][0];
    const traits = plan[kind];
    if (!sent && !traits.length) continue;
    const tab = plan.tabs[kind]?.sheetName ?? (kind === 'identify' ? 'Identify' : 'Group');
    const fields = traitFields(traits);
    // A plan without the tab (one tab downloaded as CSV, say) does not plan the traits: counted, not judged.
    const judged = plan.tabs[kind] !== undefined;
    const status: CoverageStatus = !judged ? 'unplanned kind' : sent ? 'seen' : 'not seen';
    const e = entry(kind, CALL_NAMES[kind], sent, traits.length > 0, status, new Set(fields.map((f) => topLevel(f.name.text))));
    if (sent && judged) propertyFindings(ctx, e.findings, tab, kind, fields, sent, CALL_NAMES[kind]);
    events.push(e);
  }

  // Pages and screens ---------------------------------------------------------
  const sentPages = [...byKind.page, ...byKind.screen];
  const pageTab = plan.tabs.page?.sheetName ?? 'Page & Screen';
  const plannedPages = new Map<string, PageEntry>();
  for (const page of plan.pages) if (!plannedPages.has(page.name.text)) plannedPages.set(page.name.text, page);
  const pageIndex = nearMissIndex(Array.from(plannedPages.keys()));
  for (const [name, page] of plannedPages) {
    const sent = sentPages.filter((p) => p.name === name);
    const seen = sent.length ? { ...sent[0], count: sent.reduce((n, p) => n + p.count, 0) } : undefined;
    const e = entry(sent[0]?.kind ?? 'page', name, seen, true, seen ? 'seen' : 'not seen', new Set());
    e.cell = cellOf(pageTab, page.name, page.name);
    if (!seen && sentPages.length)
      finding(ctx, e.findings, {
        event: name,
        kind: e.kind,
        rule: 'event-not-seen',
        cell: e.cell,
        message: `The page or screen ${quote(name)} is in the plan but was not seen in the observed data.`,
      });
    events.push(e);
  }
  for (const sent of sentPages.filter((p) => !plannedPages.has(p.name)).sort(byCountThenName)) {
    // A plan that lists no pages does not plan them: they are counted, not judged.
    if (!plannedPages.size) {
      events.push(entry(sent.kind, sent.name, sent, false, 'unplanned kind', new Set()));
      continue;
    }
    const target = pageIndex.find(sent.name);
    const e = entry(sent.kind, sent.name, sent, false, target !== undefined ? 'near miss' : 'not planned', new Set());
    if (target !== undefined) {
      e.plannedAs = target;
      finding(ctx, e.findings, {
        event: sent.name,
        kind: sent.kind,
        rule: 'event-near-miss',
        source: sent.source,
        suggestion: target,
        message: `The ${sent.kind} ${quote(sent.name)} was sent ${plural(sent.count, 'time')}; the plan calls it ${quote(target)}.`,
      });
    } else {
      finding(ctx, e.findings, {
        event: sent.name,
        kind: sent.kind,
        rule: 'event-not-planned',
        source: sent.source,
        message: `The ${sent.kind} ${quote(sent.name)} is not in the plan; it was sent ${plural(sent.count, 'time')}.`,
      });
    }
    events.push(e);
  }

  const findings = events.flatMap((e) => e.findings);
  const track = events.filter((e) => e.kind === 'track');
  const counts: CoverageCounts = {
    planned: track.filter((e) => e.planned).length,
    seen: track.filter((e) => e.seen).length,
    plannedSeen: track.filter((e) => e.planned && e.seen).length,
    notSeen: track.filter((e) => e.planned && !e.seen).length,
    notPlanned: track.filter((e) => e.status === 'not planned').length,
    nearMisses: track.filter((e) => e.status === 'near miss').length,
  };
  return { events, findings, summary: summarize(findings), counts };
}
