/**
 * The Observed data section: upload an export of the events really sent
 * (read here in 1 MB slices and sent one slice per call, so each call stays
 * well within google.script.run's limits and one Apps Script execution's
 * time), or name a tab the user pasted an export into. Shows what the
 * comparison found, and lets the user pick unplanned events for "Add to plan".
 */
import type { CoverageEventDto, CoverageResultDto, ObservedEventPick, ObservedUploadDto } from '../../src/gas/api-types';
import { byId, h, replace } from './dom';
import { run } from './server';
import { showMessage, task } from './status';
import { plural } from '../../src/core/counts';

/** Bytes per call: a slice of the file, decoded here as UTF-8. */
export const SLICE_BYTES = 1 << 20;
/** Events listed in the sidebar; the Coverage tab lists them all. */
const SHOWN = 200;

const STATUS_LABEL: Record<string, string> = {
  seen: 'seen',
  'not seen': 'not seen',
  'not planned': 'not planned',
  'near miss': 'near miss',
  'unplanned kind': 'not judged',
};

const STATUS_BADGE: Record<string, string> = {
  seen: 'neutral',
  'not seen': 'warning',
  'not planned': 'error',
  'near miss': 'error',
  'unplanned kind': 'neutral',
};

function megabytes(bytes: number): string {
  return `${(bytes / 1e6).toFixed(1)} MB`;
}

export interface ObservedSection {
  /** Called after a run or "Add to plan" changed the sheet. */
  onPlanChanged: () => Promise<void>;
}

interface ObservedState {
  result?: CoverageResultDto;
}

function eventItem(event: CoverageEventDto, index: number): HTMLElement {
  const pickable = event.status === 'not planned' && event.kind === 'track';
  const id = `observed-pick-${index}`;
  const box = pickable ? h('input', { attrs: { type: 'checkbox', id, value: String(index), 'data-name': event.name } }) : null;
  const meta = `${plural(event.count, 'time')}${event.plannedAs ? ` · plan: ${event.plannedAs}` : ''}`;
  const head = h(
    pickable ? 'label' : 'div',
    { className: 'observed-head', attrs: pickable ? { for: id } : {} },
    box,
    h('span', { className: 'observed-name' }, event.name),
    h('span', { className: `badge ${STATUS_BADGE[event.status] ?? 'neutral'}` }, STATUS_LABEL[event.status] ?? event.status),
    h('span', { className: 'observed-meta muted' }, meta),
  );
  const findings = event.findings.length
    ? h(
        'ul',
        { className: 'observed-findings' },
        ...event.findings
          .slice(0, 5)
          .map((f) => h('li', { className: `observed-finding ${f.severity}`, attrs: { 'data-rule': f.rule } }, `${f.cell ? `${f.cell} ` : ''}${f.message}`)),
      )
    : null;
  return h('li', { className: 'observed-event', attrs: { 'data-status': event.status, 'data-name': event.name } }, head, findings);
}

export function renderCoverage(container: HTMLElement, result: CoverageResultDto): void {
  const c = result.counts;
  const summary = h(
    'p',
    { className: 'observed-summary' },
    `${c.plannedSeen} of ${plural(c.planned, 'planned event')} seen · ${c.notSeen} not seen · ${c.notPlanned} not planned · ${plural(c.nearMisses, 'near miss', 'near misses')}`,
  );
  const read = h('p', { className: 'muted observed-read' }, `Read ${result.read}. Written to the "${result.tab}" tab.`);
  const shown = result.events.slice(0, SHOWN);
  const list = h('ul', { className: 'observed-events', attrs: { 'aria-label': 'Observed events' } }, ...shown.map(eventItem));
  const more =
    result.events.length > shown.length ? h('p', { className: 'more' }, `${result.events.length - shown.length} more on the "${result.tab}" tab.`) : null;
  replace(container, summary, read, list, more);
}

/** The picked unplanned events, each with the properties it was sent with. */
export function pickedEvents(container: HTMLElement, result: CoverageResultDto | undefined): ObservedEventPick[] {
  if (!result) return [];
  const boxes = Array.from(container.querySelectorAll<HTMLInputElement>('input[type="checkbox"]'));
  return boxes
    .filter((b) => b.checked && !b.disabled)
    .map((b) => result.events[Number(b.value)])
    .filter((e): e is CoverageEventDto => !!e)
    .map((e) => ({ name: e.name, properties: e.properties.map((p) => ({ name: p.name, type: p.type })) }));
}

