/**
 * A document's convention settings: the casing choices, accepted words and
 * switched-off rules the whole team shares. Defaults follow Segment's
 * planning guide (conventions.md).
 */
import { RuleId } from './finding';
import { isRuleId, RULE_IDS } from './rules';

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
  /** Exports hold only Approved and Implemented events; absent means off (every event but the Deprecated ones). */
  exportApprovedOnly?: boolean;
}

export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze({
  eventCasing: 'Title Case',
  propertyCasing: 'snake_case',
  acceptedWords: [],
  disabledRules: [],
});

// ---------------------------------------------------------------- validation
// Settings are stored with the spreadsheet as JSON that people and older
// versions wrote, so they are read leniently: every field falls back to its
// default on its own, with a message saying what was wrong.

export interface SettingsReading {
  settings: Settings;
  /** One plain sentence per field that could not be used as written. */
  problems: string[];
}

const squash = (text: string) => text.toLowerCase().replace(/[^a-z]/g, '');

function readChoice<T extends string>(raw: unknown, choices: readonly T[], fallback: T, what: string, problems: string[]): T {
  if (raw === undefined || raw === null || raw === '') return fallback;
  if (typeof raw === 'string') {
    const wanted = squash(raw);
    const found = choices.find((choice) => squash(choice) === wanted);
    if (found) return found;
  }
  problems.push(`Unknown ${what} ${JSON.stringify(raw)}: choose one of ${choices.join(', ')}. Using ${fallback}.`);
  return fallback;
}

/** A list written as an array, or as text with one item per line or separated by commas. */
export function parseList(raw: unknown): unknown[] {
  if (raw === undefined || raw === null) return [];
  if (Array.isArray(raw)) return raw;
  if (typeof raw === 'string') return raw.split(/[\n\r,;]+/);
  return [raw];
}

function readAcceptedWords(raw: unknown, problems: string[]): string[] {
  if (raw !== undefined && raw !== null && !Array.isArray(raw) && typeof raw !== 'string') {
    problems.push('Accepted words must be a list of words; none are used.');
    return [];
  }
  const words: string[] = [];
  for (const item of parseList(raw)) {
    if (typeof item !== 'string' && typeof item !== 'number') {
      problems.push(`Accepted word ${JSON.stringify(item)} is not a word; it is ignored.`);
      continue;
    }
    const word = String(item).replace(/\s+/g, ' ').trim();
    if (word !== '' && !words.includes(word)) words.push(word);
  }
  return words;
}

function readDisabledRules(raw: unknown, problems: string[]): RuleId[] {
  if (raw !== undefined && raw !== null && !Array.isArray(raw) && typeof raw !== 'string') {
    problems.push('Disabled rules must be a list of rule ids; every rule stays on.');
    return [];
  }
  const ids: RuleId[] = [];
  for (const item of parseList(raw)) {
    const id = typeof item === 'string' ? item.trim().toLowerCase() : item;
    if (id === '') continue;
    if (!isRuleId(id)) {
      problems.push(`Unknown rule ${JSON.stringify(item)}: rule ids are ${RULE_IDS.join(', ')}. It is ignored.`);
      continue;
    }
    if (!ids.includes(id)) ids.push(id);
  }
  return ids;
}

/** An on/off setting: true or false (also as text); anything else is off, with a problem. */
function readFlag(raw: unknown, what: string, problems: string[]): boolean {
  if (raw === undefined || raw === null || raw === false || raw === '') return false;
  if (raw === true) return true;
  if (typeof raw === 'string' && /^(true|false)$/i.test(raw.trim())) return raw.trim().toLowerCase() === 'true';
  problems.push(`${what} must be true or false, not ${JSON.stringify(raw)}. It is off.`);
  return false;
}

/**
 * Reads settings from anything (stored JSON, a sidebar form, a CLI file):
 * each field that is missing or wrong falls back to its default, and each
 * wrong one adds a problem that says so.
 */
export function validateSettings(raw: unknown): SettingsReading {
  const problems: string[] = [];
  if (raw === undefined || raw === null) return { settings: defaultSettings(), problems };
  if (typeof raw !== 'object' || Array.isArray(raw)) {
    problems.push('The settings are not a set of named values; the defaults are used.');
    return { settings: defaultSettings(), problems };
  }
  const record = raw as Record<string, unknown>;
  const known = ['eventCasing', 'propertyCasing', 'acceptedWords', 'disabledRules', 'exportApprovedOnly'];
  for (const key of Object.keys(record)) {
    if (!known.includes(key)) problems.push(`Unknown setting ${JSON.stringify(key)}; it is ignored.`);
  }
  const settings: Settings = {
    eventCasing: readChoice(record.eventCasing, EVENT_CASINGS, DEFAULT_SETTINGS.eventCasing, 'event name casing', problems),
    propertyCasing: readChoice(record.propertyCasing, PROPERTY_CASINGS, DEFAULT_SETTINGS.propertyCasing, 'property name casing', problems),
    acceptedWords: readAcceptedWords(record.acceptedWords, problems),
    disabledRules: readDisabledRules(record.disabledRules, problems),
  };
  if (readFlag(record.exportApprovedOnly, 'Export only approved events', problems)) settings.exportApprovedOnly = true;
  return { settings, problems };
}

/** Reads settings stored as JSON text; blank text means the defaults. */
export function parseSettings(json: string | null | undefined): SettingsReading {
  if (json === undefined || json === null || json.trim() === '') return { settings: defaultSettings(), problems: [] };
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch {
    return { settings: defaultSettings(), problems: ['The stored settings are not valid JSON; the defaults are used.'] };
  }
  return validateSettings(raw);
}

/** Settings as JSON text to store with the spreadsheet. */
export function serializeSettings(settings: Settings): string {
  return JSON.stringify({
    eventCasing: settings.eventCasing,
    propertyCasing: settings.propertyCasing,
    acceptedWords: settings.acceptedWords,
    disabledRules: settings.disabledRules,
    // Written only when on, so settings stored before this option read and compare as they were.
    exportApprovedOnly: settings.exportApprovedOnly ? true : undefined,
  });
}

/** A fresh, mutable copy of the defaults. */
export function defaultSettings(): Settings {
  return { ...DEFAULT_SETTINGS, acceptedWords: [], disabledRules: [] };
}
