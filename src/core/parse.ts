/**
 * Turns the values of a spreadsheet's tabs into a Plan. Tolerant by design:
 * columns are found by caption, blank rows are skipped, non-text cells are
 * read as their displayed text, and what cannot be understood becomes a
 * ParseProblem with a message rather than an exception.
 */
import { findHeader, type HeaderLayout } from './header';
import { type Goal, type PageEntry, type ParseProblem, type Plan, type PlanTab, type TextCell, type Trait, type TrackEvent, type TrackProperty } from './plan';
import { assignPlanTabs, hasTabHeader, kindOfAlias, kindOfTemplateName } from './plan-tabs';
import { type ColumnKey, TEMPLATE, type TabDef, type TabKind } from './template';

export interface SheetData {
  name: string;
  /** The sheet's values from A1, as getValues returns them. */
  values: readonly (readonly unknown[])[];
  /** The add-on owns this sheet: never a plan tab (see plan-tabs.ts). */
  owned?: boolean;
}

/** A cell value as Sheets would display it by default, close enough to name checks. */
export function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (value instanceof Date || Object.prototype.toString.call(value) === '[object Date]') {
    const date = value as Date;
    if (isNaN(date.getTime())) return '';
    const iso = date.toISOString();
    return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso.slice(0, 19).replace('T', ' ');
  }
  return String(value);
}

const NON_SPACE = /\S/;

function isBlank(value: unknown): boolean {
  // The common cases without building a string: this runs for every cell of 100,000-row tabs.
  if (value === '' || value === null || value === undefined) return true;
  if (typeof value === 'string') return !NON_SPACE.test(value);
  return !NON_SPACE.test(cellText(value));
}

/** Checkbox cells hold booleans; typed text ("yes", "x", "required") counts too. */
/** Yes-like cells, in the sheet's Required column and in other tools' exports alike: TRUE, yes, y, x, 1, required, always. */
export function isRequired(value: unknown): boolean {
  if (value === true) return true;
  return /^(true|yes|y|x|1|required|always|always sent|✓|✔)$/i.test(cellText(value).trim());
}

class RowReader {
  constructor(
    private readonly row: readonly unknown[],
    private readonly rowNumber: number,
    private readonly header: HeaderLayout,
  ) {}

  raw(key: ColumnKey): unknown {
    const column = this.header.columns[key];
    return column === undefined ? undefined : this.row[column - 1];
  }

  /** The cell as a TextCell, or undefined when the column is missing or the cell blank. */
  cell(key: ColumnKey): TextCell | undefined {
    const column = this.header.columns[key];
    if (column === undefined) return undefined;
    const value = this.row[column - 1];
    if (isBlank(value)) return undefined;
    if (typeof value === 'string') return { text: value, row: this.rowNumber, column };
    return { text: cellText(value), row: this.rowNumber, column, nonText: true };
  }
}

function lastFilledRow(values: readonly (readonly unknown[])[]): number {
  for (let r = values.length - 1; r >= 0; r--) {
    if ((values[r] ?? []).some((v) => !isBlank(v))) return r + 1;
  }
  return 0;
}

function locateTab(def: TabDef, sheet: SheetData, problems: ParseProblem[]): PlanTab | undefined {
  const header = findHeader(def, sheet.values);
  if (!header) {
    const wanted = def.headerKeys.map((key) => `"${def.columns.find((c) => c.key === key)!.caption}"`).join(' and ');
    problems.push({
      kind: 'missing-header',
      tabKind: def.kind,
      tab: sheet.name,
      message: `The "${sheet.name}" tab has no header row with ${wanted} in its first 20 rows, so it was not read.`,
    });
    return undefined;
  }
  if (header.duplicated.length) {
    problems.push({
      kind: 'duplicated-columns',
      tabKind: def.kind,
      tab: sheet.name,
      message: `The "${sheet.name}" tab has more than one column named ${header.duplicated.map((c) => `"${c}"`).join(', ')}; the first one is used.`,
    });
  }
  return { kind: def.kind, sheetName: sheet.name, header, lastRow: lastFilledRow(sheet.values) };
}

function readTrack(tab: PlanTab, values: readonly (readonly unknown[])[], plan: Plan): void {
  let current: TrackEvent | undefined;
  for (let r = tab.header.row; r < values.length; r++) {
    const rowNumber = r + 1;
    const reader = new RowReader(values[r] ?? [], rowNumber, tab.header);
    const name = reader.cell('event');
    const propertyName = reader.cell('property');
    if (name) {
      current = {
        row: rowNumber,
        name,
        spec: reader.cell('spec'),
        firesWhen: reader.cell('firesWhen'),
        businessGoal: reader.cell('businessGoal'),
        priority: reader.cell('priority'),
        status: reader.cell('status'),
        properties: [],
        lastRow: rowNumber,
      };
      plan.events.push(current);
    }
    if (!propertyName) continue;
    const property: TrackProperty = {
      row: rowNumber,
      name: propertyName,
      type: reader.cell('type'),
      required: isRequired(reader.raw('required')),
      allowedValues: reader.cell('allowedValues'),
      description: reader.cell('propertyDescription'),
    };
    if (current) {
      current.properties.push(property);
      current.lastRow = rowNumber;
    } else {
      plan.orphans.push(property);
    }
  }
}

