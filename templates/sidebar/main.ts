/**
 * The sidebar's entry point: wires the sections to the server functions.
 * Each user action is one `task` (busy indicator, disabled button, readable
 * failure). The view (overview and problems) always comes from one server
 * call, getSidebarState, made after every action and whenever the change
 * stamp moved (see sync.ts), so it shows the sheet as it is, whoever
 * changed it.
 */
import type { CheckResultDto, ExportFormat, FindingDto, FixPreviewDto, OverviewDto, RuleDto, SidebarStateDto, SpecPickerDto } from '../../src/gas/api-types';
import { byId, h, replace } from './dom';
import { readSettings, renderSettings, type SettingsForm } from './conventions';
import { renderDownloads } from './exporting';
import { initObserved } from './observed';
import { readImportFile, renderImportResult } from './import';
import { initHistory } from './history';
import { chosenNames, renderPicker, renderSpecOptions, setAll, updatePickerState } from './insert';
import { findingKey, NO_FILTER, open, type ProblemFilter, step, validFilter, applyFilter } from './navigation';
import { renderOverview, renderOverviewError } from './overview';
import { renderProblems } from './problems';
import { run } from './server';
import { initStatus, isBusy, markMessageStale, showMessage, task } from './status';
import { syncer } from './sync';
import { tabReference } from '../../src/core/a1';
import { plural } from '../../src/core/counts';
import { errorText, summaryText } from './view';

interface State {
  rules: RuleDto[];
  overview?: OverviewDto;
  /** The findings on show: the sheet's while checks are on, null while they are off. */
  result: CheckResultDto | null;
  filter: ProblemFilter;
  /** findingKey of the finding last selected. */
  current?: string;
  preview?: FixPreviewDto;
  picker?: SpecPickerDto;
}

const state: State = { rules: [], result: null, filter: { ...NO_FILTER } };

const overviewBody = byId('overview-body');
const problemsBody = byId('problems-body');
const problemsCount = byId('problems-count');
const specSelect = byId<HTMLSelectElement>('spec-select');
const specEvents = byId('spec-events');
const pickerSummaryText = byId('picker-summary');
const insertButton = byId<HTMLButtonElement>('insert-events');
const settingsForm: SettingsForm = {
  eventCasing: byId<HTMLSelectElement>('event-casing'),
  propertyCasing: byId<HTMLSelectElement>('property-casing'),
  acceptedWords: byId<HTMLTextAreaElement>('accepted-words'),
  rules: byId('rule-list'),
  warnings: byId('settings-warnings'),
};

// The view ---------------------------------------------------------------------

/** Re-renders keep the keyboard where it was: the focused control is found again by its id. */
function keepingFocus(render: () => void): void {
  const focused = document.activeElement as HTMLElement | null;
  const id = focused && focused.id;
  render();
  if (id && focused !== document.activeElement) {
    const again = document.getElementById(id);
    if (again) again.focus();
  }
}

function renderView(): void {
  keepingFocus(() => {
    if (state.overview) renderOverview(overviewBody, state.overview, { setUpTemplate });
    state.filter = state.result ? validFilter(state.result.findings, state.filter) : { ...NO_FILTER };
    renderProblems(
      problemsBody,
      problemsCount,
      {
        result: state.result,
        cleared: !!state.overview && !state.overview.checksOn && !!state.overview.lastCheck,
        missingTabs: state.overview ? state.overview.missingTabs : [],
        rules: state.rules,
        filter: state.filter,
        current: state.current,
        preview: state.preview,
        canUndoFix: !!state.overview && !!state.overview.canUndoFix,
      },
      problemActions,
    );
  });
  document.body.dataset.stamp = stampSeen;
}

let stampSeen = '';
// A change made elsewhere (the menu, typing, another person): the last notice spoke of the sheet before it, so it fades.
const sync = syncer(() => {
  markMessageStale();
  return refreshView();
}, isBusy);

function applyState(dto: SidebarStateDto): void {
  stampSeen = dto.stamp;
  sync.seen(dto.stamp);
  state.overview = dto.overview;
  state.result = dto.result;
  renderView();
}

/** Reloads the overview and the problems from the sheet. */
async function refreshView(): Promise<void> {
  try {
    applyState(await run('getSidebarState'));
  } catch (error) {
    renderOverviewError(overviewBody, errorText(error));
  }
}

