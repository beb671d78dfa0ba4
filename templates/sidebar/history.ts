/**
 * The History section: events by status (click one to select its row),
 * Update Status dropdown, Save version, and the changes between a saved
 * version and the current plan (or two versions), shown here and written
 * to the Changelog tab on request. It loads when first opened, so the
 * sidebar's start costs no extra server calls.
 */
import type { ChangeDto, ChangesDto, StatusEventDto, StatusListDto, VersionDto } from '../../src/gas/api-types';
import { byId, h, replace } from './dom';
import { run } from './server';
import { showMessage, task } from './status';
import { plural } from '../../src/core/counts';

/** Filter values for events whose Status is blank, or is text that is no template status. */
const NO_STATUS = '(none)';
const OTHER_STATUS = '(other)';

interface HistoryState {
  statuses?: StatusListDto;
  versions: VersionDto[];
}

const state: HistoryState = { versions: [] };

/** The events a filter value picks out. */
export function eventsWithStatus(list: StatusListDto, wanted: string): StatusEventDto[] {
  if (wanted === NO_STATUS) return list.events.filter((e) => e.status === '');
  if (wanted === OTHER_STATUS) return list.events.filter((e) => e.status !== '' && !list.statuses.includes(e.status));
  return list.events.filter((e) => e.status === wanted);
}

function renderStatusOptions(select: HTMLSelectElement, list: StatusListDto): void {
  const previous = select.value;
  const count = (value: string) => eventsWithStatus(list, value).length;
  const options = [...list.statuses, NO_STATUS, OTHER_STATUS]
    .filter((value) => list.statuses.includes(value) || count(value) > 0)
    .map((value) => {
      const label = value === NO_STATUS ? 'No status' : value === OTHER_STATUS ? 'Other text' : value;
      return h('option', { attrs: { value } }, `${label} (${count(value)})`);
    });
  replace(select, h('option', { attrs: { value: '' } }, 'Choose a status…'), ...options);
  if (Array.from(select.options).some((o) => o.value === previous)) select.value = previous;
}

function renderStatusEvents(listElement: HTMLElement, list: StatusListDto | undefined, wanted: string): void {
  if (!list || !wanted) {
    replace(listElement);
    return;
  }
  const events = eventsWithStatus(list, wanted);
  if (!events.length) {
    replace(listElement, h('li', { className: 'muted empty' }, 'No event has this status.'));
    return;
  }
  replace(
    listElement,
    ...events.map((event) => {
      const button = h('button', { className: 'link status-event', attrs: { type: 'button', title: `Row ${event.row}` } }, event.name);
      button.addEventListener('click', () => {
        void task(`Selecting ${event.name}…`, () => run('selectCell', event.tab, event.row, event.column));
      });
      const extra = wanted === OTHER_STATUS ? h('span', { className: 'muted' }, ` (${event.status})`) : null;
      return h('li', {}, button, extra);
    }),
  );
}

function versionOption(version: VersionDto): HTMLOptionElement {
  return h('option', { attrs: { value: version.id } }, `${version.id}. ${version.name} (${version.savedAt.slice(0, 10)}, ${plural(version.events, 'event')})`);
}

function renderVersions(versions: VersionDto[]): void {
  state.versions = versions;
  const from = byId<HTMLSelectElement>('compare-from');
  const to = byId<HTMLSelectElement>('compare-to');
  const [fromValue, toValue] = [from.value, to.value];
  if (!versions.length) replace(from, h('option', { attrs: { value: '' } }, 'No version saved yet'));
  else replace(from, ...versions.map(versionOption));
  replace(to, h('option', { attrs: { value: '' } }, 'The current plan'), ...versions.map(versionOption));
  if (versions.some((v) => String(v.id) === fromValue)) from.value = fromValue;
  if (versions.some((v) => String(v.id) === toValue)) to.value = toValue;
  for (const id of ['show-changes', 'write-changelog']) byId<HTMLButtonElement>(id).disabled = !versions.length;
}

function changeItem(change: ChangeDto): HTMLElement {
  const where = change.property !== undefined ? `${change.event} › ${change.property}` : change.event;
  return h(
    'li',
    { className: `change${change.breaking ? ' breaking' : ''}` },
    h('span', { className: `badge ${change.breaking ? 'error' : 'neutral'}` }, change.breaking ? 'breaking' : 'change'),
    ' ',
    h('span', { className: 'change-where' }, where),
    h('div', { className: 'change-message' }, change.message),
  );
}

