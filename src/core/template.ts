/**
 * The Segment-style template: its tabs, header captions, column widths and
 * validation, as data. Setting up the template, parsing a sheet and writing
 * an .xlsx all read this one description, so adding a column is a data change.
 */

export type TabKind = 'goals' | 'identify' | 'group' | 'page' | 'track';

export type ColumnKey =
  // Goals
  | 'goal'
  | 'questions'
  | 'metric'
  | 'events'
  | 'owner'
  // Identify / Group
  | 'trait'
  | 'traitDescription'
  | 'sentBefore'
  | 'why'
  // Page & Screen
  | 'side'
  | 'methods'
  | 'pageName'
  | 'properties'
  // Track (Custom)
  | 'spec'
  | 'event'
  | 'firesWhen'
  | 'property'
  | 'propertyDescription'
  | 'status'
  // shared
  | 'priority'
  | 'businessGoal'
  | 'type'
  | 'required'
  | 'allowedValues'
  | 'notes';

export type Validation =
  /** A dropdown; `strict: false` still accepts other text, so a check can explain a wrong value. */
  { kind: 'list'; values: readonly string[]; strict: boolean } | { kind: 'checkbox' };

export interface ColumnDef {
  key: ColumnKey;
  caption: string;
  /** Other captions accepted for this column, e.g. those of Segment's original template. */
  aliases?: readonly string[];
  width: number;
  validation?: Validation;
  /** An empty column separates this column from the one before it (Identify's last two). */
  gapBefore?: boolean;
}

export interface TabDef {
  kind: TabKind;
  name: string;
  /** Other tab names under which users and older templates keep this tab. */
  aliases: readonly string[];
  columns: readonly ColumnDef[];
  /** Captions that must all be in a row for it to be taken as this tab's header row. */
  headerKeys: readonly ColumnKey[];
}

export const TYPES = ['String', 'Number', 'Integer', 'Float', 'Boolean', 'Object', 'Array', 'Date', 'Null', 'Any'] as const;
export const PRIORITIES = ['P1', 'P2', 'P3'] as const;
export const STATUSES = ['Planned', 'In Review', 'Approved', 'In Progress', 'Implemented', 'Deprecated'] as const;
export const SPEC_NAMES = ['B2B SaaS', 'Ecommerce v2', 'Mobile', 'Video', 'Custom'] as const;

const typeColumn: ColumnDef = { key: 'type', caption: 'Type', width: 110, validation: { kind: 'list', values: TYPES, strict: false } };
const requiredColumn: ColumnDef = { key: 'required', caption: 'Required', width: 80, validation: { kind: 'checkbox' } };
const priorityColumn: ColumnDef = { key: 'priority', caption: 'Priority', width: 70, validation: { kind: 'list', values: PRIORITIES, strict: false } };

const traitColumns: readonly ColumnDef[] = [
  { key: 'trait', caption: 'Trait', aliases: ['Trait Name', 'Traits'], width: 180 },
  typeColumn,
  requiredColumn,
  { key: 'allowedValues', caption: 'Allowed Values', width: 160 },
  { key: 'traitDescription', caption: 'Trait Description', aliases: ['Description'], width: 280 },
  { key: 'notes', caption: 'Notes', width: 200 },
];