function setUpTemplate(button: HTMLButtonElement): void {
  void task(
    'Setting up the template…',
    async () => {
      const { message } = await run('setUpTemplate');
      showMessage(message);
      await refreshView();
      if (state.picker) await loadPicker(state.picker.specId);
    },
    [button],
  );
}

// Problems -----------------------------------------------------------------

/** A notice that must not look like an all-clear: open errors, or tabs of the template missing. */
function resultKind(result: CheckResultDto): 'ok' | 'problems' {
  return result.errors || (result.missingTabs && result.missingTabs.length) ? 'problems' : 'ok';
}

function checkNow(button?: HTMLButtonElement): Promise<unknown> {
  return task(
    'Checking conventions…',
    async () => {
      const result = await run('checkNow');
      state.result = result;
      showMessage(result.message || summaryText(result), resultKind(result));
      await refreshView();
    },
    button ? [button] : [],
  );
}

function selectFinding(finding: FindingDto): void {
  state.current = findingKey(finding);
  renderView();
  const item = problemsBody.querySelector<HTMLElement>(`.finding[data-key="${CSS.escape(state.current)}"]`);
  if (item) item.scrollIntoView({ block: 'nearest' });
  void task(`Selecting ${tabReference(finding.tab, finding.a1)}…`, () => run('selectCell', finding.tab, finding.row, finding.column));
}

function stepFinding(direction: 1 | -1): void {
  if (!state.result) return;
  const next = step(applyFilter(state.result.findings, state.filter), state.current, direction);
  if (next) selectFinding(next);
}

function fix(finding: FindingDto, button: HTMLButtonElement): void {
  void task(
    `Fixing ${finding.a1}…`,
    async () => {
      const result = await run('fixFinding', { rule: finding.rule, tab: finding.tab, row: finding.row, column: finding.column, text: finding.text });
      showMessage(result.message, 'ok', { label: 'Undo', run: undoFix });
      await refreshView();
    },
    [button],
  );
}

function previewFixAll(rule: string, button: HTMLButtonElement): void {
  void task(
    `Working out what Fix all would change…`,
    async () => {
      state.preview = await run('previewFixAll', rule);
      renderView();
      const first = document.getElementById(state.preview.changes.length ? 'preview-apply' : 'preview-cancel');
      if (first) first.focus();
      byId('fix-preview').scrollIntoView({ block: 'nearest' });
    },
    [button],
  );
}

function applyPreview(preview: FixPreviewDto, button: HTMLButtonElement): void {
  void task(
    `Fixing ${plural(preview.changes.length, 'cell')}…`,
    async () => {
      const result = await run('fixAllOfRule', preview.rule);
      state.preview = undefined;
      showMessage(result.message, 'ok', { label: 'Undo', run: undoFix });
      await refreshView();
    },
    [button],
  );
}

function cancelPreview(): void {
  state.preview = undefined;
  renderView();
  byId('problems').querySelector('summary')?.focus();
}

function undoFix(button: HTMLButtonElement): void {
  void task(
    'Undoing the last fix…',
    async () => {
      const result = await run('undoLastFix');
      showMessage(result.message);
      await refreshView();
    },
    [button],
  );
}

function acceptedOf(finding: FindingDto) {
  return { rule: finding.rule, tab: finding.tab, name: finding.text };
}

function ignore(finding: FindingDto, button: HTMLButtonElement): void {
  void task(
    `Accepting ${tabReference(finding.tab, finding.a1)}…`,
    async () => {
      const result = await run('acceptFinding', acceptedOf(finding));
      showMessage(result.message, 'ok', { label: 'Undo', run: (b) => unignore(finding, b) });
      await refreshView();
    },
    [button],
  );
}

function unignore(finding: FindingDto, button: HTMLButtonElement): void {
  void task(
    `Restoring ${tabReference(finding.tab, finding.a1)}…`,
    async () => {
      const result = await run('unacceptFinding', acceptedOf(finding));
      showMessage(result.message, resultKind(result));
      await refreshView();
    },
    [button],
  );
}

const problemActions = {
  select: selectFinding,
  fix,
  previewFixAll,
  applyPreview,
  cancelPreview,
  ignore,
  unignore,
  undoFix,
  filter(filter: ProblemFilter): void {
    state.filter = filter;
    renderView();
  },
  step: stepFinding,
  setUpTemplate,
};

