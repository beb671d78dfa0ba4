/**
 * The Problems section: filters (severity, tab, rule, with counts),
 * Previous / Next in sheet order, and the open findings grouped by rule,
 * each rule with its "Why?". A click on a finding selects its cell; "Fix"
 * applies its suggestion, "Fix all" first shows what it would change, and
 * "Ignore" accepts a finding on purpose. Accepted findings are listed apart.
 */
import type { CheckResultDto, FindingDto, FixPreviewDto, RuleDto } from '../../src/gas/api-types';
import type { Severity } from '../../src/core/finding';
import { h, replace } from './dom';
import { accepted, applyFilter, type Choice, filterChoices, findingKey, positionText, type ProblemFilter } from './navigation';
import { tabReference } from '../../src/core/a1';
import { plural } from '../../src/core/counts';
import { displayText, groupFindings, isFixable } from './view';

export interface ProblemActions {
  select(finding: FindingDto): void;
  fix(finding: FindingDto, button: HTMLButtonElement): void;
  previewFixAll(rule: string, button: HTMLButtonElement): void;
  applyPreview(preview: FixPreviewDto, button: HTMLButtonElement): void;
  cancelPreview(): void;
  ignore(finding: FindingDto, button: HTMLButtonElement): void;
  unignore(finding: FindingDto, button: HTMLButtonElement): void;
  undoFix(button: HTMLButtonElement): void;
  filter(filter: ProblemFilter): void;
  step(direction: 1 | -1): void;
  setUpTemplate(button: HTMLButtonElement): void;
}

export interface ProblemsView {
  /** The findings of the sheet as it is now; null while checks are off. */
  result: CheckResultDto | null;
  /** Checks were cleared (as opposed to never run). */
  cleared: boolean;
  missingTabs: string[];
  rules: readonly RuleDto[];
  filter: ProblemFilter;
  /** findingKey of the finding last selected. */
  current?: string;
  preview?: FixPreviewDto;
  canUndoFix: boolean;
}

/** Long lists are cut so the sidebar stays responsive; the sheet shows every mark. */
const SHOWN_PER_RULE = 50;
const SEVERITY_WORDS: Record<Severity, string> = { error: 'Errors', warning: 'Warnings', info: 'Info' };

function findingItem(finding: FindingDto, view: ProblemsView, actions: ProblemActions): HTMLElement {
  const shown = displayText(finding.text);
  const where = tabReference(finding.tab, finding.a1);
  const target = h(
    'button',
    { className: 'finding-target', attrs: { type: 'button', title: `Select ${where}` } },
    h('span', { className: shown.blank ? 'finding-text blank' : 'finding-text' }, shown.text),
    h('span', { className: 'finding-where' }, where),
    h('span', { className: 'finding-message' }, finding.message),
    finding.suggestion !== undefined ? h('span', { className: 'finding-suggestion' }, `Suggested: ${finding.suggestion}`) : null,
    finding.hint ? h('span', { className: 'finding-hint' }, finding.hint) : null,
  );
  const key = findingKey(finding);
  const item = h(
    'li',
    {
      className: finding.accepted ? 'finding accepted' : 'finding',
      attrs: { 'data-rule': finding.rule, 'data-cell': where, 'data-key': key, 'aria-current': view.current === key ? 'true' : undefined },
    },
    target,
  );
  target.addEventListener('click', () => actions.select(finding));
  const buttons = h('div', { className: 'finding-actions' });
  if (finding.accepted) {
    const restore = h('button', { className: 'small', attrs: { type: 'button', 'aria-label': `Stop accepting ${where}` } }, 'Undo ignore');
    restore.addEventListener('click', () => actions.unignore(finding, restore));
    buttons.appendChild(restore);
  } else {
    if (isFixable(finding)) {
      const fix = h('button', { className: 'small', attrs: { type: 'button', 'aria-label': `Fix ${where}: change to ${finding.suggestion}` } }, 'Fix');
      fix.addEventListener('click', () => actions.fix(finding, fix));
      buttons.appendChild(fix);
    }
    const ignore = h(
      'button',
      {
        className: 'small subtle',
        attrs: {
          type: 'button',
          'aria-label': `Ignore this one: accept ${where} as it is`,
          title: 'Accept this finding on purpose: no longer highlighted or counted',
        },
      },
      'Ignore',
    );
    ignore.addEventListener('click', () => actions.ignore(finding, ignore));
    buttons.appendChild(ignore);
  }
  item.appendChild(buttons);
  return item;
}

