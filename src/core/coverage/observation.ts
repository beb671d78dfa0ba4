/**
 * What was observed in the data a team really sends: per event (and per
 * identify / group call), how often it was seen, when last, and for raw
 * events which properties it carried, of which types and with which values.
 *
 * An accumulator fed one event at a time, so a file of a million events is
 * read in one pass with memory that grows with the number of distinct names,
 * never with the number of events. Its state is plain JSON (no Map, no
 * class), so the sidebar can carry it between Apps Script executions.
 */

/** The kinds of call the plan describes: Track events, Identify and Group traits, pages and screens. */
export type CallKind = 'track' | 'identify' | 'group' | 'page' | 'screen';

/** A JSON value's type, with strings that hold an ISO date told apart. */
export type ValueType = 'string' | 'date' | 'integer' | 'float' | 'boolean' | 'null' | 'object' | 'array';

/** Distinct values kept per property: enough to check Allowed Values lists, bounded so ids do not fill memory. */
export const MAX_DISTINCT_VALUES = 100;
/** Sample values are cut to this many characters. */
const SAMPLE_LENGTH = 40;

export interface ObservedPropertyState {
  name: string;
  /** Events that carried the property. */
  count: number;
  /** Events per value type. */
  types: Partial<Record<ValueType, number>>;
  /** One value per type as sent, for messages ("9.99"). */
  samples: Partial<Record<ValueType, string>>;
  /** Distinct scalar values as text, with how many events sent each; empty once there were too many. */
  values: [string, number][];
  /** True when more than MAX_DISTINCT_VALUES distinct values were sent (and `values` was given up). */
  moreValues?: boolean;
}

export interface ObservedEventState {
  kind: CallKind;
  /** The name exactly as sent ("Identify" and "Group" for those calls). */
  name: string;
  count: number;
  /** ISO time of the latest event, or the input's own text when it is not a date. */
  lastSeen?: string;
  /** Events whose properties were read (raw events); 0 when the input only counts events. */
  withProperties: number;
  properties: ObservedPropertyState[];
  /** The file (or tab) the event was first seen in. */
  source: string;
}

export interface ObservationState {
  events: ObservedEventState[];
}

/** The name identify and group calls are listed under. */
export const CALL_NAMES: Readonly<Record<'identify' | 'group', string>> = { identify: 'Identify', group: 'Group' };

const ISO_DATE = /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;

/** The type of a value as sent. */
export function valueType(value: unknown): ValueType {
  if (value === null || value === undefined) return 'null';
  switch (typeof value) {
    case 'string':
      return value.length >= 10 && value.length <= 35 && ISO_DATE.test(value) ? 'date' : 'string';
    case 'number':
      return Number.isInteger(value) ? 'integer' : 'float';
    case 'boolean':
      return 'boolean';
    default:
      return Array.isArray(value) ? 'array' : 'object';
  }
}

function sampleOf(value: unknown): string {
  const text = typeof value === 'string' ? value : (JSON.stringify(value) ?? String(value));
  return text.length > SAMPLE_LENGTH ? `${text.slice(0, SAMPLE_LENGTH - 1)}…` : text;
}

/** A time as ISO text when it reads as one (ISO text, epoch seconds or milliseconds), else the text as given. */
export function normalizeTime(value: unknown): string | undefined {
  if (value === null || value === undefined || value === '') return undefined;
  if (typeof value === 'number' && Number.isFinite(value)) {
    const ms = value < 1e11 ? value * 1000 : value;
    const date = new Date(ms);
    return isNaN(date.getTime()) ? undefined : date.toISOString();
  }
  const text = String(value).trim();
  if (!text) return undefined;
  // Segment's timestamps are already ISO in UTC: the common case costs no Date.
  if (/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{3})?Z$/.test(text)) return text.length === 20 ? `${text.slice(0, 19)}.000Z` : text;
  if (/^\d{10}(\d{3})?(\.\d+)?$/.test(text)) return normalizeTime(Number(text));
  // Amplitude writes "2015-08-10 12:00:00.000000" in UTC.
  const spaced = /^(\d{4}-\d{2}-\d{2}) (\d{2}:\d{2}:\d{2})(\.\d+)?$/.exec(text);
  const date = new Date(spaced ? `${spaced[1]}T${spaced[2]}${spaced[3] ? spaced[3].slice(0, 4) : ''}Z` : text);
  return isNaN(date.getTime()) ? text : date.toISOString();
}

function later(a: string | undefined, b: string | undefined): string | undefined {
  if (a === undefined) return b;
  if (b === undefined) return a;
  return b > a ? b : a;
}

class PropertyStats {
  count = 0;
  readonly types = new Map<ValueType, number>();
  readonly samples = new Map<ValueType, string>();
  readonly values = new Map<string, number>();
  moreValues = false;

  constructor(readonly name: string) {}

  add(value: unknown, times = 1): void {
    this.count += times;
    const type = valueType(value);
    this.types.set(type, (this.types.get(type) ?? 0) + times);
    if (!this.samples.has(type)) this.samples.set(type, sampleOf(value));
    if (type === 'object' || type === 'array' || type === 'null') return;
    if (this.moreValues) return;
    const text = String(value);
    const seen = this.values.get(text);
    if (seen !== undefined) this.values.set(text, seen + times);
    else this.addDistinct(text, times);
  }