function clearChecks(button: HTMLButtonElement): void {
  void task(
    'Clearing checks…',
    async () => {
      const { message } = await run('clearChecks');
      state.preview = undefined;
      showMessage(message);
      await refreshView();
    },
    [button],
  );
}

// Insert spec events ------------------------------------------------------------

function pickerChanged(): void {
  updatePickerState(specEvents, state.picker, pickerSummaryText, insertButton);
}

async function loadPicker(specId: string): Promise<void> {
  state.picker = undefined;
  if (!specId) {
    renderPicker(specEvents, { specId: '', specName: '', events: [] }, pickerChanged);
    specEvents.firstElementChild!.textContent = 'Pick a spec to see its events.';
    pickerChanged();
    return;
  }
  const picker = await run('listSpecEvents', specId);
  state.picker = picker;
  renderPicker(specEvents, picker, pickerChanged);
  pickerChanged();
}

function insertChosen(): void {
  const picker = state.picker;
  const names = chosenNames(specEvents);
  if (!picker || !names.length) return;
  void task(
    `Inserting ${plural(names.length, 'event')}…`,
    async () => {
      const { message } = await run('insertSpecEvents', picker.specId, names);
      showMessage(message);
      await loadPicker(picker.specId);
      await refreshView();
    },
    [insertButton],
  );
}

// Rows ------------------------------------------------------------------------------

function rowsAction(button: HTMLButtonElement, label: string, name: 'minimizeRows' | 'resetRows'): void {
  button.addEventListener('click', () => {
    void task(label, async () => {
      showMessage((await run(name)).message);
      await refreshView();
    }, [button]);
  });
}

/** Repair row groups runs in steps on a large plan (each within Apps Script's time limit), showing the progress. */
function repairAction(button: HTMLButtonElement): void {
  button.addEventListener('click', () => {
    void task(
      'Repairing row groups…',
      async () => {
        let step = await run('repairRowGroups');
        while (step.next !== undefined) {
          showMessage(step.message);
          step = await run('repairRowGroups', step.next);
        }
        showMessage(step.message);
      },
      [button],
    );
  });
}

// Conventions ------------------------------------------------------------------------

function saveSettings(button: HTMLButtonElement): void {
  void task(
    'Saving conventions…',
    async () => {
      const dto = await run('saveSettings', readSettings(settingsForm));
      state.rules = dto.choices.rules;
      renderSettings(settingsForm, dto);
      const saved = dto.warnings.length ? 'Conventions saved, with the remarks shown below.' : 'Conventions saved.';
      showMessage(saved);
      // While checks are on, the sheet's marks were made under the old settings: check again.
      if (state.result) {
        const result = await run('checkNow');
        showMessage(`${saved} ${result.message || summaryText(result)}`, resultKind(result));
      }
      await refreshView();
    },
    [button],
  );
}

// Export ----------------------------------------------------------------------------------

function exportNow(format: ExportFormat, button: HTMLButtonElement): void {
  byId('export-confirm').hidden = true;
  void task(
    'Exporting…',
    async () => {
      const dto = await run('exportPlan', format);
      renderDownloads(byId('export-files'), dto.files, true);
      showMessage(dto.message);
    },
    [button],
  );
}

/** With open errors, exporting first says which, and goes on only when asked to. */
function exportPlan(button: HTMLButtonElement): void {
  const format = button.dataset.format as ExportFormat;
  const errors = state.result ? open(state.result.findings).filter((f) => f.severity === 'error') : [];
  if (!errors.length) return exportNow(format, button);
  const confirm = byId('export-confirm');
  const go = h('button', { className: 'action', attrs: { type: 'button', id: 'export-anyway' } }, 'Export anyway');
  const stop = h('button', { attrs: { type: 'button', id: 'export-cancel' } }, 'Cancel');
  go.addEventListener('click', () => exportNow(format, button));
  stop.addEventListener('click', () => {
    confirm.hidden = true;
    button.focus();
  });
  const shown = errors.slice(0, 10);
  replace(
    confirm,
    h(
      'p',
      { attrs: { id: 'export-confirm-text' } },
      `The plan has ${plural(errors.length, 'open error')}; the export will carry ${errors.length === 1 ? 'it' : 'them'} to the tools that read it:`,
    ),
    h('ul', {}, ...shown.map((f) => h('li', {}, `${tabReference(f.tab, f.a1)} ${f.text}: ${f.message}`))),
    errors.length > shown.length ? h('p', { className: 'more' }, `and ${errors.length - shown.length} more.`) : null,
    h('div', { className: 'actions' }, go, stop),
  );
  confirm.hidden = false;
  go.focus();
}