function renderChanges(dto: ChangesDto): void {
  const summary = dto.changes.length
    ? `${dto.title}: ${plural(dto.breaking, 'breaking change')}, ${plural(dto.other, 'other change')}.`
    : `${dto.title}: no changes.`;
  byId('changes-summary').textContent = summary;
  // Breaking changes first: they are what a reviewer must see.
  const ordered = [...dto.changes.filter((c) => c.breaking), ...dto.changes.filter((c) => !c.breaking)];
  replace(byId('changes-list'), ...ordered.map(changeItem));
}

/** The comparison the form asks for: [from version, to version or null for the current plan]. */
function chosenComparison(): [number, number | null] | undefined {
  const from = Number(byId<HTMLSelectElement>('compare-from').value);
  const toValue = byId<HTMLSelectElement>('compare-to').value;
  if (!Number.isInteger(from) || from <= 0) return undefined;
  return [from, toValue ? Number(toValue) : null];
}

async function loadStatuses(): Promise<void> {
  const list = await run('listEventStatuses');
  state.statuses = list;
  const select = byId<HTMLSelectElement>('status-filter');
  renderStatusOptions(select, list);
  renderStatusEvents(byId('status-events'), list, select.value);
}

async function loadVersions(): Promise<void> {
  renderVersions((await run('listVersions')).versions);
}

export function initHistory(): void {
  const section = byId<HTMLDetailsElement>('history');
  const select = byId<HTMLSelectElement>('status-filter');
  let loaded = false;
  const approvedOnly = byId<HTMLInputElement>('export-approved-only');
  const load = () =>
    task('Loading history…', async () => {
      await Promise.all([loadStatuses(), loadVersions(), run('getSettings').then((dto) => (approvedOnly.checked = dto.settings.exportApprovedOnly === true))]);
      loaded = true;
    });
  approvedOnly.addEventListener('change', () => {
    const wanted = approvedOnly.checked;
    void task(
      'Saving…',
      async () => {
        const dto = await run('saveSettings', { exportApprovedOnly: wanted });
        approvedOnly.checked = dto.settings.exportApprovedOnly === true;
        showMessage(approvedOnly.checked ? 'Exports now hold only Approved and Implemented events.' : 'Exports now hold every event except Deprecated ones.');
      },
      [],
      (message) => {
        approvedOnly.checked = !wanted;
        showMessage(message, 'error');
      },
    );
  });
  section.addEventListener('toggle', () => {
    if (section.open && !loaded) void load();
  });

  select.addEventListener('change', () => renderStatusEvents(byId('status-events'), state.statuses, select.value));
  const refreshStatuses = byId<HTMLButtonElement>('refresh-statuses');
  refreshStatuses.addEventListener('click', () => void task('Reading statuses…', loadStatuses, [refreshStatuses]));

  const updateButton = byId<HTMLButtonElement>('update-status-dropdown');
  updateButton.addEventListener('click', () => {
    void task('Updating the Status dropdown…', async () => showMessage((await run('updateStatusDropdown')).message), [updateButton]);
  });

  const saveButton = byId<HTMLButtonElement>('save-version');
  const nameInput = byId<HTMLInputElement>('version-name');
  byId<HTMLFormElement>('save-version-form').addEventListener('submit', (event) => {
    event.preventDefault();
    void task(
      'Saving the version…',
      async () => {
        const dto = await run('saveVersion', nameInput.value);
        renderVersions(dto.versions);
        nameInput.value = '';
        showMessage(dto.message);
      },
      [saveButton],
    );
  });

  // Show changes and Write Changelog compare the two chosen versions alike; only the server call differs.
  const compareOn = (id: string, busy: string, action: 'compareVersions' | 'writeChangelog') => {
    const button = byId<HTMLButtonElement>(id);
    button.addEventListener('click', () => {
      const chosen = chosenComparison();
      if (!chosen) return;
      void task(busy, async () => {
        const dto = await run(action, chosen[0], chosen[1]);
        renderChanges(dto);
        showMessage(dto.message, dto.breaking ? 'problems' : 'ok');
      }, [button]);
    });
  };
  compareOn('show-changes', 'Comparing…', 'compareVersions');
  compareOn('write-changelog', 'Writing the Changelog tab…', 'writeChangelog');
}