/** The rule's "Why?": reason, good and bad names, and the fix (the description when the rule has no doc yet). */
function why(rule: RuleDto | undefined, id: string): HTMLElement {
  const body: HTMLElement[] = [];
  if (rule && rule.doc) {
    body.push(h('p', {}, rule.doc.reason));
    if (rule.doc.good.length) body.push(h('p', { className: 'why-examples' }, h('span', { className: 'badge ok' }, 'Good'), ' ', rule.doc.good.join(' · ')));
    if (rule.doc.bad.length) body.push(h('p', { className: 'why-examples' }, h('span', { className: 'badge error' }, 'Bad'), ' ', rule.doc.bad.join(' · ')));
    body.push(h('p', {}, h('strong', {}, 'Fix: '), rule.doc.fix));
  } else {
    body.push(h('p', {}, rule ? rule.description : id));
  }
  return h('details', { className: 'why', attrs: { 'data-rule': id } }, h('summary', {}, 'Why?'), h('div', { className: 'why-body' }, ...body));
}

function select(
  id: string,
  label: string,
  value: string,
  all: string,
  choices: Choice[],
  name: (value: string) => string,
  onChange: (value: string) => void,
): HTMLElement {
  const menu = h(
    'select',
    { attrs: { id, 'aria-label': label } },
    h('option', { attrs: { value: '' } }, all),
    ...choices.map((c) => h('option', { attrs: { value: c.value } }, `${name(c.value)} (${c.count})`)),
  );
  menu.value = choices.some((c) => c.value === value) ? value : '';
  menu.addEventListener('change', () => onChange(menu.value));
  return menu;
}

function toolbar(view: ProblemsView, list: FindingDto[], actions: ProblemActions): HTMLElement {
  const result = view.result!;
  const choices = filterChoices(result.findings, view.filter);
  const titles = new Map(view.rules.map((r) => [r.id as string, r.title]));
  const filters = h(
    'div',
    { className: 'filters', attrs: { role: 'group', 'aria-label': 'Filter problems' } },
    select(
      'filter-severity',
      'Severity',
      view.filter.severity,
      'All severities',
      choices.severity,
      (v) => SEVERITY_WORDS[v as Severity] ?? v,
      (v) => actions.filter({ ...view.filter, severity: v as Severity | '' }),
    ),
    select(
      'filter-tab',
      'Tab',
      view.filter.tab,
      'All tabs',
      choices.tab,
      (v) => v,
      (v) => actions.filter({ ...view.filter, tab: v }),
    ),
    select(
      'filter-rule',
      'Rule',
      view.filter.rule,
      'All rules',
      choices.rule,
      (v) => `${titles.get(v) || v}`,
      (v) => actions.filter({ ...view.filter, rule: v }),
    ),
  );
  const prev = h(
    'button',
    { className: 'small', attrs: { type: 'button', id: 'prev-problem', 'aria-label': 'Previous problem', disabled: !list.length } },
    '‹ Previous',
  );
  const next = h(
    'button',
    { className: 'small', attrs: { type: 'button', id: 'next-problem', 'aria-label': 'Next problem', disabled: !list.length } },
    'Next ›',
  );
  prev.addEventListener('click', () => actions.step(-1));
  next.addEventListener('click', () => actions.step(1));
  const nav = h(
    'div',
    { className: 'problem-nav' },
    prev,
    next,
    h('span', { className: 'muted position', attrs: { id: 'problem-position', 'aria-live': 'polite' } }, positionText(list, view.current)),
  );
  return h('div', { className: 'problem-tools' }, filters, nav);
}

function previewPanel(preview: FixPreviewDto, actions: ProblemActions): HTMLElement {
  const n = preview.changes.length;
  const apply = h('button', { className: 'action', attrs: { type: 'button', id: 'preview-apply' } }, n === 1 ? 'Change 1 cell' : `Change ${n} cells`);
  const cancel = h('button', { attrs: { type: 'button', id: 'preview-cancel' } }, 'Cancel');
  apply.addEventListener('click', () => actions.applyPreview(preview, apply));
  cancel.addEventListener('click', () => actions.cancelPreview());
  const shown = preview.changes.slice(0, 200);
  return h(
    'section',
    { className: 'preview', attrs: { id: 'fix-preview', role: 'region', 'aria-label': `Fix all ${preview.rule}: preview` } },
    h(
      'p',
      { className: 'preview-title' },
      n ? `Fix all (${preview.rule}) will change ${plural(n, 'cell')}:` : `There is nothing left to fix for ${preview.rule}.`,
    ),
    h(
      'ul',
      { className: 'preview-list' },
      ...shown.map((c) =>
        h(
          'li',
          { className: 'preview-change' },
          h('span', { className: 'finding-where' }, tabReference(c.tab, c.a1)),
          h('span', { className: 'preview-old' }, displayText(c.before).text),
          h('span', { className: 'preview-arrow', attrs: { 'aria-label': 'becomes' } }, ' → '),
          h('span', { className: 'preview-new' }, c.after),
        ),
      ),
    ),
    n > shown.length ? h('p', { className: 'more' }, `and ${n - shown.length} more.`) : null,
    h('div', { className: 'actions' }, n ? apply : null, cancel),
  );
}

