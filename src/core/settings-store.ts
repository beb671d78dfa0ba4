/**
 * How convention settings are kept in the document properties: one JSON
 * value under one key, so the whole team shares them. Reading never fails:
 * a value the add-on cannot understand (hand-edited, or from a newer or
 * older version) falls back to its default with a message that says so;
 * saving, on the other hand, refuses bad input.
 */
import { UserError } from './errors';
import { parseSettings, serializeSettings, Settings, validateSettings } from './settings';

export const SETTINGS_KEY = 'trackingPlan.settings';

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
  const { settings, problems } = validateSettings({ ...current, ...(input as object) });
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
