/** Convention settings stored in the document properties, shared by everyone who opens the document. */
import { RULES } from '../../core/rules/index';
import { EVENT_CASINGS, PROPERTY_CASINGS, Settings } from '../../core/settings';
import { settingsToSave } from '../../core/settings-store';
import { SettingsDto } from '../api-types';
import { Services } from '../services';
import { DocumentStore } from '../settings-store';

function toDto(settings: Settings, warnings: string[]): SettingsDto {
  return {
    settings: { ...settings, acceptedWords: [...settings.acceptedWords], disabledRules: [...settings.disabledRules] },
    choices: {
      eventCasing: [...EVENT_CASINGS],
      propertyCasing: [...PROPERTY_CASINGS],
      rules: RULES.map((r) => ({ id: r.id, severity: r.severity, title: r.title, description: r.description })),
    },
    warnings: [...warnings],
  };
}

export function getSettings(services: Services): SettingsDto {
  const state = new DocumentStore(services.propertiesService).read();
  return toDto(state.settings, state.warnings);
}

/** Validates and stores the settings; settings not given keep their current value. */
export function saveSettings(services: Services, input: Partial<Settings>): SettingsDto {
  const store = new DocumentStore(services.propertiesService);
  const settings = settingsToSave(store.read().settings, input);
  store.saveSettings(settings);
  return toDto(settings, []);
}