// Import ----------------------------------------------------------------------------------

function importChosen(input: HTMLInputElement, button: HTMLButtonElement): void {
  const file = input.files && input.files[0];
  if (!file) return;
  void task(
    `Importing ${file.name}…`,
    async () => {
      const result = await run('importPlanFile', await readImportFile(file));
      renderImportResult(byId('import-result'), result, {
        select: (conflict) =>
          void task(`Selecting ${tabReference(conflict.tab, conflict.a1)}…`, () => run('selectCell', conflict.tab, conflict.row, conflict.column)),
      });
      showMessage(result.message, result.conflicts.length ? 'problems' : 'ok');
      await refreshView();
      if (state.picker) await loadPicker(state.picker.specId);
    },
    [button],
  );
}

// Start ---------------------------------------------------------------------------------------

function start(): void {
  initStatus();
  const checkButton = byId<HTMLButtonElement>('check-now');
  checkButton.addEventListener('click', () => void checkNow(checkButton));
  const clearButton = byId<HTMLButtonElement>('clear-checks');
  clearButton.addEventListener('click', () => clearChecks(clearButton));

  specSelect.addEventListener('change', () => {
    void task(
      'Loading the spec…',
      () => loadPicker(specSelect.value),
      [],
      (message) => {
        renderPicker(specEvents, { specId: '', specName: '', events: [] }, pickerChanged);
        specEvents.firstElementChild!.textContent = message;
        pickerChanged();
      },
    );
  });
  byId('select-all').addEventListener('click', () => {
    setAll(specEvents, true);
    pickerChanged();
  });
  byId('select-none').addEventListener('click', () => {
    setAll(specEvents, false);
    pickerChanged();
  });
  insertButton.addEventListener('click', insertChosen);

  rowsAction(byId<HTMLButtonElement>('minimize-rows'), 'Minimizing rows…', 'minimizeRows');
  rowsAction(byId<HTMLButtonElement>('reset-rows'), 'Resetting rows…', 'resetRows');
  repairAction(byId<HTMLButtonElement>('repair-groups'));

  const saveButton = byId<HTMLButtonElement>('save-settings');
  byId<HTMLFormElement>('settings-form').addEventListener('submit', (event) => {
    event.preventDefault();
    saveSettings(saveButton);
  });

  initObserved({ onPlanChanged: refreshView });
  const importInput = byId<HTMLInputElement>('import-file');
  const importButton = byId<HTMLButtonElement>('import-run');
  importInput.addEventListener('change', () => {
    importButton.disabled = !(importInput.files && importInput.files.length);
  });
  importButton.addEventListener('click', () => importChosen(importInput, importButton));

  for (const button of Array.from(document.querySelectorAll<HTMLButtonElement>('button.export'))) {
    button.addEventListener('click', () => exportPlan(button));
  }
  initHistory();

  // The three loads are independent; each one that fails explains itself in its own section.
  void task('Loading…', async () => {
    await Promise.all([
      run('getSettings').then(
        (dto) => {
          state.rules = dto.choices.rules;
          renderSettings(settingsForm, dto);
        },
        (error) => {
          settingsForm.rules.textContent = '';
          settingsForm.rules.appendChild(document.createElement('li')).textContent = errorText(error);
        },
      ),
      run('listSpecs').then(
        (list) => renderSpecOptions(specSelect, list),
        (error) => {
          specSelect.textContent = '';
          specSelect.appendChild(document.createElement('option')).textContent = 'No specs';
          specEvents.textContent = '';
          specEvents.appendChild(document.createElement('p')).textContent = errorText(error);
        },
      ),
    ]);
    // After the rules: the problem list shows their titles and "Why?".
    await refreshView();
  }).then(() => {
    // Lets tests (and anyone curious) know the first loads are done.
    document.body.dataset.loaded = 'true';
    sync.start();
  });
  pickerChanged();
}

start();
