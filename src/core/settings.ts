/**
 * A document's convention settings: the casing choices, accepted words,
 * per-rule severities and accepted findings the whole team shares. Defaults
 * follow Segment's planning guide (conventions.md).
 */
import { type RuleId, type Severity } from './finding';
import { isRuleId, RULE_IDS } from './rules';

export const EVENT_CASINGS = ['Title Case', 'Sentence case', 'lower case', 'snake_case', 'camelCase', 'PascalCase'] as const;
export const PROPERTY_CASINGS = ['snake_case', 'camelCase'] as const;

export type EventCasing = (typeof EVENT_CASINGS)[number];
export type PropertyCasing = (typeof PROPERTY_CASINGS)[number];

/** What a rule's findings count as; 'off' runs the rule not at all. */
export type RuleSeverity = Severity | 'off';
export const RULE_SEVERITIES: readonly RuleSeverity[] = ['error', 'warning', 'info', 'off'];

/**
 * A finding the team accepted on purpose: the rule, the tab (its sheet name)
 * and the cell's text. It is still reported, marked accepted, but neither
 * highlighted nor counted with the open problems.
 */
export interface AcceptedFinding {
  rule: RuleId;
  tab: string;
  name: string;
}

export interface Settings {
  eventCasing: EventCasing;
  propertyCasing: PropertyCasing;
  /** Words the casing rules accept as written: brands and acronyms such as iOS, PayPal. */
  acceptedWords: string[];
  /** Per rule, a severity other than the rule's own, or 'off'. Rules not listed keep theirs. */
  severities: Partial<Record<RuleId, RuleSeverity>>;
  acceptedFindings: AcceptedFinding[];
  /**
   * Older versions stored switched-off rules here. Reading folds them into
   * `severities` as 'off'; the checker still honours the field on settings
   * built by hand.
   */
  disabledRules?: RuleId[];
  /** Exports hold only Approved and Implemented events; absent means off (every event but the Deprecated ones). */
  exportApprovedOnly?: boolean;
}

export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze({
  eventCasing: 'Title Case',
  propertyCasing: 'snake_case',
  acceptedWords: [],
  severities: {},
  acceptedFindings: [],
});

/** The severity a rule has under these settings: its own unless the settings say otherwise. */
export function ruleSeverity(settings: Pick<Settings, 'severities' | 'disabledRules'>, rule: RuleId, own: Severity): RuleSeverity {
  const set = settings.severities ? settings.severities[rule] : undefined;
  if (set) return set;
  if (settings.disabledRules && settings.disabledRules.includes(rule)) return 'off';
  return own;
}

/** Names compare with their spaces collapsed, as the rules read them. */
function nameKey(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Whether a finding on `tab` about `text` was accepted for `rule` (tab names compare case-insensitively). */
export function acceptedKey(rule: string, tab: string, name: string): string {
  return `${rule}\u0000${tab.trim().toLowerCase()}\u0000${nameKey(name)}`;
}

export function sameAcceptedFinding(a: AcceptedFinding, b: AcceptedFinding): boolean {
  return acceptedKey(a.rule, a.tab, a.name) === acceptedKey(b.rule, b.tab, b.name);
}

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
  // A Set: thousands of words must not cost a quadratic scan.
  const seen = new Set<string>();
  for (const item of parseList(raw)) {
    if (typeof item !== 'string' && typeof item !== 'number') {
      problems.push(`Accepted word ${JSON.stringify(item)} is not a word; it is ignored.`);
      continue;
    }
    const word = String(item).replace(/\s+/g, ' ').trim();
    if (word !== '' && !seen.has(word)) {
      seen.add(word);
      words.push(word);
    }
  }
  return words;
}

function readSeverities(raw: unknown, disabled: readonly RuleId[], problems: string[]): Partial<Record<RuleId, RuleSeverity>> {
  const severities: Partial<Record<RuleId, RuleSeverity>> = {};
  for (const id of disabled) severities[id] = 'off';
  if (raw === undefined || raw === null) return severities;
  if (typeof raw !== 'object' || Array.isArray(raw)) {
    problems.push('Rule severities must be a set of rule ids and severities; every rule keeps its own.');
    return severities;
  }
  for (const [key, value] of Object.entries(raw as Record<string, unknown>)) {
    const id = key.trim().toLowerCase();
    if (!isRuleId(id)) {
      problems.push(`Unknown rule ${JSON.stringify(key)}: rule ids are ${RULE_IDS.join(', ')}. It is ignored.`);
      continue;
    }
    const level = typeof value === 'string' ? value.trim().toLowerCase() : value;
    if (!(RULE_SEVERITIES as readonly unknown[]).includes(level)) {
      problems.push(`Unknown severity ${JSON.stringify(value)} for ${id}: choose one of ${RULE_SEVERITIES.join(', ')}. It keeps its own.`);
      continue;
    }
    severities[id] = level as RuleSeverity;
  }
  return severities;
}

function readAcceptedFindings(raw: unknown, problems: string[]): AcceptedFinding[] {
  if (raw === undefined || raw === null) return [];
  if (!Array.isArray(raw)) {
    problems.push('Accepted findings must be a list of {rule, tab, name}; none are used.');
    return [];
  }
  const found: AcceptedFinding[] = [];
  const seen = new Set<string>();
  for (const item of raw) {
    const r = item as Partial<Record<'rule' | 'tab' | 'name', unknown>> | null;
    const rule = r && typeof r.rule === 'string' ? r.rule.trim().toLowerCase() : undefined;
    if (!r || typeof r !== 'object' || !isRuleId(rule) || typeof r.tab !== 'string' || !r.tab.trim() || typeof r.name !== 'string') {
      problems.push(`Accepted finding ${JSON.stringify(item)} needs a known rule, a tab and a name; it is ignored.`);
      continue;
    }
    const finding: AcceptedFinding = { rule, tab: r.tab.trim(), name: r.name };
    const key = acceptedKey(finding.rule, finding.tab, finding.name);
    if (!seen.has(key)) {
      seen.add(key);
      found.push(finding);
    }
  }
  return found;
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
  const known = ['eventCasing', 'propertyCasing', 'acceptedWords', 'severities', 'acceptedFindings', 'disabledRules', 'exportApprovedOnly'];
  for (const key of Object.keys(record)) {
    if (!known.includes(key)) problems.push(`Unknown setting ${JSON.stringify(key)}; it is ignored.`);
  }
  const settings: Settings = {
    eventCasing: readChoice(record.eventCasing, EVENT_CASINGS, DEFAULT_SETTINGS.eventCasing, 'event name casing', problems),
    propertyCasing: readChoice(record.propertyCasing, PROPERTY_CASINGS, DEFAULT_SETTINGS.propertyCasing, 'property name casing', problems),
    acceptedWords: readAcceptedWords(record.acceptedWords, problems),
    severities: readSeverities(record.severities, readDisabledRules(record.disabledRules, problems), problems),
    acceptedFindings: readAcceptedFindings(record.acceptedFindings, problems),
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
    severities: settings.severities,
    acceptedFindings: settings.acceptedFindings.map((f) => ({ rule: f.rule, tab: f.tab, name: f.name })),
    // Written only when on, so settings stored before this option read and compare as they were.
    exportApprovedOnly: settings.exportApprovedOnly ? true : undefined,
  });
}

/** A fresh, mutable copy of the defaults. */
export function defaultSettings(): Settings {
  return { ...DEFAULT_SETTINGS, acceptedWords: [], severities: {}, acceptedFindings: [] };
}