function readTraits(tab: PlanTab, values: readonly (readonly unknown[])[]): Trait[] {
  const traits: Trait[] = [];
  for (let r = tab.header.row; r < values.length; r++) {
    const reader = new RowReader(values[r] ?? [], r + 1, tab.header);
    const name = reader.cell('trait');
    if (!name) continue;
    traits.push({
      row: r + 1,
      name,
      type: reader.cell('type'),
      required: isRequired(reader.raw('required')),
      allowedValues: reader.cell('allowedValues'),
      description: reader.cell('traitDescription'),
    });
  }
  return traits;
}

function readPages(tab: PlanTab, values: readonly (readonly unknown[])[]): PageEntry[] {
  const pages: PageEntry[] = [];
  for (let r = tab.header.row; r < values.length; r++) {
    const reader = new RowReader(values[r] ?? [], r + 1, tab.header);
    const name = reader.cell('pageName');
    if (!name) continue;
    pages.push({ row: r + 1, name, methods: reader.cell('methods'), properties: reader.cell('properties') });
  }
  return pages;
}

/** Quotes people put around a name: straight, curly and guillemets. */
const QUOTED = /^(["'“”‘’«»])(.*)(["'“”‘’«»])$/;

/**
 * Splits a Goals "Events" cell: one event per line, or separated by commas
 * or semicolons; a name may be quoted (`"Coupon Entered"`).
 */
export function splitEventList(text: string): string[] {
  return text
    .split(/[\n\r,;]+/)
    .map((s) => {
      const t = s.replace(/^[\s•*·-]+/, '').trim();
      const m = QUOTED.exec(t);
      return m ? m[2].trim() : t;
    })
    .filter((s) => s !== '');
}

function readGoals(tab: PlanTab, values: readonly (readonly unknown[])[]): Goal[] {
  const goals: Goal[] = [];
  for (let r = tab.header.row; r < values.length; r++) {
    const reader = new RowReader(values[r] ?? [], r + 1, tab.header);
    const goal = reader.cell('goal');
    const events = reader.cell('events');
    if (!goal && !events) continue;
    goals.push({ row: r + 1, goal, events, eventNames: events ? splitEventList(events.text) : [] });
  }
  return goals;
}

/**
 * Which kind of template tab a lone sheet is: by its template name, else by
 * an alias when its header fits, else by its header captions.
 */
export function detectTabKind(sheet: SheetData, taken: ReadonlySet<TabKind> = new Set()): TabKind | undefined {
  const byName = kindOfTemplateName(sheet.name);
  if (byName && !taken.has(byName)) return byName;
  const byAlias = kindOfAlias(sheet.name);
  if (byAlias && !taken.has(byAlias) && hasTabHeader(byAlias, sheet.values)) return byAlias;
  for (const kind of ['track', 'page', 'goals', 'identify', 'group'] as TabKind[]) {
    if (taken.has(kind)) continue;
    if (hasTabHeader(kind, sheet.values)) return kind;
  }
  return undefined;
}

export function emptyPlan(): Plan {
  return { tabs: {}, events: [], orphans: [], identify: [], group: [], pages: [], goals: [], problems: [] };
}

/**
 * Reads the plan from a spreadsheet's sheets, in tab order. Which sheet is
 * which tab is decided in plan-tabs.ts (template name, else a fitting
 * header); tabs that are not part of the template are ignored.
 */
export function parsePlan(sheets: readonly SheetData[]): Plan {
  const plan = emptyPlan();
  const assigned = assignPlanTabs(sheets);
  for (const def of TEMPLATE) {
    const sheet = assigned.get(def.kind);
    if (!sheet) {
      plan.problems.push({ kind: 'missing-tab', tabKind: def.kind, tab: def.name, message: `There is no "${def.name}" tab.` });
      continue;
    }
    const tab = locateTab(def, sheet, plan.problems);
    if (!tab) continue;
    plan.tabs[def.kind] = tab;
    const essential = def.headerKeys;
    const missing = tab.header.missing.filter((key) => !essential.includes(key));
    if (missing.length) {
      const captions = missing.map((key) => `"${def.columns.find((c) => c.key === key)!.caption}"`).join(', ');
      plan.problems.push({
        kind: 'missing-columns',
        tabKind: def.kind,
        tab: sheet.name,
        message: `The "${sheet.name}" tab has no ${captions} column${missing.length > 1 ? 's' : ''}.`,
      });
    }
    switch (def.kind) {
      case 'track':
        readTrack(tab, sheet.values, plan);
        break;
      case 'identify':
        plan.identify = readTraits(tab, sheet.values);
        break;
      case 'group':
        plan.group = readTraits(tab, sheet.values);
        break;
      case 'page':
        plan.pages = readPages(tab, sheet.values);
        break;
      case 'goals':
        plan.goals = readGoals(tab, sheet.values);
        break;
    }
  }
  return plan;
}
