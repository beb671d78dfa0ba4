/**
 * What an import reads out of another tool's file, before it is laid out on
 * the template tabs: events with their property rows, Identify and Group
 * traits, pages and screens. Every field is text as a user would type it in
 * the sheet (Type "Array[String]", allowed values as a list, nested
 * properties as paths such as `products.$.sku`).
 */
import { templateTypeWord } from '../property-types';

export type ImportFormat = 'protocols' | 'typewriter' | 'segment-csv' | 'avo-csv' | 'amplitude-csv' | 'rudderstack-yaml';

/** One property of an event, or one trait. */
export interface ImportedField {
  /** The name, or a path for a nested property (`address.city`, `products.$.sku`). */
  name: string;
  /** The Type cell: String, Integer, Array[String], "String | Null"; '' when the source gives none. */
  type: string;
  required: boolean;
  allowedValues: string[];
  description: string;
}

export interface ImportedEvent {
  name: string;
  /** What the source says about the event; goes to Fires When... */
  description: string;
  properties: ImportedField[];
  /** The Spec cell (B2B SaaS, Ecommerce v2, ...), where the source names one. */
  spec?: string;
}

export interface ImportedPage {
  name: string;
  method: 'Page' | 'Screen';
  /** Property names, written to the Properties cell as a list. */
  properties: string[];
  description: string;
}

export interface ImportedPlan {
  /** The file(s) read, for messages. */
  source: string;
  format: ImportFormat;
  events: ImportedEvent[];
  identify: ImportedField[];
  group: ImportedField[];
  pages: ImportedPage[];
  /** Things of the source that have no place in the sheet and were left out. */
  notes: string[];
}

export function emptyImport(source: string, format: ImportFormat): ImportedPlan {
  return { source, format, events: [], identify: [], group: [], pages: [], notes: [] };
}

export function typeWord(word: string): string {
  return templateTypeWord(word) ?? word.trim();
}

/** Terms of a union as one Type cell: "String | Null". */
export function unionText(terms: readonly string[]): string {
  const unique = terms.filter((t, i) => t !== '' && terms.indexOf(t) === i);
  return unique.join(' | ');
}

/** An allowed value as cell text: strings as they are, numbers and booleans as written in JSON. */
export function valueText(value: unknown): string {
  if (typeof value === 'string') return value;
  if (value === null) return 'null';
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Own, non-prototype keys only: a JSON file naming "__proto__" must not reach Object.prototype. */
export function ownEntries(value: unknown): [string, unknown][] {
  if (!isRecord(value)) return [];
  return Object.keys(value).map((k) => [k, value[k]]);
}

export function text(value: unknown): string {
  if (value === undefined || value === null) return '';
  return typeof value === 'string' ? value.trim() : String(value).trim();
}
