/** The Conventions section: casing choices, accepted words and each rule's severity, saved for the document. */
import type { SettingsDto } from '../../src/gas/api-types';
import type { RuleSeverity, Settings } from '../../src/core/settings';
import { h, replace } from './dom';
import { formatAcceptedWords, parseAcceptedWords } from './view';

export interface SettingsForm {
  eventCasing: HTMLSelectElement;
  propertyCasing: HTMLSelectElement;
  acceptedWords: HTMLTextAreaElement;
  rules: HTMLElement;
  warnings: HTMLElement;
}

const LEVELS: readonly RuleSeverity[] = ['error', 'warning', 'info', 'off'];

function options(select: HTMLSelectElement, choices: readonly string[], value: string): void {
  const all = choices.includes(value) ? choices : [value, ...choices];
  replace(select, ...all.map((choice) => h('option', { attrs: { value: choice } }, choice)));
  select.value = value;
}

export function renderSettings(form: SettingsForm, dto: SettingsDto): void {
  const { settings, choices } = dto;
  options(form.eventCasing, choices.eventCasing, settings.eventCasing);
  options(form.propertyCasing, choices.propertyCasing, settings.propertyCasing);
  form.acceptedWords.value = formatAcceptedWords(settings.acceptedWords);
  const severities = (settings.severities || {}) as Record<string, RuleSeverity | undefined>;
  replace(
    form.rules,
    ...choices.rules.map((rule) => {
      const id = `rule-${rule.id}`;
      const level = h(
        'select',
        { className: 'severity', attrs: { id, 'data-rule': rule.id, 'data-own': rule.severity, 'aria-describedby': `${id}-desc` } },
        ...LEVELS.map((l) => h('option', { attrs: { value: l } }, l === rule.severity ? `${l} (default)` : l)),
      );
      level.value = severities[rule.id] ?? rule.severity;
      return h(
        'li',
        { className: 'rule-item' },
        h('div', { className: 'rule-setting' }, h('label', { className: 'rule-label', attrs: { for: id } }, rule.title), level),
        h('span', { className: 'switch-desc', attrs: { id: `${id}-desc` } }, `${rule.id}: ${rule.description}`),
      );
    }),
  );
  replace(form.warnings, ...dto.warnings.map((warning) => h('p', {}, warning)));
  form.warnings.hidden = dto.warnings.length === 0;
}

/** The settings as the form states them; a severity equal to the rule's own is not stored. The server validates and answers with what it stored. */
export function readSettings(form: SettingsForm): Partial<Settings> {
  const levels = Array.from(form.rules.querySelectorAll<HTMLSelectElement>('select.severity'));
  const severities: Settings['severities'] = {};
  for (const level of levels) {
    const rule = level.dataset.rule as keyof Settings['severities'];
    if (level.value !== level.dataset.own) severities[rule] = level.value as RuleSeverity;
  }
  return {
    eventCasing: form.eventCasing.value as Settings['eventCasing'],
    propertyCasing: form.propertyCasing.value as Settings['propertyCasing'],
    acceptedWords: parseAcceptedWords(form.acceptedWords.value),
    severities,
  };
}
