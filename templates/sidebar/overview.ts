/** The Overview section: counts, the last check, missing tabs and parser problems. */
import type { OverviewDto } from '../../src/gas/api-types';
import { h, replace } from './dom';
import { lastCheckText, summaryText } from './view';
import { plural } from '../../src/core/counts';

export interface OverviewActions {
  setUpTemplate(button: HTMLButtonElement): void;
}

function stat(value: number, label: string): HTMLElement {
  return h('div', { className: 'stat' }, h('span', { className: 'stat-value' }, value), h('span', { className: 'stat-label' }, label));
}

export function renderOverview(container: HTMLElement, overview: OverviewDto, actions: OverviewActions): void {
  const { counts, lastCheck } = overview;
  const parts: HTMLElement[] = [
    h('p', { className: 'sheet-name', attrs: { title: overview.spreadsheetName } }, overview.spreadsheetName),
    h(
      'div',
      { className: 'stats', attrs: { role: 'list', 'aria-label': 'Plan size' } },
      stat(counts.goals, counts.goals === 1 ? 'goal' : 'goals'),
      stat(counts.events, counts.events === 1 ? 'event' : 'events'),
      stat(counts.properties, counts.properties === 1 ? 'property' : 'properties'),
      stat(counts.traits, counts.traits === 1 ? 'trait' : 'traits'),
    ),
  ];
  for (const node of Array.from(parts[1].children)) node.setAttribute('role', 'listitem');

  if (lastCheck && overview.checksOn !== false) {
    // While checks are on, the counts are the sheet's as it is now (the live check keeps the marks current).
    const clean = !lastCheck.errors && !lastCheck.warnings && !lastCheck.infos;
    parts.push(
      h(
        'div',
        { className: 'last-check', attrs: { 'aria-label': `Last check: ${summaryText(lastCheck)}` } },
        h('span', { className: 'muted' }, `${lastCheckText(lastCheck.at)}:`),
        clean ? h('span', { className: 'badge ok' }, 'No problems') : null,
        lastCheck.errors ? h('span', { className: 'badge error' }, plural(lastCheck.errors, 'error')) : null,
        lastCheck.warnings ? h('span', { className: 'badge warning' }, plural(lastCheck.warnings, 'warning')) : null,
        lastCheck.infos ? h('span', { className: 'badge info' }, `${lastCheck.infos} info`) : null,
        lastCheck.accepted ? h('span', { className: 'badge neutral' }, `${lastCheck.accepted} accepted`) : null,
      ),
    );
  } else if (lastCheck) {
    parts.push(h('p', { className: 'muted last-check-off' }, 'Checks are cleared: the sheet shows no marks. Check now to see the problems again.'));
  } else {
    parts.push(h('p', { className: 'muted' }, 'Not checked yet.'));
  }

  if (overview.missingTabs.length) {
    const button = h('button', { className: 'action', attrs: { type: 'button', id: 'set-up-template' } }, 'Set up template');
    button.addEventListener('click', () => actions.setUpTemplate(button));
    parts.push(
      h(
        'div',
        { className: 'callout', attrs: { role: 'note' } },
        h('span', {}, overview.missingTabs.length === 1 ? 'This tab of the template is missing:' : 'These tabs of the template are missing:'),
        h('ul', {}, ...overview.missingTabs.map((tab) => h('li', {}, tab))),
        h('div', { className: 'actions' }, button),
      ),
    );
  }
  if (overview.problems.length) {
    parts.push(
      h(
        'div',
        { className: 'callout', attrs: { role: 'note' } },
        h('span', {}, 'The plan could not be read completely:'),
        h('ul', {}, ...overview.problems.map((problem) => h('li', {}, problem))),
      ),
    );
  }
  replace(container, ...parts);
}

/** When the overview cannot be loaded (for example before the checks exist), say so in place. */
export function renderOverviewError(container: HTMLElement, message: string): void {
  replace(container, h('p', { className: 'muted' }, message));
}
