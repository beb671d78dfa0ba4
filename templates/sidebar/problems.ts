/**
 * The Problems section: the findings of the last check grouped by rule. A
 * click on a finding selects its cell in the sheet; "Fix" applies its
 * suggestion and "Fix all" every suggestion of one rule.
 */
import type { CheckResultDto, FindingDto, RuleDto } from '../../src/gas/api-types';
import { h, replace } from './dom';
import { cellLabel, displayText, groupFindings, isFixable, plural } from './view';

export interface ProblemActions {
  select(finding: FindingDto, item: HTMLElement): void;
  fix(finding: FindingDto, button: HTMLButtonElement): void;
  fixAll(rule: string, button: HTMLButtonElement): void;
}

/** Long lists are cut so the sidebar stays responsive; the sheet shows every mark. */
const SHOWN_PER_RULE = 50;

function findingItem(finding: FindingDto, actions: ProblemActions): HTMLElement {
  const shown = displayText(finding.text);
  const where = cellLabel(finding.tab, finding.a1);
  const target = h('button', { className: 'finding-target', attrs: { type: 'button', title: `Select ${where}` } },
    h('span', { className: shown.blank ? 'finding-text blank' : 'finding-text' }, shown.text),
    h('span', { className: 'finding-where' }, where),
    h('span', { className: 'finding-message' }, finding.message),
    finding.suggestion !== undefined ? h('span', { className: 'finding-suggestion' }, `Suggested: ${finding.suggestion}`) : null,
    finding.hint ? h('span', { className: 'finding-hint' }, finding.hint) : null,
  );
  const item = h('li', { className: 'finding', attrs: { 'data-rule': finding.rule, 'data-cell': where } }, target);
  target.addEventListener('click', () => actions.select(finding, item));
  if (isFixable(finding)) {
    const fix = h('button', { className: 'small', attrs: { type: 'button', 'aria-label': `Fix ${where}: change to ${finding.suggestion}` } }, 'Fix');
    fix.addEventListener('click', () => actions.fix(finding, fix));
    item.appendChild(fix);
  }
  return item;
}

export function renderProblems(container: HTMLElement, countBadge: HTMLElement, result: CheckResultDto, rules: readonly RuleDto[], actions: ProblemActions): void {
  countBadge.textContent = result.findings.length ? `(${result.findings.length})` : '';
  if (!result.findings.length) {
    replace(container, h('p', { className: 'muted empty' }, 'No problems found. The plan follows the conventions.'));
    return;
  }
  const summary = h('div', { className: 'summary-line', attrs: { 'aria-label': result.message } },
    result.errors ? h('span', { className: 'badge error' }, plural(result.errors, 'error')) : null,
    result.warnings ? h('span', { className: 'badge warning' }, plural(result.warnings, 'warning')) : null,
    result.infos ? h('span', { className: 'badge info' }, `${result.infos} info`) : null,
  );
  const groups = groupFindings(result.findings, rules).map((group) => {
    const head = h('div', { className: 'rule-head' },
      h('span', { className: `badge ${group.severity}` }, group.severity),
      h('span', { className: 'rule-name' }, group.title, h('span', { className: 'rule-id' }, `${group.rule} · ${group.findings.length}`)),
    );
    if (group.fixable) {
      const fixAll = h('button', { className: 'small', attrs: { type: 'button', 'aria-label': `Fix all ${group.fixable} of ${group.rule}` } }, 'Fix all');
      fixAll.addEventListener('click', () => actions.fixAll(group.rule, fixAll));
      head.appendChild(fixAll);
    }
    const shown = group.findings.slice(0, SHOWN_PER_RULE);
    const list = h('ul', { className: 'findings' }, ...shown.map((f) => findingItem(f, actions)));
    const hidden = group.findings.length - shown.length;
    return h('section', { className: 'rule-group', attrs: { 'data-rule': group.rule, 'aria-label': `${group.title}: ${plural(group.findings.length, 'problem')}` } },
      head, list,
      hidden > 0 ? h('p', { className: 'more' }, `${hidden} more marked in the sheet.`) : null,
    );
  });
  replace(container, summary, ...groups);
}

export function renderProblemsEmpty(container: HTMLElement, countBadge: HTMLElement, text: string): void {
  countBadge.textContent = '';
  replace(container, h('p', { className: 'muted empty' }, text));
}
