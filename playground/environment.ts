/**
 * One playground spreadsheet: the in-memory fake of the Apps Script services
 * (fakes/) with the built bundle dist/Code.js loaded into it, exactly as
 * the bundle tests run it. The server turns HTTP requests into calls here:
 * sidebar functions, menu items, a user's typing (which fires onEdit as
 * Sheets' simple trigger does) and clicks on the grid. `snapshot` renders
 * the sheets as plain data for the page.
 */
import { lettersToColumn } from '../src/core/a1';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as vm from 'node:vm';
import { createFakeServices, loadBundle } from '../fakes';
import { displayValue, parseInput, colToLetters } from '../fakes/a1';
import type { MenuModel } from '../fakes/ui';

export interface GridCell {
  /** As Sheets displays it. */
  text: string;
  background?: string;
  color?: string;
  bold?: boolean;
  italic?: boolean;
  strike?: boolean;
  note?: string;
  /** Set for checkbox cells: whether it is ticked. */
  checked?: boolean;
  /** The cell has a dropdown. */
  list?: boolean;
  formula?: string;
}

export interface GridGroup {
  start: number;
  end: number;
  depth: number;
  collapsed: boolean;
  /** The row that holds the +/- toggle. */
  control: number;
}

export interface GridSheet {
  name: string;
  /** Rows and columns the page draws (the used area and a margin). */
  rows: number;
  columns: number;
  frozenRows: number;
  widths: Record<number, number>;
  hiddenColumns: number[];
  /** Rows not shown: hidden by the user or inside a collapsed group. */
  hiddenRows: number[];
  groups: GridGroup[];
  /** Sparse: "row:column" -> cell. */
  cells: Record<string, GridCell>;
}

export interface Snapshot {
  version: number;
  spreadsheetName: string;
  sheets: GridSheet[];
  active: { sheet: string; row: number; column: number; rows: number; columns: number };
  menu: MenuModel | null;
  toasts: { message: string; title: string; timeoutSeconds?: number }[];
  alerts: { title: string; prompt: string }[];
  /** How many times a sidebar was shown (the page reloads its sidebar when this grows). */
  sidebars: number;
}

export type Outcome = { ok: true; value?: unknown } | { ok: false; message: string };

/** Draw at least this much of a sheet, and at most this many rows (the grid is a preview, not Sheets). */
const MIN_ROWS = 40;
const MIN_COLUMNS = 10;
const MAX_ROWS = 3000;

type Fakes = ReturnType<typeof createFakeServices>;

/** Sidebar functions that only read. */
const READ_ONLY_FUNCTIONS = new Set(['getChangeStamp', 'getSidebarState', 'getOverview', 'getSettings', 'listSpecs', 'listSpecEvents', 'previewFixAll']);

export class Playground {
  version = 0;
  readonly services: Fakes;
  private readonly bundle: Record<string, unknown>;
  private readonly toJsonInBundle: (json: string) => unknown;
  private cached?: Snapshot;

  constructor(root: string, options: { template: boolean; name?: string; version?: number }) {
    this.version = options.version ?? 0;
    this.services = createFakeServices({
      name: options.name ?? 'Tracking plan (playground)',
      htmlFiles: { Sidebar: readFileSync(join(root, 'dist', 'Sidebar.html'), 'utf8') },
    });
    this.bundle = loadBundle(this.services, join(root, 'dist', 'Code.js'));
    // Arguments cross from the page as JSON; parsing them inside the bundle's
    // realm gives it arrays and objects of its own, as Apps Script would.
    this.toJsonInBundle = vm.runInContext('(function (json) { return JSON.parse(json); })', this.bundle);
    if (options.template) {
      this.invoke('menuSetUpTemplate', []);
      // Start on the Track tab with no leftover toast from the setup.
      this.services.spreadsheet.testSetSelection(this.services.spreadsheet.testSheetNames().find((n) => /track/i.test(n)) ?? 'Sheet1', 'A1');
      this.services.ui.testClear();
    }
    this.invoke('onOpen', [{ authMode: 'FULL', source: this.services.spreadsheet }]);
  }

  private invoke(name: string, args: unknown[]): unknown {
    const fn = this.bundle[name];
    if (typeof fn !== 'function') throw new Error(`Script function not found: ${name}`);
    return (fn as (...a: unknown[]) => unknown)(...args);
  }

  private changed(): void {
    this.version++;
    this.cached = undefined;
  }

