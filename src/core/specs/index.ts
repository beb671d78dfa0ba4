/**
 * Segment's spec catalogs (B2B SaaS, Ecommerce v2, Mobile, Video) and its
 * reserved trait and field names. The data is generated from Segment's docs
 * by scripts/import-specs.mjs; this module only types and indexes it.
 */
import catalogData from './catalog.json';
import { eventKey } from '../plan';

export type SpecId = 'b2b-saas' | 'ecommerce-v2' | 'mobile' | 'video';

export interface SpecProperty {
  name: string;
  /** As the sheet's Type column states it (String, Array[String], ...); '' when the docs give none. */
  type: string;
  description: string;
  allowedValues?: string[];
  /** The docs' own spelling of the type, when it differs from `type`. */
  sourceType?: string;
}

export interface SpecEvent {
  name: string;
  description: string;
  category?: string;
  properties: SpecProperty[];
}

export interface Spec {
  id: SpecId;
  /** As written in the Track tab's Spec column. */
  name: string;
  source: string;
  events: SpecEvent[];
}

interface Catalog {
  specs: Spec[];
  reserved: Record<'identify' | 'group' | 'page' | 'track' | 'context', string[]>;
}

const catalog = catalogData as unknown as Catalog;

export const SPECS: readonly Spec[] = catalog.specs;
export const SPEC_IDS: readonly SpecId[] = SPECS.map((s) => s.id);

export function specById(id: string): Spec | undefined {
  return SPECS.find((s) => s.id === id);
}

/** Finds a spec by id or by its name as written in a Spec cell ("ecommerce v2", "Ecommerce v2"). */
export function findSpec(idOrName: string): Spec | undefined {
  const wanted = eventKey(idOrName);
  return SPECS.find((s) => s.id === wanted || eventKey(s.name) === wanted);
}

/** Segment's reserved names by call type; `context` lists fields of the message context. */
export const RESERVED_NAMES = catalog.reserved;