function emptyState(view: ProblemsView, actions: ProblemActions): HTMLElement[] {
  if (view.missingTabs.length && (!view.result || !view.result.findings.length)) {
    const button = h('button', { className: 'action', attrs: { type: 'button' } }, 'Set up template');
    button.addEventListener('click', () => actions.setUpTemplate(button));
    return [
      h(
        'div',
        { className: 'callout', attrs: { role: 'note', id: 'problems-missing-tabs' } },
        h(
          'span',
          {},
          view.missingTabs.length === 1
            ? 'Nothing to call clean yet: this tab of the template is missing:'
            : 'Nothing to call clean yet: these tabs of the template are missing:',
        ),
        h('ul', {}, ...view.missingTabs.map((tab) => h('li', {}, tab))),
        h('div', { className: 'actions' }, button),
      ),
    ];
  }
  if (!view.result) {
    return [
      h(
        'p',
        { className: 'muted empty' },
        view.cleared ? 'Checks are cleared. Run a check to see the problems in the plan.' : 'Run a check to see the problems in the plan.',
      ),
    ];
  }
  return [];
}

export function renderProblems(container: HTMLElement, countBadge: HTMLElement, view: ProblemsView, actions: ProblemActions): void {
  const result = view.result;
  const parts: (HTMLElement | null)[] = [];
  if (view.canUndoFix) {
    const undo = h('button', { className: 'small', attrs: { type: 'button', id: 'undo-fix' } }, 'Undo last fix');
    undo.addEventListener('click', () => actions.undoFix(undo));
    parts.push(h('div', { className: 'undo-bar' }, undo));
  }
  if (view.preview) parts.push(previewPanel(view.preview, actions));
  parts.push(...emptyState(view, actions));
  const openCount = result ? result.findings.length - accepted(result.findings).length : 0;
  countBadge.textContent = openCount ? `(${openCount})` : '';
  if (!result) {
    replace(container, ...parts);
    return;
  }
  const acceptedList = accepted(result.findings);
  if (!openCount && !view.missingTabs.length) {
    parts.push(h('p', { className: 'muted empty' }, 'No problems found. The plan follows the conventions.'));
  } else if (openCount) {
    parts.push(
      h(
        'div',
        { className: 'summary-line', attrs: { 'aria-label': result.message } },
        result.errors ? h('span', { className: 'badge error' }, plural(result.errors, 'error')) : null,
        result.warnings ? h('span', { className: 'badge warning' }, plural(result.warnings, 'warning')) : null,
        result.infos ? h('span', { className: 'badge info' }, `${result.infos} info`) : null,
        acceptedList.length ? h('span', { className: 'badge neutral' }, `${acceptedList.length} accepted`) : null,
      ),
    );
    const list = applyFilter(result.findings, view.filter);
    parts.push(toolbar(view, list, actions));
    const rules = new Map(view.rules.map((r) => [r.id as string, r]));
    for (const group of groupFindings(list, view.rules)) {
      const head = h(
        'div',
        { className: 'rule-head' },
        h('span', { className: `badge ${group.severity}` }, group.severity),
        h('span', { className: 'rule-name' }, group.title, h('span', { className: 'rule-id' }, `${group.rule} · ${group.findings.length}`)),
      );
      if (group.fixable) {
        const fixAll = h(
          'button',
          { className: 'small', attrs: { type: 'button', 'aria-label': `Fix all ${group.fixable} of ${group.rule}: preview first` } },
          'Fix all…',
        );
        fixAll.addEventListener('click', () => actions.previewFixAll(group.rule, fixAll));
        head.appendChild(fixAll);
      }
      const shown = group.findings.slice(0, SHOWN_PER_RULE);
      const hidden = group.findings.length - shown.length;
      parts.push(
        h(
          'section',
          { className: 'rule-group', attrs: { 'data-rule': group.rule, 'aria-label': `${group.title}: ${plural(group.findings.length, 'problem')}` } },
          head,
          why(rules.get(group.rule), group.rule),
          h('ul', { className: 'findings' }, ...shown.map((f) => findingItem(f, view, actions))),
          hidden > 0 ? h('p', { className: 'more' }, `${hidden} more marked in the sheet.`) : null,
        ),
      );
    }
  }
  if (acceptedList.length) {
    parts.push(
      h(
        'details',
        { className: 'accepted-group', attrs: { id: 'accepted-findings' } },
        h('summary', {}, `Accepted on purpose (${acceptedList.length})`),
        h('p', { className: 'help' }, 'Not highlighted in the sheet and not counted as problems. The list travels with the document and a downloaded .xlsx.'),
        h('ul', { className: 'findings' }, ...acceptedList.slice(0, 200).map((f) => findingItem(f, view, actions))),
      ),
    );
  }
  replace(container, ...parts);
}
