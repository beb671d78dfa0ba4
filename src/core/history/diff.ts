/**
 * What changed between two versions of a plan: events and properties
 * added, removed, renamed and changed, each classed breaking or not. A
 * breaking change is one that makes code written against the older plan
 * send data the newer plan rejects, or stop receiving what it relied on:
 * a renamed or removed event or property, a type change, a property made
 * required (or added as required), an allowed value removed (or a free
 * field limited to a list). Everything else (additions, descriptions,
 * status, a loosened rule) is a change that needs review but breaks nothing.
 */
import { type EventSnapshot, type PlanSnapshot, type PropertySnapshot } from './snapshot';
import { noun, plural } from '../counts';

export type ChangeKind =
  | 'event-added'
  | 'event-removed'
  | 'event-renamed'
  | 'event-description'
  | 'status'
  | 'property-added'
  | 'property-removed'
  | 'property-renamed'
  | 'type'
  | 'required'
  | 'allowed-values'
  | 'description';

export interface Change {
  breaking: boolean;
  kind: ChangeKind;
  /** The event's name in the newer plan (in the older one when it was removed). */
  event: string;
  /** The property's name in the newer plan (in the older one when it was removed); absent for event changes. */
  property?: string;
  /** The value before and after, as text, where one changed ("Number" to "String"). */
  before?: string;
  after?: string;
  /** What changed, for a person: 'type changed from "Number" to "String"'. */
  message: string;
}

export interface ChangeCounts {
  breaking: number;
  other: number;
}

const q = (text: string) => JSON.stringify(text);

/** A name with casing and separators removed: "Order Completed", "order_completed" and "orderCompleted" agree. */
function looseKey(name: string): string {
  return name.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}

/** Items keyed by name; a name that repeats gets a numbered key, so duplicates pair up in order. */
function keyed<T extends { name: string }>(items: readonly T[]): Map<string, T> {
  const map = new Map<string, T>();
  const seen = new Map<string, number>();
  for (const item of items) {
    const count = (seen.get(item.name) ?? 0) + 1;
    seen.set(item.name, count);
    map.set(count === 1 ? item.name : `${item.name}\u0000${count}`, item);
  }
  return map;
}

function indexBy<T>(items: readonly T[], key: (item: T) => string | undefined): Map<string, T[]> {
  const index = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    if (k === undefined) continue;
    const list = index.get(k);
    if (list) list.push(item);
    else index.set(k, [item]);
  }
  return index;
}

/**
 * Pairs items present only before with items present only after that are
 * the same thing under a new name: first those whose names differ only in
 * casing and separators, then those with the same `signature` (undefined:
 * nothing to recognise it by). One-to-one, in order; indexed, so a plan
 * renamed wholesale costs no more than one renamed event each.
 */
function pairRenames<T extends { name: string }>(removed: T[], added: T[], signature: (item: T) => string | undefined): Map<T, T> {
  const pairs = new Map<T, T>();
  if (!removed.length || !added.length) return pairs;
  const taken = new Set<T>();
  const pass = (key: (item: T) => string | undefined) => {
    const index = indexBy(added, key);
    for (const old of removed) {
      if (pairs.has(old)) continue;
      const k = key(old);
      const match = k === undefined ? undefined : index.get(k)?.find((c) => !taken.has(c));
      if (match) {
        pairs.set(old, match);
        taken.add(match);
      }
    }
  };
  pass((item) => looseKey(item.name));
  pass(signature);
  return pairs;
}

/** Types compare as written, ignoring case and spaces ("array[string]" is "Array [String]"). */
function typeKey(type: string): string {
  return type.toLowerCase().replace(/\s+/g, '');
}

function sameType(a: string, b: string): boolean {
  return a === b || typeKey(a) === typeKey(b);
}

/** No type, or Any, accepts every value: becoming untyped loosens the rule. */
function untyped(type: string): boolean {
  return type === '' || type.toLowerCase() === 'any';
}

const shown = (text: string) => (text === '' ? '(none)' : q(text));

function quoteList(values: readonly string[]): string {
  return values.map(q).join(', ');
}

/** A value that changed, with its message: 'type changed from "Number" to "String"'. */
function fromTo(what: string, before: string, after: string): Pick<Change, 'before' | 'after' | 'message'> {
  return { before, after, message: `${what} changed from ${shown(before)} to ${shown(after)}` };
}

function propertyChanges(event: string, before: PropertySnapshot, after: PropertySnapshot, out: Change[]): void {
  const property = after.name;
  if (!sameType(before.type, after.type)) {
    out.push({ breaking: !untyped(after.type), kind: 'type', event, property, ...fromTo('type', before.type, after.type) });
  }
  if (before.required !== after.required) {
    out.push({
      breaking: after.required,
      kind: 'required',
      event,
      property,
      before: String(before.required),
      after: String(after.required),
      message: after.required ? 'made required' : 'no longer required',
    });
  }
  const was = new Set(before.allowedValues);
  const now = new Set(after.allowedValues);
  const removed = before.allowedValues.filter((v) => !now.has(v));
  const added = after.allowedValues.filter((v) => !was.has(v));
  if (removed.length || added.length) {
    let message: string;
    let breaking: boolean;
    if (!after.allowedValues.length) {
      breaking = false;
      message = `allowed values lifted: any value is allowed (was ${quoteList(before.allowedValues)})`;
    } else if (!before.allowedValues.length) {
      breaking = true;
      message = `values limited to ${quoteList(after.allowedValues)}`;
    } else {
      breaking = removed.length > 0;
      const parts: string[] = [];
      if (removed.length) parts.push(`allowed ${noun(removed.length, 'value')} ${quoteList(removed)} removed`);
      if (added.length) parts.push(`allowed ${noun(added.length, 'value')} ${quoteList(added)} added`);
      message = parts.join('; ');
    }
    out.push({ breaking, kind: 'allowed-values', event, property, before: before.allowedValues.join(', '), after: after.allowedValues.join(', '), message });
  }
  if (before.description !== after.description) {
    out.push({ breaking: false, kind: 'description', event, property, before: before.description, after: after.description, message: 'description changed' });
  }
}