  /**
   * Past MAX_DISTINCT_VALUES the property holds ids, not an enumeration: its
   * values are dropped, so high-cardinality properties cost no memory (and
   * the upload state the sidebar carries stays small).
   */
  private addDistinct(text: string, times: number): void {
    if (this.values.size < MAX_DISTINCT_VALUES) this.values.set(text, times);
    else {
      this.moreValues = true;
      this.values.clear();
    }
  }

  merge(state: ObservedPropertyState): void {
    this.count += state.count;
    for (const [type, n] of Object.entries(state.types) as [ValueType, number][]) this.types.set(type, (this.types.get(type) ?? 0) + n);
    for (const [type, sample] of Object.entries(state.samples) as [ValueType, string][]) if (!this.samples.has(type)) this.samples.set(type, sample);
    if (state.moreValues) {
      this.moreValues = true;
      this.values.clear();
    }
    for (const [text, n] of state.values) {
      if (this.moreValues) break;
      const seen = this.values.get(text);
      if (seen !== undefined) this.values.set(text, seen + n);
      else this.addDistinct(text, n);
    }
  }

  state(): ObservedPropertyState {
    const out: ObservedPropertyState = {
      name: this.name,
      count: this.count,
      types: Object.fromEntries(this.types),
      samples: Object.fromEntries(this.samples),
      values: Array.from(this.values),
    };
    if (this.moreValues) out.moreValues = true;
    return out;
  }
}

class EventStats {
  count = 0;
  lastSeen: string | undefined;
  withProperties = 0;
  readonly properties = new Map<string, PropertyStats>();

  constructor(
    readonly kind: CallKind,
    readonly name: string,
    readonly source: string,
  ) {}

  property(name: string): PropertyStats {
    let stats = this.properties.get(name);
    if (!stats) this.properties.set(name, (stats = new PropertyStats(name)));
    return stats;
  }
}

/** Decides which property names a sender's tool reserves (not reported as unplanned). */
export type ReservedProperty = (name: string) => boolean;

/**
 * The accumulator. `addEvent` takes one raw event; `addCount` one line of a
 * report that only counts events. Events are keyed by kind and exact name:
 * "order completed" and "Order Completed" are two events, which is how a
 * near miss is found.
 */
export class Observation {
  private readonly events = new Map<string, EventStats>();

  private event(kind: CallKind, name: string, source: string): EventStats {
    const key = kind === 'track' ? name : `${kind}\u0000${name}`;
    let stats = this.events.get(key);
    if (!stats) this.events.set(key, (stats = new EventStats(kind, name, source)));
    return stats;
  }

  /** One raw event with its properties (or traits); reserved property names are left out. */
  addEvent(kind: CallKind, name: string, source: string, properties: unknown, time?: unknown, reserved?: ReservedProperty): void {
    const stats = this.event(kind, name, source);
    stats.count++;
    if (time !== undefined) stats.lastSeen = later(stats.lastSeen, normalizeTime(time));
    if (properties === undefined) return;
    stats.withProperties++;
    if (properties === null || typeof properties !== 'object' || Array.isArray(properties)) return;
    for (const key in properties as Record<string, unknown>) {
      if (!Object.prototype.hasOwnProperty.call(properties, key)) continue;
      if (reserved && reserved(key)) continue;
      const value = (properties as Record<string, unknown>)[key];
      if (value === undefined) continue;
      stats.property(key).add(value);
    }
  }

  /** A counted event from a report (a Source Schema, a GA4 report, a list of names). */
  addCount(kind: CallKind, name: string, source: string, count: number, lastSeen?: unknown): void {
    const stats = this.event(kind, name, source);
    stats.count += count;
    if (lastSeen !== undefined) stats.lastSeen = later(stats.lastSeen, normalizeTime(lastSeen));
  }

  /** Adds what another observation saw (counts added, latest time kept). */
  merge(state: ObservationState): void {
    for (const event of state.events) {
      const stats = this.event(event.kind, event.name, event.source);
      stats.count += event.count;
      stats.withProperties += event.withProperties;
      stats.lastSeen = later(stats.lastSeen, event.lastSeen);
      for (const p of event.properties) stats.property(p.name).merge(p);
    }
  }

  get size(): number {
    return this.events.size;
  }

  state(): ObservationState {
    const events: ObservedEventState[] = [];
    for (const stats of this.events.values()) {
      const event: ObservedEventState = {
        kind: stats.kind,
        name: stats.name,
        count: stats.count,
        withProperties: stats.withProperties,
        properties: Array.from(stats.properties.values(), (p) => p.state()),
        source: stats.source,
      };
      if (stats.lastSeen !== undefined) event.lastSeen = stats.lastSeen;
      events.push(event);
    }
    return { events };
  }

  static from(state: ObservationState | undefined): Observation {
    const observation = new Observation();
    if (state) observation.merge(state);
    return observation;
  }
}