/** Sends the files slice by slice, carrying the reader's state between calls. */
async function upload(files: File[], progress: HTMLElement): Promise<CoverageResultDto> {
  let state: ObservedUploadDto | null = null;
  for (const file of files) {
    const decoder = new TextDecoder('utf-8');
    if (file.size === 0) throw new Error(`${file.name} is empty.`);
    for (let start = 0; start < file.size; start += SLICE_BYTES) {
      const end = Math.min(file.size, start + SLICE_BYTES);
      const last = end >= file.size;
      const bytes = await file.slice(start, end).arrayBuffer();
      const text = decoder.decode(bytes, { stream: !last });
      state = await run('readObservedChunk', state, file.name, text, last);
      progress.textContent = `Reading ${file.name}: ${megabytes(end)} of ${megabytes(file.size)}, ${plural(state.records, 'record')}…`;
    }
  }
  progress.textContent = 'Comparing with the plan…';
  return run('finishCoverage', state as ObservedUploadDto);
}

export function initObserved(section: ObservedSection): void {
  const state: ObservedState = {};
  const fileInput = byId<HTMLInputElement>('observed-file');
  const tabSelect = byId<HTMLSelectElement>('observed-tab');
  const readButton = byId<HTMLButtonElement>('observed-read');
  const addButton = byId<HTMLButtonElement>('observed-add');
  const progress = byId('observed-progress');
  const resultBody = byId('observed-result');
  let tabsLoaded = false;

  const refreshButtons = () => {
    readButton.disabled = !(fileInput.files && fileInput.files.length) && !tabSelect.value;
    const picked = pickedEvents(resultBody, state.result).length;
    addButton.disabled = picked === 0;
    addButton.textContent = picked ? `Add ${plural(picked, 'event')} to plan` : 'Add to plan';
  };

  const loadTabs = () =>
    task('Listing tabs…', async () => {
      const { tabs } = await run('listObservedTabs');
      replace(
        tabSelect,
        h('option', { attrs: { value: '' } }, tabs.length ? 'Choose a tab…' : 'No other tabs'),
        ...tabs.map((name) => h('option', { attrs: { value: name } }, name)),
      );
      tabsLoaded = true;
    });

  // The tab list costs a call: it is fetched when the section is first opened.
  byId<HTMLDetailsElement>('observed').addEventListener('toggle', () => {
    if (byId<HTMLDetailsElement>('observed').open && !tabsLoaded) void loadTabs();
  });
  fileInput.addEventListener('change', () => {
    if (fileInput.files && fileInput.files.length) tabSelect.value = '';
    refreshButtons();
  });
  tabSelect.addEventListener('change', () => {
    if (tabSelect.value) fileInput.value = '';
    refreshButtons();
  });
  resultBody.addEventListener('change', refreshButtons);

  readButton.addEventListener('click', () => {
    const files = fileInput.files ? Array.from(fileInput.files) : [];
    const tab = tabSelect.value;
    void task(
      'Reading observed data…',
      async () => {
        progress.textContent = files.length ? '' : `Reading the "${tab}" tab…`;
        const result = files.length ? await upload(files, progress) : await run('coverageFromTab', tab);
        state.result = result;
        progress.textContent = '';
        renderCoverage(resultBody, result);
        showMessage(result.message, result.errors ? 'problems' : 'ok');
        refreshButtons();
        // The run rewrote the Coverage tab and the "not seen" marks.
        await section.onPlanChanged();
      },
      [readButton],
      (message) => {
        progress.textContent = '';
        showMessage(message, 'error');
      },
    );
  });

  addButton.addEventListener('click', () => {
    const picks = pickedEvents(resultBody, state.result);
    if (!picks.length) return;
    void task(
      `Adding ${plural(picks.length, 'event')} to the plan…`,
      async () => {
        const { message } = await run('addObservedToPlan', picks);
        // The added events are in the plan now: they cannot be added twice.
        for (const box of Array.from(resultBody.querySelectorAll<HTMLInputElement>('input[type="checkbox"]'))) {
          if (box.checked) {
            box.checked = false;
            box.disabled = true;
            box.closest('.observed-event')?.setAttribute('data-added', 'true');
          }
        }
        showMessage(message);
        refreshButtons();
        await section.onPlanChanged();
      },
      [addButton],
    );
  });
  refreshButtons();
}
