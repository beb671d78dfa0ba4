/** The Conventions section: casing choices, accepted words and rule switches, saved for the document. */
import type { SettingsDto } from '../../src/gas/api-types';
import type { Settings } from '../../src/core/settings';
import { h, replace } from './dom';
import { formatAcceptedWords, parseAcceptedWords } from './view';

export interface SettingsForm {
  eventCasing: HTMLSelectElement;
  propertyCasing: HTMLSelectElement;
  acceptedWords: HTMLTextAreaElement;
  rules: HTMLElement;
  warnings: HTMLElement;
}

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
  const disabled = new Set<string>(settings.disabledRules);
  replace(form.rules, ...choices.rules.map((rule) => {
    const id = `rule-${rule.id}`;
    return h('li', { className: 'rule-item' },
      h('label', { className: 'switch', attrs: { for: id } },
        h('input', { attrs: { type: 'checkbox', role: 'switch', id, value: rule.id, checked: !disabled.has(rule.id), 'aria-describedby': `${id}-desc` } }),
        h('span', { className: 'switch-text' },
          h('span', { className: 'switch-title' }, rule.title, ' ', h('span', { className: `badge ${rule.severity}` }, rule.severity)),
          h('span', { className: 'switch-desc', attrs: { id: `${id}-desc` } }, `${rule.id}: ${rule.description}`),
        ),
      ),
    );
  }));
  replace(form.warnings, ...dto.warnings.map((warning) => h('p', {}, warning)));
  form.warnings.hidden = dto.warnings.length === 0;
}

/** The settings as the form states them; the server validates and answers with what it stored. */
export function readSettings(form: SettingsForm): Partial<Settings> {
  const boxes = Array.from(form.rules.querySelectorAll<HTMLInputElement>('input[type="checkbox"]'));
  return {
    eventCasing: form.eventCasing.value as Settings['eventCasing'],
    propertyCasing: form.propertyCasing.value as Settings['propertyCasing'],
    acceptedWords: parseAcceptedWords(form.acceptedWords.value),
    disabledRules: boxes.filter((b) => !b.checked).map((b) => b.value as Settings['disabledRules'][number]),
  };
}
