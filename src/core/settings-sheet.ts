/**
 * The document's settings as rows of the add-on's hidden settings tab
 * (OWNED_TAB_NAMES.settings), so they travel with a downloaded .xlsx: an
 * .xlsx carries no document properties, and `tracking-plan lint` reads the
 * tab to apply the same casing, accepted words, severities and accepted
 * findings as the sheet. One setting per row, read by the captions of the
 * header row, so a reader copes with moved columns.
 */
import { RULE_IDS } from './rules';
import { DEFAULT_SETTINGS, type Settings, type SettingsReading, validateSettings } from './settings';

export const SETTINGS_TAB_INTRO =
  'Convention settings of this tracking plan, written by the Tracking Plan add-on (change them in its sidebar). ' +
  '`tracking-plan lint` reads them from a downloaded .xlsx.';

export const SETTINGS_TAB_HEADER = ['Setting', 'Rule', 'Value', 'Tab', 'Name'] as const;

const KIND = {
  eventCasing: 'event casing',
  propertyCasing: 'property casing',
  acceptedWord: 'accepted word',
  severity: 'severity',
  acceptedFinding: 'accepted finding',
} as const;

/** The tab's rows: an introduction, the header, then one row per setting. */
export function settingsRows(settings: Settings): string[][] {
  const rows: string[][] = [[SETTINGS_TAB_INTRO, '', '', '', ''], [...SETTINGS_TAB_HEADER]];
  rows.push([KIND.eventCasing, '', settings.eventCasing, '', '']);
  rows.push([KIND.propertyCasing, '', settings.propertyCasing, '', '']);
  for (const word of settings.acceptedWords) rows.push([KIND.acceptedWord, '', word, '', '']);
  for (const id of RULE_IDS) {
    const level = settings.severities[id];
    if (level) rows.push([KIND.severity, id, level, '', '']);
  }
  for (const f of settings.acceptedFindings) rows.push([KIND.acceptedFinding, f.rule, '', f.tab, f.name]);
  return rows;
}

/** Whether the settings are the defaults (then no tab needs creating for them). */
export function isDefaultSettings(settings: Settings): boolean {
  return (
    settings.eventCasing === DEFAULT_SETTINGS.eventCasing &&
    settings.propertyCasing === DEFAULT_SETTINGS.propertyCasing &&
    !settings.acceptedWords.length &&
    !Object.keys(settings.severities).length &&
    !settings.acceptedFindings.length
  );
}

const text = (value: unknown) => (value === undefined || value === null ? '' : String(value));
const squash = (value: unknown) => text(value).trim().toLowerCase();

/**
 * The settings object the tab's rows state, before validation: rows it
 * cannot place are skipped. `null` when the values hold no header row.
 */
export function settingsRecordFromRows(values: readonly (readonly unknown[])[]): Record<string, unknown> | null {
  const headerAt = values.slice(0, 10).findIndex((row) => row.some((cell) => squash(cell) === 'setting') && row.some((cell) => squash(cell) === 'value'));
  if (headerAt < 0) return null;
  const header = values[headerAt].map(squash);
  const at = (caption: string) => header.indexOf(caption);
  const [setting, rule, value, tab, name] = ['setting', 'rule', 'value', 'tab', 'name'].map(at);
  const cell = (row: readonly unknown[], column: number) => (column < 0 ? '' : text(row[column]));
  const record: Record<string, unknown> = {};
  const words: string[] = [];
  const severities: Record<string, string> = {};
  const accepted: { rule: string; tab: string; name: string }[] = [];
  for (const row of values.slice(headerAt + 1)) {
    switch (squash(cell(row, setting))) {
      case KIND.eventCasing:
        record.eventCasing = cell(row, value).trim();
        break;
      case KIND.propertyCasing:
        record.propertyCasing = cell(row, value).trim();
        break;
      case KIND.acceptedWord:
        words.push(cell(row, value));
        break;
      case KIND.severity:
        severities[cell(row, rule).trim()] = cell(row, value).trim();
        break;
      case KIND.acceptedFinding:
        accepted.push({ rule: cell(row, rule).trim(), tab: cell(row, tab), name: cell(row, name) });
        break;
    }
  }
  if (words.length) record.acceptedWords = words;
  if (Object.keys(severities).length) record.severities = severities;
  if (accepted.length) record.acceptedFindings = accepted;
  return record;
}

/** The settings the tab states; each value it cannot use falls back with a problem, as stored settings do. */
export function settingsFromRows(values: readonly (readonly unknown[])[]): SettingsReading {
  const record = settingsRecordFromRows(values);
  if (!record)
    return {
      settings: validateSettings(undefined).settings,
      problems: ['The settings tab has no header row with "Setting" and "Value"; the defaults are used.'],
    };
  return validateSettings(record);
}

/**
 * Settings with another source's on top, as a config file overrides what a
 * downloaded .xlsx carries: each field the override names replaces the
 * base's; severities are merged rule by rule. Problems are the override's.
 */
export function overrideSettings(base: Settings, override: Record<string, unknown>): SettingsReading {
  const { settings: over, problems } = validateSettings(override);
  const has = (key: string) => Object.prototype.hasOwnProperty.call(override, key) && override[key] !== undefined;
  return {
    settings: {
      eventCasing: has('eventCasing') ? over.eventCasing : base.eventCasing,
      propertyCasing: has('propertyCasing') ? over.propertyCasing : base.propertyCasing,
      acceptedWords: has('acceptedWords') ? over.acceptedWords : [...base.acceptedWords],
      severities: { ...base.severities, ...over.severities },
      acceptedFindings: has('acceptedFindings') ? over.acceptedFindings : [...base.acceptedFindings],
    },
    problems,
  };
}