  /** A google.script.run call from the sidebar. */
  run(name: string, args: unknown[]): Outcome {
    // Apps Script refuses private functions (trailing underscore) and anything not top-level.
    if (!/^[A-Za-z][A-Za-z0-9]*$/.test(name) || !Object.prototype.hasOwnProperty.call(this.bundle, name) || typeof this.bundle[name] !== 'function') {
      return { ok: false, message: `Script function not found: ${name}` };
    }
    try {
      const value = this.invoke(name, this.toJsonInBundle(JSON.stringify(args ?? [])) as unknown[]);
      return { ok: true, value: value === undefined ? undefined : JSON.parse(JSON.stringify(value)) };
    } catch (error) {
      return { ok: false, message: failureText(error) };
    } finally {
      // The sidebar polls these every few seconds; they change nothing, so the page need not redraw.
      if (!READ_ONLY_FUNCTIONS.has(name)) this.changed();
    }
  }

  /** A click on an item of the add-on menu; only functions the menu registered can be run. */
  menu(functionName: string): Outcome {
    const registered = menuFunctions(this.services.ui.testAddonMenu());
    if (!registered.includes(functionName)) return { ok: false, message: `No menu item runs ${functionName}` };
    try {
      this.invoke(functionName, []);
      return { ok: true };
    } catch (error) {
      // What Sheets shows when a menu function throws.
      this.services.ui.alert(`Error: ${failureText(error)}`);
      return { ok: false, message: failureText(error) };
    } finally {
      this.changed();
    }
  }

  /** The user types `text` into a cell: Sheets stores it as typed input, then runs the simple onEdit trigger. */
  edit(sheetName: string, row: number, column: number, text: string): Outcome {
    const sheet = this.services.spreadsheet.testSheet(sheetName);
    const range = sheet.getRange(row, column);
    const before = range.getDisplayValue();
    const input = parseInput(text, false);
    if (input.f) sheet.testSetFormula(`${colToLetters(column)}${row}`, input.f, '');
    else sheet.testSetValues(row, column, [[input.v]]);
    this.services.spreadsheet.testSetSelection(sheetName, `${colToLetters(column)}${row}`);
    const event: Record<string, unknown> = { authMode: 'LIMITED', range, source: this.services.spreadsheet, user: { getEmail: () => '' }, triggerUid: '' };
    if (text !== '') event.value = text;
    if (before !== '') event.oldValue = before;
    try {
      this.services.testSetAuthMode('LIMITED');
      if (typeof this.bundle.onEdit === 'function') this.invoke('onEdit', [event]);
      return { ok: true };
    } catch (error) {
      // A simple trigger's failure only reaches the Executions log in Sheets.
      return { ok: false, message: failureText(error) };
    } finally {
      this.services.testSetAuthMode('FULL');
      this.changed();
    }
  }

  /** The user clicks a cell or a tab. */
  select(sheetName: string, row: number, column: number): Outcome {
    this.services.spreadsheet.testSetSelection(sheetName, `${colToLetters(column)}${row}`);
    this.changed();
    return { ok: true };
  }

  /** The user clicks a row group's +/- toggle. */
  toggleGroup(sheetName: string, start: number, depth: number): Outcome {
    const group = this.services.spreadsheet.testSheet(sheetName).getRowGroup(start, depth);
    if (!group) return { ok: false, message: 'No row group there.' };
    if (group.isCollapsed()) group.expand();
    else group.collapse();
    this.changed();
    return { ok: true };
  }

  snapshot(): Snapshot {
    if (this.cached) return this.cached;
    const ss = this.services.spreadsheet;
    const activeSheet = ss.getActiveSheet();
    const activeRange = activeSheet.getActiveRange();
    const snapshot: Snapshot = {
      version: this.version,
      spreadsheetName: ss.getName(),
      sheets: ss.testSheetNames().map((name) => this.gridOf(name)),
      active: {
        sheet: activeSheet.getName(),
        row: activeRange ? activeRange.getRow() : 1,
        column: activeRange ? activeRange.getColumn() : 1,
        rows: activeRange ? activeRange.getNumRows() : 1,
        columns: activeRange ? activeRange.getNumColumns() : 1,
      },
      menu: this.services.ui.testAddonMenu(),
      toasts: this.services.ui.testToasts().map((t) => ({ message: t.message, title: t.title, timeoutSeconds: t.timeoutSeconds })),
      alerts: this.services.ui.testAlerts().map((a) => ({ title: a.title, prompt: a.prompt })),
      sidebars: this.services.ui.testDialogs().filter((d) => d.kind === 'sidebar').length,
    };
    this.cached = snapshot;
    return snapshot;
  }