export const TEMPLATE: readonly TabDef[] = [
  {
    kind: 'goals',
    name: 'Goals',
    aliases: ['Business Goals', 'Goal'],
    headerKeys: ['goal'],
    columns: [
      { key: 'goal', caption: 'Business Goal', aliases: ['Goal', 'Goals'], width: 220 },
      { key: 'questions', caption: 'Key Questions', width: 280 },
      { key: 'metric', caption: 'Metric', aliases: ['Metrics', 'KPI'], width: 180 },
      { key: 'events', caption: 'Events', width: 220 },
      { key: 'owner', caption: 'Owner', width: 120 },
    ],
  },
  {
    kind: 'identify',
    name: 'Identify',
    aliases: ['Identify Traits', 'Traits', 'Identify (Traits)'],
    headerKeys: ['trait'],
    columns: [
      ...traitColumns,
      { key: 'sentBefore', caption: 'Sent Immediately Before', width: 200, gapBefore: true },
      { key: 'why', caption: 'Why?', width: 200 },
    ],
  },
  {
    kind: 'group',
    name: 'Group',
    aliases: ['Group Traits', 'Groups'],
    headerKeys: ['trait'],
    columns: traitColumns,
  },
  {
    kind: 'page',
    name: 'Page & Screen',
    aliases: ['Page and Screen', 'Page', 'Pages', 'Screen', 'Page/Screen'],
    headerKeys: ['pageName'],
    columns: [
      priorityColumn,
      { key: 'businessGoal', caption: 'Business Goal', width: 180 },
      { key: 'side', caption: 'Side', width: 90, validation: { kind: 'list', values: ['Client', 'Server'], strict: false } },
      {
        key: 'methods',
        caption: 'Method(s)',
        aliases: ['Method', 'Methods'],
        width: 110,
        validation: { kind: 'list', values: ['Page', 'Screen', 'Page, Screen'], strict: false },
      },
      { key: 'pageName', caption: 'Page or Screen Name', aliases: ['Page Name', 'Screen Name', 'Name'], width: 220 },
      { key: 'properties', caption: 'Properties', width: 240 },
      { key: 'notes', caption: 'Notes', width: 200 },
    ],
  },
  {
    kind: 'track',
    name: 'Track (Custom)',
    aliases: ['Track', 'Track Events', 'Events', 'Track (custom events)'],
    headerKeys: ['event', 'property'],
    columns: [
      priorityColumn,
      { key: 'spec', caption: 'Spec', width: 110, validation: { kind: 'list', values: SPEC_NAMES, strict: false } },
      { key: 'event', caption: 'Event Name', aliases: ['Name', 'Event'], width: 220 },
      { key: 'firesWhen', caption: 'Fires When...', aliases: ['Fires When', 'Event Description'], width: 280 },
      { key: 'businessGoal', caption: 'Business Goal', width: 160 },
      { key: 'property', caption: 'Property Name', aliases: ['prop name', 'Property', 'Properties'], width: 200 },
      typeColumn,
      requiredColumn,
      { key: 'allowedValues', caption: 'Allowed Values', width: 160 },
      { key: 'propertyDescription', caption: 'Property Description', aliases: ['prop description', 'Description'], width: 280 },
      { key: 'status', caption: 'Status', width: 110, validation: { kind: 'list', values: STATUSES, strict: false } },
      { key: 'notes', caption: 'Notes', width: 200 },
    ],
  },
];

export function tabDef(kind: TabKind): TabDef {
  const def = TEMPLATE.find((t) => t.kind === kind);
  if (!def) throw new Error(`Unknown tab kind: ${kind}`);
  return def;
}

/** Header captions compare case-insensitively, ignoring trailing dots and surrounding spaces. */
export function normalizeCaption(caption: unknown): string {
  return String(caption ?? '')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[.\s]+$/, '')
    .toLowerCase();
}

/** The header row as the template writes it, with '' for the gap columns. */
export function headerCaptions(def: TabDef): string[] {
  const row: string[] = [];
  for (const column of def.columns) {
    if (column.gapBefore) row.push('');
    row.push(column.caption);
  }
  return row;
}

/** Which template tab a sheet name stands for, by name or alias; undefined if none. */
export function tabKindForName(sheetName: string): TabKind | undefined {
  const wanted = normalizeCaption(sheetName);
  for (const def of TEMPLATE) {
    if (normalizeCaption(def.name) === wanted || def.aliases.some((a) => normalizeCaption(a) === wanted)) return def.kind;
  }
  return undefined;
}
