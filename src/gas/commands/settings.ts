/** Convention settings stored in the document properties (and copied to a hidden tab), shared by everyone who opens the document. */
import { RULES } from '../../core/rules/index';
import { EVENT_CASINGS, PROPERTY_CASINGS, type Settings } from '../../core/settings';
import { settingsToSave } from '../../core/settings-properties';
import { type RuleDto, type SettingsDto } from '../api-types';
import { withDocumentLock } from '../lock';
import { activeSpreadsheet, type Services } from '../services';
import { writeSettingsTab } from '../settings-tab';
import { DocumentStore } from '../settings-store';

function toDto(settings: Settings, warnings: string[]): SettingsDto {
  return {
    settings: {
      eventCasing: settings.eventCasing,
      propertyCasing: settings.propertyCasing,
      acceptedWords: [...settings.acceptedWords],
      severities: { ...settings.severities },
      acceptedFindings: settings.acceptedFindings.map((f) => ({ ...f })),
      ...(settings.exportApprovedOnly ? { exportApprovedOnly: true } : {}),
    },
    choices: {
      eventCasing: [...EVENT_CASINGS],
      propertyCasing: [...PROPERTY_CASINGS],
      rules: RULES.map((r) => {
        const rule: RuleDto = { id: r.id, severity: r.severity, title: r.title, description: r.description };
        if (r.doc) rule.doc = { reason: r.doc.reason, good: [...r.doc.good], bad: [...r.doc.bad], fix: r.doc.fix };
        return rule;
      }),
    },
    warnings: [...warnings],
  };
}

export function getSettings(services: Services): SettingsDto {
  const state = new DocumentStore(services.propertiesService).read();
  return toDto(state.settings, state.warnings);
}

/**
 * Validates and stores the settings (settings not given keep their current
 * value) in the document properties and in the add-on's hidden settings
 * tab, which travels with a downloaded .xlsx.
 */
export function saveSettings(services: Services, input: Partial<Settings>): SettingsDto {
  return withDocumentLock(services.lockService, () => {
    const store = new DocumentStore(services.propertiesService);
    const settings = settingsToSave(store.read().settings, input);
    store.saveSettings(settings);
    writeSettingsTab(activeSpreadsheet(services), settings);
    return toDto(settings, []);
  });
}