  private gridOf(name: string): GridSheet {
    const sheet = this.services.spreadsheet.testSheet(name);
    const dump = sheet.testDump();
    const rows = Math.min(MAX_ROWS, dump.maxRows, Math.max(MIN_ROWS, dump.lastRow + 15));
    const columns = Math.min(dump.maxColumns, Math.max(MIN_COLUMNS, dump.lastColumn + 2));
    const cells: Record<string, GridCell> = {};
    const cell = (r: number, c: number): GridCell => (cells[`${r}:${c}`] ??= { text: '' });
    dump.values.forEach((line, i) =>
      line.forEach((v, j) => {
        if (i + 1 > rows || v === '' || v === null) return;
        cell(i + 1, j + 1).text = typeof v === 'string' && /^\d{4}-\d\d-\d\dT/.test(v) ? displayValue(new Date(v)) : displayValue(v as string);
      }),
    );
    const each = <T>(map: Record<string, T>, apply: (target: GridCell, value: T) => void): void => {
      for (const [a1, value] of Object.entries(map)) {
        const at = parseCell(a1);
        if (at && at.row <= rows && at.column <= columns) apply(cell(at.row, at.column), value);
      }
    };
    each(dump.backgrounds, (c, v) => {
      if (v !== '#ffffff') c.background = v;
    });
    each(dump.fontColors, (c, v) => {
      if (v !== '#000000') c.color = v;
    });
    each(dump.fontWeights, (c, v) => {
      if (v === 'bold') c.bold = true;
    });
    each(dump.notes, (c, v) => {
      if (v) c.note = v;
    });
    each(dump.formulas, (c, v) => {
      c.formula = v;
    });
    each(dump.dataValidations, (c, v) => {
      if (/CHECKBOX/i.test(v.type)) c.checked = /^true$/i.test(c.text);
      else if (/VALUE_IN_LIST|VALUE_IN_RANGE/i.test(v.type)) c.list = true;
    });
    // Conditional formats are how the add-on marks findings; evaluate them per cell as Sheets would.
    const covered = new Set<string>();
    for (const rule of dump.conditionalFormatRules) {
      for (const a1 of rule.ranges) {
        const box = parseBox(a1, dump.maxRows, dump.maxColumns);
        if (!box) continue;
        for (let r = box.r1; r <= Math.min(box.r2, rows, Math.max(dump.lastRow, 1)); r++) {
          for (let c = box.c1; c <= Math.min(box.c2, columns); c++) covered.add(`${r}:${c}`);
        }
      }
    }
    for (const key of covered) {
      const [r, c] = key.split(':').map(Number);
      let format;
      try {
        format = sheet.testEffectiveFormat(`${colToLetters(c)}${r}`);
      } catch (_) {
        continue; // A formula the fake cannot evaluate: show the cell unformatted.
      }
      if (!format.matchedRules.length) continue;
      const target = cell(r, c);
      if (format.background) target.background = format.background;
      if (format.fontColor) target.color = format.fontColor;
      if (format.bold) target.bold = true;
      if (format.italic) target.italic = true;
      if (format.strikethrough) target.strike = true;
    }
    const hidden = new Set<number>([...dump.hiddenRows, ...dump.collapsedRows]);
    const widths: Record<number, number> = {};
    for (const [column, width] of Object.entries(dump.columnWidths)) widths[Number(column)] = width;
    return {
      name,
      rows,
      columns,
      frozenRows: dump.frozenRows,
      widths,
      hiddenColumns: dump.hiddenColumns,
      hiddenRows: Array.from(hidden)
        .filter((r) => r <= rows)
        .sort((a, b) => a - b),
      groups: dump.rowGroups.map((g) => ({
        ...g,
        control: dump.rowGroupControlPosition === 'BEFORE' ? g.start - 1 : g.end + 1,
      })),
      cells,
    };
  }
}

function failureText(error: unknown): string {
  if (error && typeof error === 'object' && 'message' in error) {
    const e = error as { name?: string; message: string };
    return e.name && e.name !== 'Error' && e.name !== 'UserError' ? `${e.name}: ${e.message}` : e.message;
  }
  return String(error);
}

function menuFunctions(menu: MenuModel | null): string[] {
  const names: string[] = [];
  const walk = (m: MenuModel): void => {
    for (const entry of m.entries) {
      if (entry.type === 'item') names.push(entry.functionName);
      else if (entry.type === 'submenu') walk(entry.menu);
    }
  };
  if (menu) walk(menu);
  return names;
}

function parseCell(a1: string): { row: number; column: number } | undefined {
  const m = /^([A-Z]+)(\d+)$/.exec(a1);
  return m ? { row: Number(m[2]), column: lettersToColumn(m[1]) } : undefined;
}

function parseBox(a1: string, maxRows: number, maxColumns: number): { r1: number; c1: number; r2: number; c2: number } | undefined {
  const m = /^([A-Z]*)(\d*)(?::([A-Z]*)(\d*))?$/.exec(a1.replace(/\$/g, '').replace(/^.*!/, ''));
  if (!m) return undefined;
  const c1 = m[1] ? lettersToColumn(m[1]) : 1;
  const r1 = m[2] ? Number(m[2]) : 1;
  const c2 = m[3] !== undefined ? (m[3] ? lettersToColumn(m[3]) : maxColumns) : c1;
  const r2 = m[4] !== undefined ? (m[4] ? Number(m[4]) : maxRows) : r1;
  return { r1, c1, r2, c2 };
}
