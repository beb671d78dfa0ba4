/**
 * The Insert spec events section: a spec picker whose events are
 * checkboxes. Events already in the plan are listed but cannot be chosen,
 * since inserting twice adds nothing twice.
 */
import type { SpecListDto, SpecPickerDto } from '../../src/gas/api-types';
import { h, replace } from './dom';
import { plural } from '../../src/core/counts';
import { insertButtonText, pickerRows, pickerSummary } from './view';

export interface Picker {
  specId: string;
  events: SpecPickerDto['events'];
}

export function renderSpecOptions(select: HTMLSelectElement, list: SpecListDto): void {
  replace(
    select,
    h('option', { attrs: { value: '' } }, 'Choose a spec…'),
    ...list.specs.map((spec) => h('option', { attrs: { value: spec.id } }, `${spec.name} (${plural(spec.eventCount, 'event')})`)),
  );
}

export function renderPicker(container: HTMLElement, picker: SpecPickerDto, onChange: () => void): void {
  if (!picker.events.length) {
    replace(container, h('p', { className: 'muted empty' }, 'This spec has no events.'));
    return;
  }
  const rows = pickerRows(picker.events).map((row, index) => {
    if (row.kind === 'category') return h('div', { className: 'pick-category', attrs: { role: 'presentation' } }, row.label);
    const event = row.event!;
    const id = `pick-${index}`;
    const box = h('input', { attrs: { type: 'checkbox', id, value: event.name, disabled: event.inPlan, 'aria-describedby': `${id}-meta` } });
    box.addEventListener('change', onChange);
    const meta = event.inPlan ? 'in plan' : plural(event.propertyCount, 'property', 'properties');
    return h(
      'label',
      { className: event.inPlan ? 'pick in-plan' : 'pick', attrs: { for: id, title: event.description || undefined } },
      box,
      h('span', { className: 'pick-name' }, event.name),
      h('span', { className: event.inPlan ? 'pick-meta badge neutral' : 'pick-meta', attrs: { id: `${id}-meta` } }, meta),
    );
  });
  replace(container, ...rows);
}

export function pickerBoxes(container: HTMLElement): HTMLInputElement[] {
  return Array.from(container.querySelectorAll<HTMLInputElement>('input[type="checkbox"]'));
}

export function chosenNames(container: HTMLElement): string[] {
  return pickerBoxes(container)
    .filter((b) => b.checked && !b.disabled)
    .map((b) => b.value);
}

export function setAll(container: HTMLElement, checked: boolean): void {
  for (const box of pickerBoxes(container)) if (!box.disabled) box.checked = checked;
}

export function updatePickerState(container: HTMLElement, picker: SpecPickerDto | undefined, summary: HTMLElement, insert: HTMLButtonElement): void {
  const chosen = chosenNames(container).length;
  summary.textContent = picker ? pickerSummary(picker.events, chosen) : '';
  insert.textContent = insertButtonText(chosen);
  insert.disabled = chosen === 0;
}
