/**
 * A plan snapshot: the part of a plan a version keeps and a diff compares
 * (each Track event's name, status and description, and each property's
 * name, type, required flag, allowed values and description), as plain
 * JSON-safe data with no sheet positions, so a version saved months ago
 * compares with today's sheet wherever its rows have moved.
 */
import { splitAllowedValues } from '../export/json-schema';
import { type Plan, type TrackEvent, type TrackProperty } from '../plan';

export interface PropertySnapshot {
  name: string;
  type: string;
  required: boolean;
  allowedValues: string[];
  description: string;
}

export interface EventSnapshot {
  name: string;
  status: string;
  /** The Fires When... text. */
  description: string;
  properties: PropertySnapshot[];
}

export interface PlanSnapshot {
  events: EventSnapshot[];
}

/** Cell text as a name: runs of white space are one space, none at either end. */
export function tidy(text: string | undefined): string {
  return text ? text.replace(/\s+/g, ' ').trim() : '';
}

function propertySnapshot(property: TrackProperty): PropertySnapshot {
  return {
    name: tidy(property.name.text),
    type: tidy(property.type?.text),
    required: property.required,
    allowedValues: splitAllowedValues(property.allowedValues?.text),
    description: property.description ? property.description.text.trim() : '',
  };
}

function eventSnapshot(event: TrackEvent): EventSnapshot {
  return {
    name: tidy(event.name.text),
    status: tidy(event.status?.text),
    description: event.firesWhen ? event.firesWhen.text.trim() : '',
    properties: event.properties.map(propertySnapshot),
  };
}

export function snapshotOf(plan: Plan): PlanSnapshot {
  return { events: plan.events.map(eventSnapshot) };
}

// ------------------------------------------------------------------ storage
// A version is kept as JSON text in cells of a hidden tab. Sheets holds at
// most 50,000 characters in a cell, so the text is cut into parts; a compact
// array form keeps a 10,000-event plan to a few megabytes.

/** Characters of JSON per cell, safely under Sheets' 50,000-character cell limit. */
export const PART_LENGTH = 40_000;

/** Marks stored text so Sheets never reads a part as a number, date or formula ("=", "+", "-", "123"). */
export const PART_PREFIX = '~';

const FORMAT = 1;

type StoredProperty = [string, string, 0 | 1, string[], string];
type StoredEvent = [string, string, string, StoredProperty[]];

export interface StoredVersion {
  name: string;
  /** ISO date and time the version was saved. */
  savedAt: string;
  snapshot: PlanSnapshot;
}

export function encodeVersion(version: StoredVersion): string {
  const events: StoredEvent[] = version.snapshot.events.map((e) => [
    e.name,
    e.status,
    e.description,
    e.properties.map((p): StoredProperty => [p.name, p.type, p.required ? 1 : 0, p.allowedValues, p.description]),
  ]);
  return JSON.stringify({ format: FORMAT, name: version.name, savedAt: version.savedAt, events });
}

const isString = (x: unknown): x is string => typeof x === 'string';

function readProperty(raw: unknown): PropertySnapshot | undefined {
  if (!Array.isArray(raw) || raw.length < 5) return undefined;
  const [name, type, required, allowedValues, description] = raw;
  if (!isString(name) || !isString(type) || !isString(description) || !Array.isArray(allowedValues) || !allowedValues.every(isString)) return undefined;
  return { name, type, required: required === 1, allowedValues, description };
}

function readEvent(raw: unknown): EventSnapshot | undefined {
  if (!Array.isArray(raw) || raw.length < 4) return undefined;
  const [name, status, description, properties] = raw;
  if (!isString(name) || !isString(status) || !isString(description) || !Array.isArray(properties)) return undefined;
  const read: PropertySnapshot[] = [];
  for (const p of properties) {
    const property = readProperty(p);
    if (!property) return undefined;
    read.push(property);
  }
  return { name, status, description, properties: read };
}

/** The version stored as this JSON text, or undefined when the text is damaged (hand-edited, cut short). */
export function decodeVersion(json: string): StoredVersion | undefined {
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch {
    return undefined;
  }
  if (!raw || typeof raw !== 'object') return undefined;
  const record = raw as Record<string, unknown>;
  if (record.format !== FORMAT || !isString(record.name) || !isString(record.savedAt) || !Array.isArray(record.events)) return undefined;
  const events: EventSnapshot[] = [];
  for (const e of record.events) {
    const event = readEvent(e);
    if (!event) return undefined;
    events.push(event);
  }
  return { name: record.name, savedAt: record.savedAt, snapshot: { events } };
}

/** The text cut into prefixed parts of at most PART_LENGTH characters (one part for empty text). */
export function splitParts(text: string, length = PART_LENGTH): string[] {
  const parts: string[] = [];
  let i = 0;
  do {
    let end = Math.min(i + length, text.length);
    // Never cut an emoji (a surrogate pair) in two: a lone half is not text Sheets keeps.
    const last = text.charCodeAt(end - 1);
    if (end < text.length && end - 1 > i && last >= 0xd800 && last <= 0xdbff) end--;
    parts.push(PART_PREFIX + text.slice(i, end));
    i = end;
  } while (i < text.length);
  return parts;
}

/** The text back from its parts; undefined when a part lacks its prefix (not written by the add-on). */
export function joinParts(parts: readonly unknown[]): string | undefined {
  let text = '';
  for (const part of parts) {
    if (typeof part !== 'string' || !part.startsWith(PART_PREFIX)) return undefined;
    text += part.slice(PART_PREFIX.length);
  }
  return text;
}
