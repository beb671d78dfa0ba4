/**
 * The sidebar's entry point: wires the sections to the server functions.
 * Each user action is one `task` (busy indicator, disabled button, readable
 * failure), and actions that change the plan refresh what they affect.
 */
import type { CheckResultDto, ExportFormat, FindingDto, RuleDto, SpecPickerDto } from '../../src/gas/api-types';
import { byId } from './dom';
import { readSettings, renderSettings, SettingsForm } from './conventions';
import { renderDownloads } from './exporting';
import { initObserved } from './observed';
import { readImportFile, renderImportResult } from './import';
import { initHistory } from './history';
import { chosenNames, renderPicker, renderSpecOptions, setAll, updatePickerState } from './insert';
import { renderOverview, renderOverviewError } from './overview';
import { renderProblems, renderProblemsEmpty } from './problems';
import { run } from './server';
import { initStatus, showMessage, task } from './status';
import { cellLabel, errorText, summaryText } from './view';

interface State {
  rules: RuleDto[];
  /** The findings on show; undefined until a check ran in this sidebar. */
  result?: CheckResultDto;
  picker?: SpecPickerDto;
}

const state: State = { rules: [] };

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

// Overview -----------------------------------------------------------------

async function refreshOverview(): Promise<void> {
  try {
    renderOverview(overviewBody, await run('getOverview'), { setUpTemplate });
  } catch (error) {
    renderOverviewError(overviewBody, errorText(error));
  }
}

function setUpTemplate(button: HTMLButtonElement): void {
  void task('Setting up the template…', async () => {
    const { message } = await run('setUpTemplate');
    showMessage(message);
    await refreshOverview();
    if (state.picker) await loadPicker(state.picker.specId);
  }, [button]);
}

// Problems -----------------------------------------------------------------

function showResult(result: CheckResultDto): void {
  state.result = result;
  renderProblems(problemsBody, problemsCount, result, state.rules, { select, fix, fixAll });
}

function checkNow(button?: HTMLButtonElement): Promise<unknown> {
  return task('Checking conventions…', async () => {
    const result = await run('checkNow');
    showResult(result);
    showMessage(result.message || summaryText(result), result.errors ? 'problems' : 'ok');
    await refreshOverview();
  }, button ? [button] : []);
}

function select(finding: FindingDto, item: HTMLElement): void {
  for (const current of Array.from(problemsBody.querySelectorAll('[aria-current="true"]'))) current.removeAttribute('aria-current');
  item.setAttribute('aria-current', 'true');
  void task(`Selecting ${cellLabel(finding.tab, finding.a1)}…`, () => run('selectCell', finding.tab, finding.row, finding.column));
}

function fix(finding: FindingDto, button: HTMLButtonElement): void {
  void task(`Fixing ${finding.a1}…`, async () => {
    const result = await run('fixFinding', { rule: finding.rule, tab: finding.tab, row: finding.row, column: finding.column, text: finding.text });
    showResult(result);
    showMessage(result.message);
    await refreshOverview();
  }, [button]);
}

function fixAll(rule: string, button: HTMLButtonElement): void {
  void task(`Fixing every ${rule} problem…`, async () => {
    const result = await run('fixAllOfRule', rule);
    showResult(result);
    showMessage(result.message);
    await refreshOverview();
  }, [button]);
}

function clearChecks(button: HTMLButtonElement): void {
  void task('Clearing checks…', async () => {
    const { message } = await run('clearChecks');
    state.result = undefined;
    renderProblemsEmpty(problemsBody, problemsCount, 'Checks cleared. Run a check to see the problems in the plan.');
    showMessage(message);
    await refreshOverview();
  }, [button]);
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
  void task(`Inserting ${names.length} event${names.length === 1 ? '' : 's'}…`, async () => {
    const { message } = await run('insertSpecEvents', picker.specId, names);
    showMessage(message);
    await loadPicker(picker.specId);
    await refreshOverview();
  }, [insertButton]);
}

// Rows ------------------------------------------------------------------------------

function rowsAction(button: HTMLButtonElement, label: string, name: 'minimizeRows' | 'resetRows'): void {
  button.addEventListener('click', () => {
    void task(label, async () => showMessage((await run(name)).message), [button]);
  });
}

/** Repair row groups runs in steps on a large plan (each within Apps Script's time limit), showing the progress. */
function repairAction(button: HTMLButtonElement): void {
  button.addEventListener('click', () => {
    void task('Repairing row groups…', async () => {
      let step = await run('repairRowGroups');
      while (step.next !== undefined) {
        showMessage(step.message);
        step = await run('repairRowGroups', step.next);
      }
      showMessage(step.message);
    }, [button]);
  });
}

