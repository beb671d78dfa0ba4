/**
 * The playground page: draws the in-memory spreadsheet as Sheets-like grids
 * (tabs, row numbers, column letters, collapsible row groups, hidden rows,
 * highlights and notes), a formula bar to type into cells, the add-on menu
 * built from what the bundle registered in onOpen, toasts and alerts. All
 * sheet text is set with textContent.
 */
import { columnLetters } from '../src/core/a1';
import type { GridCell, GridSheet, Snapshot } from './environment';
import type { MenuModel } from '../fakes/ui';

const DEFAULT_WIDTH = 100;
const ROW_HEADER_WIDTH = 46;

let state: Snapshot | undefined;
/** The tab on show; follows the spreadsheet's active sheet. */
let shownSheet = '';
let selected = { row: 1, column: 1 };
let toastsSeen = 0;
let alertsSeen = 0;
let sidebarsSeen = -1;
let lastActiveKey = '';
let loading = false;
let again = false;

function el<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  if (className) element.className = className;
  if (text !== undefined) element.textContent = text;
  return element;
}

function byId<T extends HTMLElement = HTMLElement>(id: string): T {
  return document.getElementById(id) as T;
}

async function post(path: string, body: unknown): Promise<{ ok: boolean; message?: string }> {
  const response = await fetch(path, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  return response.json();
}

// Loading -------------------------------------------------------------------------

async function refresh(): Promise<void> {
  if (loading) {
    again = true;
    return;
  }
  loading = true;
  try {
    const response = await fetch('/api/state');
    const next = (await response.json()) as Snapshot;
    // The sidebar's polls change nothing: redraw only what moved.
    if (state && next.version === state.version) return;
    state = next;
    render(state);
  } finally {
    loading = false;
    if (again) {
      again = false;
      void refresh();
    }
  }
}

async function poll(): Promise<void> {
  try {
    const { version } = (await (await fetch('/api/version')).json()) as { version: number };
    if (!state || version !== state.version) await refresh();
  } catch (_) {
    // The server stopped; keep the last picture.
  }
  setTimeout(poll, 700);
}

// Rendering -------------------------------------------------------------------------

function render(snapshot: Snapshot): void {
  byId('doc-name').textContent = snapshot.spreadsheetName;
  document.title = `${snapshot.spreadsheetName} – Tracking Plan playground`;
  const activeKey = `${snapshot.active.sheet}!${snapshot.active.row}:${snapshot.active.column}`;
  let follow = false;
  if (activeKey !== lastActiveKey) {
    // The add-on (selectCell, Insert) or the user moved the selection: follow it and scroll to it, as Sheets does.
    follow = lastActiveKey !== '';
    lastActiveKey = activeKey;
    shownSheet = snapshot.active.sheet;
    selected = { row: snapshot.active.row, column: snapshot.active.column };
  }
  if (!snapshot.sheets.some((s) => s.name === shownSheet)) shownSheet = snapshot.active.sheet;
  document.body.dataset.version = String(snapshot.version);
  renderTabs(snapshot);
  renderGrid(snapshot.sheets.find((s) => s.name === shownSheet)!);
  if (follow) byId('grid').querySelector<HTMLElement>('td.selected')?.scrollIntoView({ block: 'center', inline: 'nearest' });
  renderMenu(snapshot.menu);
  renderToasts(snapshot);
  renderAlerts(snapshot);
  if (sidebarsSeen >= 0 && snapshot.sidebars > sidebarsSeen) byId<HTMLIFrameElement>('sidebar').contentWindow?.location.reload();
  sidebarsSeen = snapshot.sidebars;
}

function renderTabs(snapshot: Snapshot): void {
  const tabs = byId('tabs');
  tabs.textContent = '';
  for (const sheet of snapshot.sheets) {
    const tab = el('button', 'tab', sheet.name);
    tab.type = 'button';
    tab.setAttribute('role', 'tab');
    tab.setAttribute('aria-selected', String(sheet.name === shownSheet));
    tab.dataset.sheet = sheet.name;
    tab.addEventListener('click', () => {
      shownSheet = sheet.name;
      selected = { row: 1, column: 1 };
      renderTabs(snapshot);
      renderGrid(sheet);
      void post('/api/select', { sheet: sheet.name, row: 1, column: 1 });
    });
    tabs.appendChild(tab);
  }
}

function cellElement(sheet: GridSheet, row: number, column: number, data: GridCell | undefined): HTMLTableCellElement {
  const td = el('td', 'cell');
  td.dataset.row = String(row);
  td.dataset.column = String(column);
  td.dataset.a1 = `${columnLetters(column)}${row}`;
  if (row <= sheet.frozenRows) td.classList.add('frozen');
  if (data) {
    if (data.checked !== undefined) {
      td.classList.add('checkbox');
      td.textContent = data.checked ? '☑' : '☐';
      td.setAttribute('aria-label', data.checked ? 'checked' : 'unchecked');
    } else {
      td.textContent = data.text;
      // Long texts (such as the Checks column) are cut off in the cell, as in Sheets; hovering shows them whole.
      if (data.text.length > 40 || data.text.includes('\n')) td.title = data.text;
    }
    if (data.list) td.classList.add('list');
    if (data.background) td.style.backgroundColor = data.background;
    if (data.color) td.style.color = data.color;
    if (data.bold) td.style.fontWeight = 'bold';
    if (data.italic) td.style.fontStyle = 'italic';
    if (data.strike) td.style.textDecoration = 'line-through';
    if (data.note) {
      td.classList.add('has-note');
      td.title = data.note;
      td.dataset.note = data.note;
    }
    if (/^-?[\d.,]+$/.test(data.text)) td.classList.add('number');
  }
  if (row === selected.row && column === selected.column) td.classList.add('selected');
  return td;
}

function renderGrid(sheet: GridSheet): void {
  const grid = byId('grid');
  const scroll = { top: grid.scrollTop, left: grid.scrollLeft };
  grid.textContent = '';
  grid.dataset.sheet = sheet.name;
  const hiddenRows = new Set(sheet.hiddenRows);
  const hiddenColumns = new Set(sheet.hiddenColumns);
  const maxDepth = Math.max(0, ...sheet.groups.map((g) => g.depth));

  const table = el('table', 'sheet');
  const colgroup = el('colgroup');
  const gutter = el('col');
  gutter.style.width = `${maxDepth ? maxDepth * 16 + 4 : 0}px`;
  colgroup.appendChild(gutter);
  const rowHeader = el('col');
  rowHeader.style.width = `${ROW_HEADER_WIDTH}px`;
  colgroup.appendChild(rowHeader);
  let width = (maxDepth ? maxDepth * 16 + 4 : 0) + ROW_HEADER_WIDTH;
  for (let c = 1; c <= sheet.columns; c++) {
    if (hiddenColumns.has(c)) continue;
    const col = el('col');
    const w = sheet.widths[c] ?? DEFAULT_WIDTH;
    col.style.width = `${w}px`;
    width += w;
    colgroup.appendChild(col);
  }
  table.style.width = `${width}px`;
  table.style.setProperty('--gutter', `${maxDepth ? maxDepth * 16 + 4 : 0}px`);
  table.appendChild(colgroup);

  const head = el('thead');
  const headRow = el('tr');
  headRow.appendChild(el('th', 'corner gutter'));
  headRow.appendChild(el('th', 'corner'));
  for (let c = 1; c <= sheet.columns; c++) {
    if (hiddenColumns.has(c)) continue;
    const th = el('th', c === selected.column ? 'column-header current' : 'column-header', columnLetters(c));
    th.scope = 'col';
    headRow.appendChild(th);
  }
  head.appendChild(headRow);
  table.appendChild(head);

  const body = el('tbody');
  for (let r = 1; r <= sheet.rows; r++) {
    if (hiddenRows.has(r)) continue;
    const tr = el('tr');
    tr.dataset.row = String(r);
    tr.appendChild(gutterCell(sheet, r));
    const th = el('th', r === selected.row ? 'row-header current' : 'row-header', String(r));
    th.scope = 'row';
    tr.appendChild(th);
    for (let c = 1; c <= sheet.columns; c++) {
      if (hiddenColumns.has(c)) continue;
      tr.appendChild(cellElement(sheet, r, c, sheet.cells[`${r}:${c}`]));
    }
    body.appendChild(tr);
  }
  table.appendChild(body);
  grid.appendChild(table);
  grid.scrollTop = scroll.top;
  grid.scrollLeft = scroll.left;
  updateFormulaBar(sheet);
}

/** The +/- toggle of the row group whose control sits on this row, or the group line. */
function gutterCell(sheet: GridSheet, row: number): HTMLTableCellElement {
  const td = el('td', 'gutter');
  const control = sheet.groups.find((g) => g.control === row);
  const inside = sheet.groups.filter((g) => row >= g.start && row <= g.end);
  if (control) {
    const button = el('button', 'group-toggle', control.collapsed ? '+' : '−');
    button.type = 'button';
    button.dataset.start = String(control.start);
    button.setAttribute('aria-expanded', String(!control.collapsed));
    button.setAttribute('aria-label', `${control.collapsed ? 'Expand' : 'Collapse'} rows ${control.start}–${control.end}`);
    button.style.marginLeft = `${(control.depth - 1) * 16}px`;
    button.addEventListener('click', () => {
      void post('/api/toggle-group', { sheet: sheet.name, start: control.start, depth: control.depth }).then(refresh);
    });
    td.appendChild(button);
  } else if (inside.length) {
    const line = el('span', row === Math.max(...inside.map((g) => g.end)) ? 'group-line last' : 'group-line');
    line.style.marginLeft = `${(Math.max(...inside.map((g) => g.depth)) - 1) * 16 + 7}px`;
    td.appendChild(line);
  }
  return td;
}

function currentSheet(): GridSheet | undefined {
  return state?.sheets.find((s) => s.name === shownSheet);
}

function updateFormulaBar(sheet: GridSheet): void {
  const data = sheet.cells[`${selected.row}:${selected.column}`];
  byId('cell-name').textContent = `${columnLetters(selected.column)}${selected.row}`;
  const input = byId<HTMLInputElement>('formula-input');
  if (document.activeElement !== input) input.value = data ? (data.formula ?? data.text) : '';
}

function selectCell(row: number, column: number, tellServer = true): void {
  const sheet = currentSheet();
  if (!sheet) return;
  selected = { row: Math.max(1, Math.min(sheet.rows, row)), column: Math.max(1, Math.min(sheet.columns, column)) };
  const grid = byId('grid');
  for (const old of Array.from(grid.querySelectorAll('.selected, .current'))) old.classList.remove('selected', 'current');
  const td = grid.querySelector<HTMLElement>(`td[data-row="${selected.row}"][data-column="${selected.column}"]`);
  td?.classList.add('selected');
  grid.querySelector(`tr[data-row="${selected.row}"] .row-header`)?.classList.add('current');
  grid.querySelectorAll('.column-header')[selected.column - 1]?.classList.add('current');
  td?.scrollIntoView({ block: 'nearest', inline: 'nearest' });
  updateFormulaBar(sheet);
  if (tellServer) {
    lastActiveKey = `${sheet.name}!${selected.row}:${selected.column}`;
    void post('/api/select', { sheet: sheet.name, row: selected.row, column: selected.column });
  }
}

async function commitEdit(): Promise<void> {
  const sheet = currentSheet();
  if (!sheet) return;
  const input = byId<HTMLInputElement>('formula-input');
  const value = input.value;
  const at = { ...selected };
  input.blur();
  await post('/api/edit', { sheet: sheet.name, row: at.row, column: at.column, value });
  await refresh();
  selectCell(at.row + 1, at.column);
  byId('grid').focus();
}

// Menu, toasts and alerts ------------------------------------------------------------------

function closeMenus(): void {
  byId('extensions-menu').hidden = true;
  byId('extensions-button').setAttribute('aria-expanded', 'false');
}

function menuList(model: MenuModel): HTMLElement {
  const list = el('div', 'menu-list');
  for (const entry of model.entries) {
    if (entry.type === 'separator') {
      list.appendChild(el('div', 'menu-separator')).setAttribute('role', 'separator');
    } else if (entry.type === 'submenu') {
      const wrap = el('div', 'submenu');
      const label = el('button', 'menu-item has-submenu', entry.caption);
      label.type = 'button';
      label.setAttribute('role', 'menuitem');
      label.setAttribute('aria-haspopup', 'true');
      wrap.appendChild(label);
      const inner = menuList(entry.menu);
      inner.classList.add('menu', 'nested');
      wrap.appendChild(inner);
      list.appendChild(wrap);
    } else {
      const item = el('button', 'menu-item', entry.caption);
      item.type = 'button';
      item.setAttribute('role', 'menuitem');
      item.dataset.function = entry.functionName;
      item.addEventListener('click', () => {
        closeMenus();
        void post('/api/menu', { functionName: entry.functionName }).then(refresh);
      });
      list.appendChild(item);
    }
  }
  return list;
}

let menuKey = '';
function renderMenu(model: MenuModel | null): void {
  const key = JSON.stringify(model);
  if (key === menuKey) return;
  menuKey = key;
  const menu = byId('extensions-menu');
  menu.textContent = '';
  if (!model) {
    menu.appendChild(el('div', 'menu-empty', 'No add-on menu (onOpen did not build one).'));
    return;
  }
  const addon = el('div', 'submenu');
  const label = el('button', 'menu-item has-submenu', model.title);
  label.type = 'button';
  label.setAttribute('role', 'menuitem');
  addon.appendChild(label);
  const items = menuList(model);
  items.classList.add('menu', 'nested');
  addon.appendChild(items);
  menu.appendChild(addon);
}

function renderToasts(snapshot: Snapshot): void {
  if (snapshot.toasts.length < toastsSeen) toastsSeen = 0;
  const box = byId('toasts');
  for (const toast of snapshot.toasts.slice(toastsSeen)) {
    const item = el('div', 'toast');
    item.setAttribute('role', 'status');
    if (toast.title) item.appendChild(el('strong', 'toast-title', toast.title));
    item.appendChild(el('span', 'toast-message', toast.message));
    const close = el('button', 'toast-close', '✕');
    close.type = 'button';
    close.setAttribute('aria-label', 'Dismiss');
    close.addEventListener('click', () => item.remove());
    item.appendChild(close);
    box.appendChild(item);
    const seconds = toast.timeoutSeconds && toast.timeoutSeconds > 0 ? Math.min(toast.timeoutSeconds, 10) : 5;
    setTimeout(() => item.remove(), seconds * 1000);
  }
  toastsSeen = snapshot.toasts.length;
}

const pendingAlerts: { title: string; prompt: string }[] = [];
function renderAlerts(snapshot: Snapshot): void {
  if (snapshot.alerts.length < alertsSeen) alertsSeen = 0;
  pendingAlerts.push(...snapshot.alerts.slice(alertsSeen));
  alertsSeen = snapshot.alerts.length;
  showNextAlert();
}

function showNextAlert(): void {
  const backdrop = byId('alert');
  if (!backdrop.hidden || !pendingAlerts.length) return;
  const next = pendingAlerts.shift()!;
  byId('alert-title').textContent = next.title || 'Tracking Plan';
  byId('alert-text').textContent = next.prompt;
  backdrop.hidden = false;
  byId('alert-ok').focus();
}

// Start ---------------------------------------------------------------------------------------

function start(): void {
  const grid = byId('grid');
  grid.addEventListener('mousedown', (event) => {
    const td = (event.target as HTMLElement).closest<HTMLElement>('td.cell');
    if (!td) return;
    selectCell(Number(td.dataset.row), Number(td.dataset.column));
  });
  grid.addEventListener('dblclick', () => byId('formula-input').focus());
  grid.addEventListener('keydown', (event) => {
    const moves: Record<string, [number, number]> = { ArrowUp: [-1, 0], ArrowDown: [1, 0], ArrowLeft: [0, -1], ArrowRight: [0, 1], Tab: [0, 1] };
    const move = moves[event.key];
    if (move) {
      event.preventDefault();
      selectCell(selected.row + move[0], selected.column + move[1]);
    } else if (event.key === 'Enter' || event.key === 'F2') {
      event.preventDefault();
      byId('formula-input').focus();
    } else if (event.key === 'Delete' || event.key === 'Backspace') {
      event.preventDefault();
      byId<HTMLInputElement>('formula-input').value = '';
      void commitEdit();
    } else if (event.key.length === 1 && !event.ctrlKey && !event.metaKey && !event.altKey) {
      // Typing on a selected cell starts editing it, as in Sheets.
      event.preventDefault();
      const input = byId<HTMLInputElement>('formula-input');
      input.value = event.key;
      input.focus();
    }
  });
  const input = byId<HTMLInputElement>('formula-input');
  input.addEventListener('keydown', (event) => {
    if (event.key === 'Enter') {
      event.preventDefault();
      void commitEdit();
    } else if (event.key === 'Escape') {
      input.blur();
      const sheet = currentSheet();
      if (sheet) updateFormulaBar(sheet);
      grid.focus();
    }
  });

  const button = byId('extensions-button');
  button.addEventListener('click', (event) => {
    event.stopPropagation();
    const menu = byId('extensions-menu');
    menu.hidden = !menu.hidden;
    button.setAttribute('aria-expanded', String(!menu.hidden));
  });
  document.addEventListener('click', (event) => {
    if (!(event.target as HTMLElement).closest('.menu-root')) closeMenus();
  });
  document.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') closeMenus();
  });

  byId('alert-ok').addEventListener('click', () => {
    byId('alert').hidden = true;
    showNextAlert();
  });

  // The sidebar shim tells us after each server call, so the grid updates at once.
  window.addEventListener('message', (event) => {
    if (event.origin === window.location.origin && event.data && event.data.type === 'playground:changed') void refresh();
  });
  // Drop ?reset=1 / ?empty=1 so reloading the page does not start over again.
  if (window.location.search) history.replaceState(null, '', '/');
  void refresh().then(() => setTimeout(poll, 700));
}

start();
