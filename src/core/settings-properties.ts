/**
 * How convention settings are kept in the document properties: one JSON
 * value under one key (split into parts under further keys when it passes
 * the 9 KB a property value may hold), so the whole team shares them. Reading never fails:
 * a value the add-on cannot understand (hand-edited, or from a newer or
 * older version) falls back to its default with a message that says so;
 * saving, on the other hand, refuses bad input.
 */
import { thousands } from './counts';
import { UserError } from './errors';
import { joinParts, splitIntoParts } from './property-parts';
import { parseSettings, serializeSettings, type Settings, validateSettings } from './settings';

export const SETTINGS_KEY = 'trackingPlan.settings';
/**
 * The largest settings the add-on stores, as JSON characters: the document
 * properties hold 500 KB in all, shared with the last check and the fix
 * history. 200,000 characters is about 15,000 accepted words or findings.
 */
export const MAX_SETTINGS_CHARS = 200_000;

export interface StoredSettings {
  settings: Settings;
  /** Messages about stored values that were not understood and fell back to defaults. */
  warnings: string[];
}

export function decodeSettings(json: string | null | undefined): StoredSettings {
  const { settings, problems } = parseSettings(json);
  return { settings, warnings: problems.map((p) => `Stored convention settings: ${p}`) };
}

/** The settings a user saves, merged over the current ones; anything not understood is refused with a message. */
export function settingsToSave(current: Settings, input: unknown): Settings {
  if (!input || typeof input !== 'object' || Array.isArray(input)) throw new UserError('The settings to save are missing or not in the expected form.');
  const { settings, problems } = validateSettings({ ...current, ...input });
  if (problems.length) {
    // The reader's fallback notes ("Using Title Case.") do not apply to a refusal.
    const reasons = problems.map((p) => p.replace(/\s*(Using [^.]*|It is ignored|it is ignored)\.$/, '').replace(/[;:,]$/, '.'));
    throw new UserError(`These settings cannot be saved: ${reasons.join(' ')} Nothing was changed.`);
  }
  return settings;
}

export function encodeSettings(settings: Settings): string {
  return serializeSettings(settings);
}

export function decodeSettingsProperties(props: Record<string, string>): StoredSettings {
  return decodeSettings(joinParts(SETTINGS_KEY, props));
}

/**
 * The document properties to write for these settings, and the stale parts
 * to delete. Settings larger than MAX_SETTINGS_CHARS are refused with a
 * message that says the limit and what to remove.
 */
export function settingsProperties(settings: Settings, props: Record<string, string>): { set: Record<string, string>; remove: string[] } {
  const json = encodeSettings(settings);
  if (json.length > MAX_SETTINGS_CHARS) {
    throw new UserError(
      `These settings are too large to keep with the document: ${thousands(json.length)} characters, and the limit is ${thousands(MAX_SETTINGS_CHARS)} ` +
        `(about 15,000 accepted words and accepted findings together). Remove some accepted words or accepted findings. Nothing was changed.`,
    );
  }
  return splitIntoParts(SETTINGS_KEY, json, props);
}