// Conventions ------------------------------------------------------------------------

function saveSettings(button: HTMLButtonElement): void {
  void task('Saving conventions…', async () => {
    const dto = await run('saveSettings', readSettings(settingsForm));
    state.rules = dto.choices.rules;
    renderSettings(settingsForm, dto);
    showMessage(dto.warnings.length ? 'Conventions saved, with the remarks shown below.' : 'Conventions saved.');
    // The findings on show were made under the old settings.
    if (state.result) {
      const result = await run('checkNow');
      showResult(result);
      showMessage(`Conventions saved. ${result.message || summaryText(result)}`, result.errors ? 'problems' : 'ok');
      await refreshOverview();
    }
  }, [button]);
}

// Export ----------------------------------------------------------------------------------

function exportPlan(button: HTMLButtonElement): void {
  const format = button.dataset.format as ExportFormat;
  void task('Exporting…', async () => {
    const dto = await run('exportPlan', format);
    renderDownloads(byId('export-files'), dto.files, true);
    showMessage(dto.message);
  }, [button]);
}

// Import ----------------------------------------------------------------------------------

function importChosen(input: HTMLInputElement, button: HTMLButtonElement): void {
  const file = input.files && input.files[0];
  if (!file) return;
  void task(`Importing ${file.name}…`, async () => {
    const result = await run('importPlanFile', await readImportFile(file));
    renderImportResult(byId('import-result'), result, {
      select: (conflict) => void task(`Selecting ${cellLabel(conflict.tab, conflict.a1)}…`, () => run('selectCell', conflict.tab, conflict.row, conflict.column)),
    });
    showMessage(result.message, result.conflicts.length ? 'problems' : 'ok');
    await refreshOverview();
    if (state.picker) await loadPicker(state.picker.specId);
  }, [button]);
}

// Start ---------------------------------------------------------------------------------------

function start(): void {
  initStatus();
  const checkButton = byId<HTMLButtonElement>('check-now');
  checkButton.addEventListener('click', () => void checkNow(checkButton));
  const clearButton = byId<HTMLButtonElement>('clear-checks');
  clearButton.addEventListener('click', () => clearChecks(clearButton));

  specSelect.addEventListener('change', () => {
    void task('Loading the spec…', () => loadPicker(specSelect.value), [], (message) => {
      renderPicker(specEvents, { specId: '', specName: '', events: [] }, pickerChanged);
      specEvents.firstElementChild!.textContent = message;
      pickerChanged();
    });
  });
  byId('select-all').addEventListener('click', () => { setAll(specEvents, true); pickerChanged(); });
  byId('select-none').addEventListener('click', () => { setAll(specEvents, false); pickerChanged(); });
  insertButton.addEventListener('click', insertChosen);

  rowsAction(byId<HTMLButtonElement>('minimize-rows'), 'Minimizing rows…', 'minimizeRows');
  rowsAction(byId<HTMLButtonElement>('reset-rows'), 'Resetting rows…', 'resetRows');
  repairAction(byId<HTMLButtonElement>('repair-groups'));

  const saveButton = byId<HTMLButtonElement>('save-settings');
  byId<HTMLFormElement>('settings-form').addEventListener('submit', (event) => {
    event.preventDefault();
    saveSettings(saveButton);
  });

  initObserved({ onPlanChanged: refreshOverview });
  const importInput = byId<HTMLInputElement>('import-file');
  const importButton = byId<HTMLButtonElement>('import-run');
  importInput.addEventListener('change', () => { importButton.disabled = !(importInput.files && importInput.files.length); });
  importButton.addEventListener('click', () => importChosen(importInput, importButton));

  for (const button of Array.from(document.querySelectorAll<HTMLButtonElement>('button.export'))) {
    button.addEventListener('click', () => exportPlan(button));
  }
  initHistory();

  // The three loads are independent; each one that fails explains itself in its own section.
  void task('Loading…', async () => {
    await Promise.all([
      refreshOverview(),
      run('getSettings').then(
        (dto) => { state.rules = dto.choices.rules; renderSettings(settingsForm, dto); },
        (error) => { settingsForm.rules.textContent = ''; settingsForm.rules.appendChild(document.createElement('li')).textContent = errorText(error); },
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
  }).then(() => {
    // Lets tests (and anyone curious) know the first loads are done.
    document.body.dataset.loaded = 'true';
  });
  pickerChanged();
}

start();