function eventChanges(before: EventSnapshot, after: EventSnapshot, out: Change[]): void {
  const event = after.name;
  if (before.name !== after.name) {
    out.push({ breaking: true, kind: 'event-renamed', event, before: before.name, after: after.name, message: `event renamed from ${q(before.name)}` });
  }
  if (before.status !== after.status) {
    out.push({ breaking: false, kind: 'status', event, ...fromTo('status', before.status, after.status) });
  }
  if (before.description !== after.description) {
    out.push({
      breaking: false,
      kind: 'event-description',
      event,
      before: before.description,
      after: after.description,
      message: 'description (Fires When...) changed',
    });
  }

  const old = keyed(before.properties);
  const now = keyed(after.properties);
  const gone = [...old].filter(([key]) => !now.has(key)).map(([, p]) => p);
  const fresh = [...now].filter(([key]) => !old.has(key)).map(([, p]) => p);
  const renamed = pairRenames(gone, fresh, (p) => (p.description ? `${p.description}\u0001${typeKey(p.type)}` : undefined));
  const renamedTo = new Map<PropertySnapshot, PropertySnapshot>();
  for (const [from, to] of renamed) renamedTo.set(to, from);

  for (const [key, property] of now) {
    const previous = old.get(key);
    if (previous) {
      propertyChanges(event, previous, property, out);
      continue;
    }
    const from = renamedTo.get(property);
    if (from) {
      out.push({
        breaking: true,
        kind: 'property-renamed',
        event,
        property: property.name,
        before: from.name,
        after: property.name,
        message: `property renamed from ${q(from.name)}`,
      });
      propertyChanges(event, from, property, out);
      continue;
    }
    out.push({
      breaking: property.required,
      kind: 'property-added',
      event,
      property: property.name,
      message: property.required ? 'property added as required' : 'property added',
    });
  }
  for (const property of gone) {
    if (renamed.has(property)) continue;
    out.push({ breaking: true, kind: 'property-removed', event, property: property.name, message: 'property removed' });
  }
}

/**
 * Every change from `before` to `after`, in the newer plan's order (each
 * event's own changes, then its properties'), followed by the events that
 * were removed, in the older plan's order.
 */
export function diffPlans(before: PlanSnapshot, after: PlanSnapshot): Change[] {
  const out: Change[] = [];
  const old = keyed(before.events);
  const now = keyed(after.events);
  const gone = [...old].filter(([key]) => !now.has(key)).map(([, e]) => e);
  const fresh = [...now].filter(([key]) => !old.has(key)).map(([, e]) => e);
  // An event under a new name that keeps its description and its properties is a rename, not a removal and an addition.
  const renamed = pairRenames(gone, fresh, (e) =>
    e.description
      ? `${e.description}\u0001${e.properties
          .map((p) => p.name)
          .sort()
          .join('\u0001')}`
      : undefined,
  );
  const renamedTo = new Map<EventSnapshot, EventSnapshot>();
  for (const [from, to] of renamed) renamedTo.set(to, from);

  for (const [key, event] of now) {
    const previous = old.get(key) ?? renamedTo.get(event);
    if (previous) {
      eventChanges(previous, event, out);
      continue;
    }
    const count = event.properties.length;
    out.push({
      breaking: false,
      kind: 'event-added',
      event: event.name,
      message: `event added${count ? ` with ${count} propert${count === 1 ? 'y' : 'ies'}` : ''}`,
    });
  }
  for (const event of gone) {
    if (renamed.has(event)) continue;
    out.push({ breaking: true, kind: 'event-removed', event: event.name, message: 'event removed' });
  }
  return out;
}

export function countChanges(changes: readonly Change[]): ChangeCounts {
  let breaking = 0;
  for (const change of changes) if (change.breaking) breaking++;
  return { breaking, other: changes.length - breaking };
}

/** One line per change, as the CLI prints it: `breaking: event "A", property "b": type changed ...`. */
export function changeLine(change: Change): string {
  const where = `event ${q(change.event)}${change.property !== undefined ? `, property ${q(change.property)}` : ''}`;
  return `${change.breaking ? 'breaking' : 'change'}: ${where}: ${change.message}`;
}

/** "2 breaking changes and 3 other changes", "No changes". */
export function changesSummary(changes: readonly Change[]): string {
  const { breaking, other } = countChanges(changes);
  if (!breaking && !other) return 'No changes.';
  const parts: string[] = [];
  if (breaking) parts.push(plural(breaking, 'breaking change'));
  if (other) parts.push(plural(other, breaking ? 'other change' : 'change'));
  return `${parts.join(' and ')}.`;
}
