/**
 * A document's convention settings: the casing choices, accepted words and
 * switched-off rules the whole team shares. Defaults follow Segment's
 * planning guide (conventions.md).
 */
import { RuleId } from './finding';

export const EVENT_CASINGS = ['Title Case', 'Sentence case', 'lower case', 'snake_case', 'camelCase', 'PascalCase'] as const;
export const PROPERTY_CASINGS = ['snake_case', 'camelCase'] as const;

export type EventCasing = (typeof EVENT_CASINGS)[number];
export type PropertyCasing = (typeof PROPERTY_CASINGS)[number];

export interface Settings {
  eventCasing: EventCasing;
  propertyCasing: PropertyCasing;
  /** Words the casing rules accept as written: brands and acronyms such as iOS, PayPal. */
  acceptedWords: string[];
  disabledRules: RuleId[];
}

export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze({
  eventCasing: 'Title Case',
  propertyCasing: 'snake_case',
  acceptedWords: [],
  disabledRules: [],
});
