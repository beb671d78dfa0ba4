/**
 * In-memory fake of SpreadsheetApp and the objects it hands out (Spreadsheet, Sheet, Range,
 * RangeList, RowGroup, Selection, DataValidation(+Builder), ConditionalFormatRule(+Builder)).
 *
 * Model: a sheet is a list of rows (sparse, length = getMaxRows). Each row carries its cells
 * (value, formula, note and formats, validation), its row-group depth, its per-depth
 * "collapsed" flags and its hidden-by-user flag, so inserting or deleting rows moves all of
 * that together, as in Sheets. Row groups are not objects: like Sheets, a group of depth d
 * is a maximal run of consecutive rows whose depth is >= d.
 *
 * Every class here is used raw internally and reaches the code under test only through
 * FakeEnv.proxy (see calls.ts), which counts calls. Members starting with `_` are internal;
 * methods starting with `test` are uncounted test helpers.
 */
import { type FakeEnv, FakeObject, gasError, isDate } from './calls';
import { type CellValue, cellA1, colToLetters, copyValue, displayValue, normColor, parseA1, parseInput, rangeA1 } from './a1';
import { evaluateCondition, shiftFormulaRefs } from './formula';
import {
  DeveloperMetadataLocationType,
  DeveloperMetadataVisibility,
  type FakeDeveloperMetadata,
  FakeDeveloperMetadataFinder,
  MetadataStore,
} from './developer-metadata';

// ---------------------------------------------------------------------------------------
// Enums. Apps Script enums are objects; string values keep comparisons and JSON simple.
// ---------------------------------------------------------------------------------------
export const AuthMode = { NONE: 'NONE', LIMITED: 'LIMITED', FULL: 'FULL', CUSTOM_FUNCTION: 'CUSTOM_FUNCTION' } as const;
export const DataValidationCriteria = {
  CHECKBOX: 'CHECKBOX',
  CUSTOM_FORMULA: 'CUSTOM_FORMULA',
  DATE_AFTER: 'DATE_AFTER',
  DATE_BEFORE: 'DATE_BEFORE',
  DATE_IS_VALID_DATE: 'DATE_IS_VALID_DATE',
  NUMBER_BETWEEN: 'NUMBER_BETWEEN',
  NUMBER_GREATER_THAN: 'NUMBER_GREATER_THAN',
  NUMBER_LESS_THAN: 'NUMBER_LESS_THAN',
  TEXT_CONTAINS: 'TEXT_CONTAINS',
  TEXT_EQUAL_TO: 'TEXT_EQUAL_TO',
  TEXT_IS_VALID_EMAIL: 'TEXT_IS_VALID_EMAIL',
  TEXT_IS_VALID_URL: 'TEXT_IS_VALID_URL',
  VALUE_IN_LIST: 'VALUE_IN_LIST',
  VALUE_IN_RANGE: 'VALUE_IN_RANGE',
} as const;
export const BooleanCriteria = {
  CELL_EMPTY: 'CELL_EMPTY',
  CELL_NOT_EMPTY: 'CELL_NOT_EMPTY',
  CUSTOM_FORMULA: 'CUSTOM_FORMULA',
  TEXT_CONTAINS: 'TEXT_CONTAINS',
  TEXT_DOES_NOT_CONTAIN: 'TEXT_DOES_NOT_CONTAIN',
  TEXT_EQUAL_TO: 'TEXT_EQUAL_TO',
  TEXT_STARTS_WITH: 'TEXT_STARTS_WITH',
  TEXT_ENDS_WITH: 'TEXT_ENDS_WITH',
  NUMBER_GREATER_THAN: 'NUMBER_GREATER_THAN',
  NUMBER_LESS_THAN: 'NUMBER_LESS_THAN',
  NUMBER_EQUAL_TO: 'NUMBER_EQUAL_TO',
} as const;
export const GroupControlTogglePosition = { BEFORE: 'BEFORE', AFTER: 'AFTER' } as const;
export const BorderStyle = {
  DOTTED: 'DOTTED',
  DASHED: 'DASHED',
  SOLID: 'SOLID',
  SOLID_MEDIUM: 'SOLID_MEDIUM',
  SOLID_THICK: 'SOLID_THICK',
  DOUBLE: 'DOUBLE',
} as const;
export const WrapStrategy = { WRAP: 'WRAP', OVERFLOW: 'OVERFLOW', CLIP: 'CLIP' } as const;
export const Dimension = { COLUMNS: 'COLUMNS', ROWS: 'ROWS' } as const;

export const DEFAULT_ROWS = 1000;
export const DEFAULT_COLUMNS = 26;
export const DEFAULT_COLUMN_WIDTH = 100;
export const DEFAULT_ROW_HEIGHT = 21;
export const MAX_GROUP_DEPTH = 8;
const DEFAULT_BG = '#ffffff';
const DEFAULT_FC = '#000000';

// ---------------------------------------------------------------------------------------
// Storage
// ---------------------------------------------------------------------------------------
interface CellData {
  v: CellValue;
  f?: string;
  note?: string;
  bg?: string;
  fw?: string;
  fc?: string;
  fs?: string;
  ha?: string;
  va?: string;
  wrap?: boolean;
  nf?: string;
  dv?: FakeDataValidation;
}
/** Format keys copied to rows/columns inserted next to a formatted one (Sheets inherits them). */
const FORMAT_KEYS: (keyof CellData)[] = ['bg', 'fw', 'fc', 'fs', 'ha', 'va', 'wrap', 'nf', 'dv'];

interface RowData {
  cells: (CellData | undefined)[];
  depth: number;
  /** bit d set: the group of depth d that contains this row is collapsed. */
  collapsed: number;
  hidden: boolean;
  height?: number;
}

export interface Box {
  r: number;
  c: number;
  nr: number;
  nc: number;
}

function typeName(v: unknown): string {
  if (v === null || v === undefined) return 'null';
  if (Array.isArray(v)) return 'Object[]';
  if (typeof v === 'number') return 'number';
  if (typeof v === 'string') return 'String';
  if (typeof v === 'boolean') return 'Boolean';
  return 'Object';
}

function signatureError(args: unknown[], cls: string, method: string): Error {
  return gasError(`The parameters (${args.map(typeName).join(',')}) don't match the method signature for SpreadsheetApp.${cls}.${method}.`);
}

function isInt(v: unknown): v is number {
  return typeof v === 'number' && Number.isFinite(v);
}

function emptyCell(c: CellData | undefined): boolean {
  return !c || (c.v === '' && !c.f);
}

function bitsUpTo(depth: number): number {
  return depth <= 0 ? 0 : (1 << (depth + 1)) - 2;
}

/** Shift a box for `n` rows inserted so that the first new row is `pos`. */
function boxInsert(b: Box, pos: number, n: number, rows: boolean): void {
  const start = rows ? b.r : b.c;
  const len = rows ? b.nr : b.nc;
  if (pos <= start) {
    if (rows) b.r += n;
    else b.c += n;
  } else if (pos < start + len) {
    if (rows) b.nr += n;
    else b.nc += n;
  }
}

/** Shrink/shift a box for `n` rows deleted from `pos`. Returns false when nothing is left. */
function boxDelete(b: Box, pos: number, n: number, rows: boolean): boolean {
  const start = rows ? b.r : b.c;
  const len = rows ? b.nr : b.nc;
  const end = start + len - 1;
  const dEnd = pos + n - 1;
  const overlap = Math.max(0, Math.min(end, dEnd) - Math.max(start, pos) + 1);
  const before = Math.max(0, Math.min(dEnd, start - 1) - pos + 1);
  if (rows) {
    b.r -= before;
    b.nr -= overlap;
  } else {
    b.c -= before;
    b.nc -= overlap;
  }
  return (rows ? b.nr : b.nc) > 0;
}

function intersects(a: Box, b: Box): boolean {
  return a.r < b.r + b.nr && b.r < a.r + a.nr && a.c < b.c + b.nc && b.c < a.c + a.nc;
}

function contains(outer: Box, r: number, c: number): boolean {
  return r >= outer.r && r < outer.r + outer.nr && c >= outer.c && c < outer.c + outer.nc;
}

// ---------------------------------------------------------------------------------------
// Data validation
// ---------------------------------------------------------------------------------------
export class FakeDataValidation extends FakeObject {
  constructor(
    env: FakeEnv,
    readonly _type: string,
    readonly _values: unknown[],
    readonly _allowInvalid: boolean,
    readonly _helpText: string,
  ) {
    super(env, 'DataValidation');
  }
  getCriteriaType(): string {
    return this._type;
  }
  getCriteriaValues(): unknown[] {
    return this._values.map((v) => (Array.isArray(v) ? v.slice() : v));
  }
  getAllowInvalid(): boolean {
    return this._allowInvalid;
  }
  getHelpText(): string {
    return this._helpText;
  }
  copy(): FakeDataValidationBuilder {
    const b = new FakeDataValidationBuilder(this._env);
    b._type = this._type;
    b._values = this._values.slice();
    b._allowInvalid = this._allowInvalid;
    b._helpText = this._helpText;
    return b;
  }
  /** Does `v` satisfy this rule? Only list and checkbox rules are checked; others accept. */
  _accepts(v: CellValue): boolean {
    if (v === '') return true;
    if (this._type === DataValidationCriteria.VALUE_IN_LIST) {
      return (this._values[0] as unknown[]).some((x) => String(x) === displayValue(v));
    }
    if (this._type === DataValidationCriteria.CHECKBOX) {
      if (this._values.length === 0) return typeof v === 'boolean';
      return this._values.some((x) => x === v || String(x) === String(v));
    }
    return true;
  }
  _json(): { type: string; values: unknown[]; allowInvalid: boolean; helpText: string } {
    const values = this._values.map((v) => (v instanceof FakeRange ? v.getA1Notation() : v));
    return { type: this._type, values, allowInvalid: this._allowInvalid, helpText: this._helpText };
  }
}

export class FakeDataValidationBuilder extends FakeObject {
  _type = '';
  _values: unknown[] = [];
  // The Apps Script default for new rules: show a warning, do not reject input.
  _allowInvalid = true;
  _helpText = '';
  constructor(env: FakeEnv) {
    super(env, 'DataValidationBuilder');
  }
  private _set(type: string, values: unknown[]): this {
    this._type = type;
    this._values = values;
    return this;
  }
  requireValueInList(values: unknown[], showDropdown = true): this {
    if (!Array.isArray(values)) throw signatureError([values], 'DataValidationBuilder', 'requireValueInList');
    return this._set(DataValidationCriteria.VALUE_IN_LIST, [values.slice(), showDropdown]);
  }
  requireValueInRange(range: FakeRange, showDropdown = true): this {
    return this._set(DataValidationCriteria.VALUE_IN_RANGE, [range, showDropdown]);
  }
  requireCheckbox(checkedValue?: unknown, uncheckedValue?: unknown): this {
    const vals = checkedValue === undefined ? [] : uncheckedValue === undefined ? [checkedValue] : [checkedValue, uncheckedValue];
    return this._set(DataValidationCriteria.CHECKBOX, vals);
  }
  requireFormulaSatisfied(formula: string): this {
    return this._set(DataValidationCriteria.CUSTOM_FORMULA, [formula]);
  }
  requireTextIsEmail(): this {
    return this._set(DataValidationCriteria.TEXT_IS_VALID_EMAIL, []);
  }
  requireTextIsUrl(): this {
    return this._set(DataValidationCriteria.TEXT_IS_VALID_URL, []);
  }
  requireTextContains(text: string): this {
    return this._set(DataValidationCriteria.TEXT_CONTAINS, [text]);
  }
  requireTextEqualTo(text: string): this {
    return this._set(DataValidationCriteria.TEXT_EQUAL_TO, [text]);
  }
  requireNumberBetween(a: number, b: number): this {
    return this._set(DataValidationCriteria.NUMBER_BETWEEN, [a, b]);
  }
  requireNumberGreaterThan(a: number): this {
    return this._set(DataValidationCriteria.NUMBER_GREATER_THAN, [a]);
  }
  requireNumberLessThan(a: number): this {
    return this._set(DataValidationCriteria.NUMBER_LESS_THAN, [a]);
  }
  requireDate(): this {
    return this._set(DataValidationCriteria.DATE_IS_VALID_DATE, []);
  }
  withCriteria(criteria: string, args: unknown[]): this {
    return this._set(criteria, (args || []).slice());
  }
  setAllowInvalid(allowInvalid: boolean): this {
    this._allowInvalid = !!allowInvalid;
    return this;
  }
  setHelpText(helpText: string): this {
    this._helpText = String(helpText);
    return this;
  }
  getCriteriaType(): string {
    return this._type;
  }
  getCriteriaValues(): unknown[] {
    return this._values.slice();
  }
  getAllowInvalid(): boolean {
    return this._allowInvalid;
  }
  getHelpText(): string {
    return this._helpText;
  }
  build(): FakeDataValidation {
    if (!this._type) throw gasError('You must specify a criteria type for the data validation rule.');
    return new FakeDataValidation(this._env, this._type, this._values.slice(), this._allowInvalid, this._helpText);
  }
  copy(): FakeDataValidationBuilder {
    return this.build().copy();
  }
}

// ---------------------------------------------------------------------------------------
// Conditional format rules
// ---------------------------------------------------------------------------------------
export interface CfFormat {
  background?: string | null;
  fontColor?: string | null;
  bold?: boolean | null;
  italic?: boolean | null;
  strikethrough?: boolean | null;
  underline?: boolean | null;
}
interface CfRange {
  sheet: FakeSheet;
  box: Box;
}

/** What a conditional format rule and its builder hold. */
interface RuleParts {
  _type: string;
  _values: unknown[];
  _format: CfFormat;
  _ranges: CfRange[];
}
/** Rules and builders never share their parts: editing one must not change another. */
function copyRuleParts(src: RuleParts): RuleParts {
  return {
    _type: src._type,
    _values: src._values.slice(),
    _format: { ...src._format },
    _ranges: src._ranges.map((x) => ({ sheet: x.sheet, box: { ...x.box } })),
  };
}
function newRule(env: FakeEnv, src: RuleParts): FakeConditionalFormatRule {
  const p = copyRuleParts(src);
  return new FakeConditionalFormatRule(env, p._type, p._values, p._format, p._ranges);
}

export class FakeBooleanCondition extends FakeObject {
  constructor(
    env: FakeEnv,
    readonly _type: string,
    readonly _values: unknown[],
    readonly _format: CfFormat,
  ) {
    super(env, 'BooleanCondition');
  }
  getCriteriaType(): string {
    return this._type;
  }
  getCriteriaValues(): unknown[] {
    return this._values.slice();
  }
  getBackground(): string | null {
    return this._format.background ?? null;
  }
  getFontColor(): string | null {
    return this._format.fontColor ?? null;
  }
  getBold(): boolean | null {
    return this._format.bold ?? null;
  }
  getItalic(): boolean | null {
    return this._format.italic ?? null;
  }
  getStrikethrough(): boolean | null {
    return this._format.strikethrough ?? null;
  }
  getUnderline(): boolean | null {
    return this._format.underline ?? null;
  }
}

export class FakeConditionalFormatRule extends FakeObject {
  constructor(
    env: FakeEnv,
    readonly _type: string,
    public _values: unknown[],
    readonly _format: CfFormat,
    readonly _ranges: CfRange[],
  ) {
    super(env, 'ConditionalFormatRule');
  }
  getRanges(): FakeRange[] {
    return this._ranges.map((x) => new FakeRange(this._env, x.sheet, { ...x.box }));
  }
  getBooleanCondition(): FakeBooleanCondition {
    return new FakeBooleanCondition(this._env, this._type, this._values, { ...this._format });
  }
  getGradientCondition(): null {
    return null;
  }
  copy(): FakeConditionalFormatRuleBuilder {
    return Object.assign(new FakeConditionalFormatRuleBuilder(this._env), copyRuleParts(this));
  }
  _clone(): FakeConditionalFormatRule {
    return newRule(this._env, this);
  }
  _json(): { ranges: string[]; type: string; values: unknown[]; format: CfFormat } {
    return {
      ranges: this._ranges.map((x) => rangeA1(x.box.r, x.box.c, x.box.nr, x.box.nc)),
      type: this._type,
      values: this._values.slice(),
      format: { ...this._format },
    };
  }
  /** Keep a custom formula pointing at the same cells after rows/columns move. */
  _shiftFormula(pos: number, delta: number, rows: boolean): void {
    if (this._type === BooleanCriteria.CUSTOM_FORMULA) this._values = [shiftFormulaRefs(String(this._values[0]), pos, delta, rows)];
  }
}

export class FakeConditionalFormatRuleBuilder extends FakeObject {
  _type = '';
  _values: unknown[] = [];
  _format: CfFormat = {};
  _ranges: CfRange[] = [];
  constructor(env: FakeEnv) {
    super(env, 'ConditionalFormatRuleBuilder');
  }
  private _when(type: string, values: unknown[]): this {
    this._type = type;
    this._values = values;
    return this;
  }
  whenFormulaSatisfied(formula: string): this {
    return this._when(BooleanCriteria.CUSTOM_FORMULA, [formula]);
  }
  whenTextContains(text: string): this {
    return this._when(BooleanCriteria.TEXT_CONTAINS, [text]);
  }
  whenTextDoesNotContain(text: string): this {
    return this._when(BooleanCriteria.TEXT_DOES_NOT_CONTAIN, [text]);
  }
  whenTextEqualTo(text: string): this {
    return this._when(BooleanCriteria.TEXT_EQUAL_TO, [text]);
  }
  whenTextStartsWith(text: string): this {
    return this._when(BooleanCriteria.TEXT_STARTS_WITH, [text]);
  }
  whenTextEndsWith(text: string): this {
    return this._when(BooleanCriteria.TEXT_ENDS_WITH, [text]);
  }
  whenCellEmpty(): this {
    return this._when(BooleanCriteria.CELL_EMPTY, []);
  }
  whenCellNotEmpty(): this {
    return this._when(BooleanCriteria.CELL_NOT_EMPTY, []);
  }
  whenNumberGreaterThan(n: number): this {
    return this._when(BooleanCriteria.NUMBER_GREATER_THAN, [n]);
  }
  whenNumberLessThan(n: number): this {
    return this._when(BooleanCriteria.NUMBER_LESS_THAN, [n]);
  }
  whenNumberEqualTo(n: number): this {
    return this._when(BooleanCriteria.NUMBER_EQUAL_TO, [n]);
  }
  setBackground(color: string | null): this {
    this._format.background = color === null ? null : normColor(color, DEFAULT_BG);
    return this;
  }
  setFontColor(color: string | null): this {
    this._format.fontColor = color === null ? null : normColor(color, DEFAULT_FC);
    return this;
  }
  setBold(bold: boolean | null): this {
    this._format.bold = bold;
    return this;
  }
  setItalic(italic: boolean | null): this {
    this._format.italic = italic;
    return this;
  }
  setStrikethrough(s: boolean | null): this {
    this._format.strikethrough = s;
    return this;
  }
  setUnderline(u: boolean | null): this {
    this._format.underline = u;
    return this;
  }
  setRanges(ranges: FakeRange[]): this {
    if (!Array.isArray(ranges)) throw signatureError([ranges], 'ConditionalFormatRuleBuilder', 'setRanges');
    this._ranges = ranges.map((r) => ({ sheet: r._sheet, box: { ...r._box } }));
    return this;
  }
  getRanges(): FakeRange[] {
    return this._ranges.map((x) => new FakeRange(this._env, x.sheet, { ...x.box }));
  }
  getBooleanCondition(): FakeBooleanCondition | null {
    return this._type ? new FakeBooleanCondition(this._env, this._type, this._values, { ...this._format }) : null;
  }
  build(): FakeConditionalFormatRule {
    if (!this._type) throw gasError('Conditional format rule must have a condition.');
    return newRule(this._env, this);
  }
  copy(): FakeConditionalFormatRuleBuilder {
    return this.build().copy();
  }
}

// ---------------------------------------------------------------------------------------
// Cell properties. Range's getX, getXs, setX and setXs are each one of these read from the
// top-left cell, read from every cell, written with one value to every cell, or written
// from a grid, so the four cannot disagree about defaults or conversions.
// ---------------------------------------------------------------------------------------
interface CellField<T> {
  /** What Sheets returns for the cell: the default when the cell or the property is unset. */
  get(cell: CellData | undefined): T;
  /** Store a written value at (row, column). */
  set(cell: CellData, value: unknown, row: number, column: number): void;
}
type OptionalKey = 'note' | 'bg' | 'fc' | 'fw' | 'fs' | 'ha' | 'va';

/** A text property kept only when `stored` gives a value (null: back to the default), so cells and dumps stay sparse. */
function optionalField(key: OptionalKey, fallback: string, stored: (value: unknown) => string | null): CellField<string> {
  return {
    get: (cell) => cell?.[key] ?? fallback,
    set: (cell, value) => {
      const v = stored(value);
      if (v === null) delete cell[key];
      else cell[key] = v;
    },
  };
}
function colorField(key: 'bg' | 'fc', fallback: string): CellField<string> {
  return optionalField(key, fallback, (value) => {
    const v = normColor(value, fallback);
    return v === fallback ? null : v;
  });
}
/** Font weight and style: 'normal' unless set to something else. */
function fontField(key: 'fw' | 'fs'): CellField<string> {
  return optionalField(key, 'normal', (value) => (!value || value === 'normal' ? null : String(value)));
}

/** Script writes are typed input (see parseInput), refused where the cell's validation rejects them. */
const VALUE: CellField<CellValue> = {
  get: (cell) => (cell ? copyValue(cell.v) : ''),
  set: (cell, value, row, column) => {
    const parsed = parseInput(value, cell.nf === '@');
    if (cell.dv && !cell.dv._allowInvalid && !cell.dv._accepts(parsed.v)) {
      throw gasError(`The data you entered in cell ${cellA1(row, column)} violates the data validation rules set on this cell.`);
    }
    cell.v = parsed.v;
    if (parsed.f) cell.f = parsed.f;
    else delete cell.f;
  },
};
const displayOf = (cell: CellData | undefined): string => (cell ? displayValue(cell.v) : '');
/** The fake does not compute formulas: a formula cell's value reads as ''. An empty formula clears the cell's content. */
const FORMULA: CellField<string> = {
  get: (cell) => cell?.f ?? '',
  set: (cell, formula) => {
    if (formula) cell.f = String(formula);
    else delete cell.f;
    cell.v = '';
  },
};
const NOTE = optionalField('note', '', (value) => (value === null || value === undefined || value === '' ? null : String(value)));
const BACKGROUND = colorField('bg', DEFAULT_BG);
const FONT_COLOR = colorField('fc', DEFAULT_FC);
const FONT_WEIGHT = fontField('fw');
const FONT_STYLE = fontField('fs');
const HORIZONTAL_ALIGNMENT = optionalField('ha', 'general', (value) => (value ? String(value) : null));
const VERTICAL_ALIGNMENT = optionalField('va', 'bottom', (value) => (value ? String(value) : null));
const WRAP: CellField<boolean> = {
  get: (cell) => cell?.wrap ?? false,
  set: (cell, wrap) => {
    cell.wrap = !!wrap;
  },
};
const NUMBER_FORMAT: CellField<string> = {
  get: (cell) => cell?.nf ?? '',
  set: (cell, format) => {
    cell.nf = String(format);
  },
};
const DATA_VALIDATION: CellField<FakeDataValidation | null> = {
  get: (cell) => cell?.dv ?? null,
  set: (cell, rule) => {
    if (rule) cell.dv = rule as FakeDataValidation;
    else delete cell.dv;
  },
};

/** What Range.clearX and Sheet.clearXs remove from one cell. */
function clearContentOf(cell: CellData): void {
  cell.v = '';
  delete cell.f;
}
function clearFormatOf(cell: CellData): void {
  for (const k of FORMAT_KEYS) if (k !== 'dv') delete cell[k];
}
function clearNoteOf(cell: CellData): void {
  delete cell.note;
}

// ---------------------------------------------------------------------------------------
// Range
// ---------------------------------------------------------------------------------------
type Grid<T> = T[][];

export class FakeRange extends FakeObject {
  constructor(
    env: FakeEnv,
    readonly _sheet: FakeSheet,
    readonly _box: Box,
  ) {
    super(env, 'Range');
  }
  private _grid<T>(fn: (cell: CellData | undefined, r: number, c: number) => T): Grid<T> {
    const { r, c, nr, nc } = this._box;
    const out: Grid<T> = new Array(nr);
    for (let i = 0; i < nr; i++) {
      const row = this._sheet._rows[r - 1 + i];
      const line: T[] = new Array(nc);
      for (let j = 0; j < nc; j++) line[j] = fn(row ? row.cells[c - 1 + j] : undefined, r + i, c + j);
      out[i] = line;
    }
    return out;
  }
  /** Apply fn to every cell (created on demand). */
  private _each(fn: (cell: CellData, i: number, j: number) => void): void {
    const { r, c, nr, nc } = this._box;
    for (let i = 0; i < nr; i++) for (let j = 0; j < nc; j++) fn(this._sheet._cellW(r + i, c + j), i, j);
  }
  private _checkGrid(data: unknown, method: string): asserts data is unknown[][] {
    if (!Array.isArray(data)) throw signatureError([data], 'Range', method);
    if (data.length !== this._box.nr) {
      throw gasError(
        `The number of rows in the data does not match the number of rows in the range. The data has ${data.length} but the range has ${this._box.nr}.`,
      );
    }
    for (const row of data) {
      if (!Array.isArray(row)) throw signatureError([data], 'Range', method);
      if (row.length !== this._box.nc) {
        throw gasError(
          `The number of columns in the data does not match the number of columns in the range. The data has ${row.length} but the range has ${this._box.nc}.`,
        );
      }
    }
  }
  private _topLeft(): CellData | undefined {
    return this._sheet._cell(this._box.r, this._box.c);
  }
  /** getX: the property of the top-left cell. */
  private _get<T>(field: CellField<T>): T {
    return field.get(this._topLeft());
  }
  /** getXs: the property of every cell. */
  private _getAll<T>(field: CellField<T>): Grid<T> {
    return this._grid(field.get);
  }
  /** setX: one value written to every cell. */
  private _set(field: CellField<unknown>, value: unknown): this {
    return this._write(field, () => value);
  }
  /** setXs: one value per cell, from a grid the size of the range. */
  private _setAll(field: CellField<unknown>, values: unknown[][], method: string): this {
    this._checkGrid(values, method);
    return this._write(field, (i, j) => values[i][j]);
  }
  private _write(field: CellField<unknown>, valueAt: (i: number, j: number) => unknown): this {
    const { r, c } = this._box;
    this._each((cell, i, j) => field.set(cell, valueAt(i, j), r + i, c + j));
    return this;
  }

  // --- geometry ---
  getRow(): number {
    return this._box.r;
  }
  getRowIndex(): number {
    return this._box.r;
  }
  getColumn(): number {
    return this._box.c;
  }
  getNumRows(): number {
    return this._box.nr;
  }
  getNumColumns(): number {
    return this._box.nc;
  }
  getHeight(): number {
    return this._box.nr;
  }
  getWidth(): number {
    return this._box.nc;
  }
  getLastRow(): number {
    return this._box.r + this._box.nr - 1;
  }
  getLastColumn(): number {
    return this._box.c + this._box.nc - 1;
  }
  getA1Notation(): string {
    return rangeA1(this._box.r, this._box.c, this._box.nr, this._box.nc);
  }
  getSheet(): FakeSheet {
    return this._sheet;
  }
  getGridId(): number {
    return this._sheet._id;
  }
  addDeveloperMetadata(...args: unknown[]): FakeRange {
    const store = this._sheet._ss._metadata;
    store._add(store._placeOf(this), args);
    return this;
  }
  getDeveloperMetadata(): FakeDeveloperMetadata[] {
    const { r, c, nr, nc } = this._box;
    const whole = (r === 1 && nr === this._sheet._maxRows) || (c === 1 && nc === this._sheet._maxCols);
    return whole ? this._sheet._ss._metadata._onRange(this) : [];
  }
  createDeveloperMetadataFinder(): FakeDeveloperMetadataFinder {
    return new FakeDeveloperMetadataFinder(this._env, this._sheet._ss._metadata, { sheet: this._sheet, box: { ...this._box } });
  }
  getCell(row: number, column: number): FakeRange {
    if (row < 1 || row > this._box.nr || column < 1 || column > this._box.nc) {
      throw gasError('Cell reference out of range');
    }
    return new FakeRange(this._env, this._sheet, { r: this._box.r + row - 1, c: this._box.c + column - 1, nr: 1, nc: 1 });
  }
  offset(rowOffset: number, columnOffset: number, numRows?: number, numColumns?: number): FakeRange {
    return this._sheet._range(this._box.r + rowOffset, this._box.c + columnOffset, numRows ?? this._box.nr, numColumns ?? this._box.nc);
  }
  activate(): FakeRange {
    this._sheet._ss._select(this._sheet, this._box);
    return this;
  }
  activateAsCurrentCell(): FakeRange {
    return this.activate();
  }

  // --- values ---
  getValues(): CellValue[][] {
    return this._getAll(VALUE);
  }
  getValue(): CellValue {
    return this._get(VALUE);
  }
  getDisplayValues(): string[][] {
    return this._grid(displayOf);
  }
  getDisplayValue(): string {
    return displayOf(this._topLeft());
  }
  setValues(values: unknown[][]): FakeRange {
    return this._setAll(VALUE, values, 'setValues');
  }
  setValue(value: unknown): FakeRange {
    return this._set(VALUE, value);
  }
  getFormulas(): string[][] {
    return this._getAll(FORMULA);
  }
  getFormula(): string {
    return this._get(FORMULA);
  }
  setFormulas(formulas: string[][]): FakeRange {
    return this._setAll(FORMULA, formulas, 'setFormulas');
  }
  setFormula(formula: string): FakeRange {
    return this._set(FORMULA, formula);
  }
  isBlank(): boolean {
    return this._grid((cell) => emptyCell(cell)).every((row) => row.every(Boolean));
  }
  clearContent(): FakeRange {
    this._each(clearContentOf);
    return this;
  }
  clearFormat(): FakeRange {
    this._each(clearFormatOf);
    return this;
  }
  clearNote(): FakeRange {
    this._each(clearNoteOf);
    return this;
  }
  clearDataValidations(): FakeRange {
    return this._set(DATA_VALIDATION, null);
  }
  clear(options?: { contentsOnly?: boolean; formatOnly?: boolean; commentsOnly?: boolean; validationsOnly?: boolean }): FakeRange {
    const o = options || {};
    const any = o.contentsOnly || o.formatOnly || o.commentsOnly || o.validationsOnly;
    if (!any || o.contentsOnly) this.clearContent();
    if (!any || o.formatOnly) this.clearFormat();
    if (!any || o.commentsOnly) this.clearNote();
    if (o.validationsOnly) this.clearDataValidations();
    return this;
  }

  // --- notes ---
  getNotes(): string[][] {
    return this._getAll(NOTE);
  }
  getNote(): string {
    return this._get(NOTE);
  }
  setNotes(notes: unknown[][]): FakeRange {
    return this._setAll(NOTE, notes, 'setNotes');
  }
  setNote(note: unknown): FakeRange {
    return this._set(NOTE, note);
  }

  // --- formats ---
  getBackgrounds(): string[][] {
    return this._getAll(BACKGROUND);
  }
  getBackground(): string {
    return this._get(BACKGROUND);
  }
  setBackgrounds(colors: unknown[][]): FakeRange {
    return this._setAll(BACKGROUND, colors, 'setBackgrounds');
  }
  setBackground(color: string | null): FakeRange {
    return this._set(BACKGROUND, color);
  }
  setBackgroundRGB(red: number, green: number, blue: number): FakeRange {
    const hex = '#' + [red, green, blue].map((x) => x.toString(16).padStart(2, '0')).join('');
    return this.setBackground(hex);
  }
  getFontWeights(): string[][] {
    return this._getAll(FONT_WEIGHT);
  }
  getFontWeight(): string {
    return this._get(FONT_WEIGHT);
  }
  setFontWeights(weights: unknown[][]): FakeRange {
    return this._setAll(FONT_WEIGHT, weights, 'setFontWeights');
  }
  setFontWeight(weight: string | null): FakeRange {
    return this._set(FONT_WEIGHT, weight);
  }
  getFontColors(): string[][] {
    return this._getAll(FONT_COLOR);
  }
  getFontColor(): string {
    return this._get(FONT_COLOR);
  }
  setFontColors(colors: unknown[][]): FakeRange {
    return this._setAll(FONT_COLOR, colors, 'setFontColors');
  }
  setFontColor(color: string | null): FakeRange {
    return this._set(FONT_COLOR, color);
  }
  getFontStyles(): string[][] {
    return this._getAll(FONT_STYLE);
  }
  setFontStyle(style: string | null): FakeRange {
    return this._set(FONT_STYLE, style);
  }
  getHorizontalAlignments(): string[][] {
    return this._getAll(HORIZONTAL_ALIGNMENT);
  }
  setHorizontalAlignment(alignment: string | null): FakeRange {
    return this._set(HORIZONTAL_ALIGNMENT, alignment);
  }
  setVerticalAlignment(alignment: string | null): FakeRange {
    return this._set(VERTICAL_ALIGNMENT, alignment);
  }
  getWraps(): boolean[][] {
    return this._getAll(WRAP);
  }
  getWrap(): boolean {
    return this._get(WRAP);
  }
  setWrap(wrap: boolean): FakeRange {
    return this._set(WRAP, wrap);
  }
  setWraps(wraps: boolean[][]): FakeRange {
    return this._setAll(WRAP, wraps, 'setWraps');
  }
  setWrapStrategy(strategy: string): FakeRange {
    return this._set(WRAP, strategy === WrapStrategy.WRAP);
  }
  getNumberFormats(): string[][] {
    return this._getAll(NUMBER_FORMAT);
  }
  getNumberFormat(): string {
    return this._get(NUMBER_FORMAT);
  }
  setNumberFormat(format: string): FakeRange {
    return this._set(NUMBER_FORMAT, format);
  }
  setNumberFormats(formats: string[][]): FakeRange {
    return this._setAll(NUMBER_FORMAT, formats, 'setNumberFormats');
  }
  /** Borders are accepted and ignored (not part of what the add-on checks). */
  setBorder(..._args: unknown[]): FakeRange {
    return this;
  }
  setFontSize(_size: number): FakeRange {
    return this;
  }
  setFontFamily(_family: string): FakeRange {
    return this;
  }

  // --- data validation ---
  getDataValidations(): (FakeDataValidation | null)[][] {
    return this._getAll(DATA_VALIDATION);
  }
  getDataValidation(): FakeDataValidation | null {
    return this._get(DATA_VALIDATION);
  }
  setDataValidation(rule: FakeDataValidation | null): FakeRange {
    if (rule !== null && !(rule instanceof FakeDataValidation)) throw signatureError([rule], 'Range', 'setDataValidation');
    return this._set(DATA_VALIDATION, rule);
  }
  setDataValidations(rules: (FakeDataValidation | null)[][]): FakeRange {
    this._checkGrid(rules, 'setDataValidations');
    // Only the outer array is unwrapped at the proxy boundary: the rules inside are still proxies.
    return this._setAll(
      DATA_VALIDATION,
      rules.map((row) => row.map((rule) => this._env.raw(rule))),
      'setDataValidations',
    );
  }
  insertCheckboxes(checkedValue?: unknown, uncheckedValue?: unknown): FakeRange {
    const b = new FakeDataValidationBuilder(this._env).requireCheckbox(checkedValue, uncheckedValue);
    const rule = b.build();
    const unchecked = checkedValue === undefined ? false : uncheckedValue === undefined ? '' : uncheckedValue;
    this._each((cell) => {
      cell.dv = rule;
      cell.v = unchecked as CellValue;
      delete cell.f;
    });
    return this;
  }
  removeCheckboxes(): FakeRange {
    this._each((cell) => {
      if (cell.dv && cell.dv._type === DataValidationCriteria.CHECKBOX) {
        delete cell.dv;
        cell.v = '';
      }
    });
    return this;
  }
  check(): FakeRange {
    this._each((cell) => {
      if (cell.dv?._type === DataValidationCriteria.CHECKBOX) cell.v = cell.dv._values.length ? (cell.dv._values[0] as CellValue) : true;
    });
    return this;
  }
  uncheck(): FakeRange {
    this._each((cell) => {
      if (cell.dv?._type === DataValidationCriteria.CHECKBOX) cell.v = cell.dv._values.length > 1 ? (cell.dv._values[1] as CellValue) : false;
    });
    return this;
  }
  isChecked(): boolean | null {
    const vals = this._grid((cell) =>
      cell?.dv?._type === DataValidationCriteria.CHECKBOX ? cell.v === (cell.dv._values.length ? cell.dv._values[0] : true) : null,
    ).flat();
    if (vals.some((v) => v === null)) return null;
    return vals.every((v) => v === true) ? true : vals.every((v) => v === false) ? false : null;
  }

  // --- row groups ---
  shiftRowGroupDepth(delta: number): FakeRange {
    if (!isInt(delta)) throw signatureError([delta], 'Range', 'shiftRowGroupDepth');
    const s = this._sheet;
    const end = this._box.r + this._box.nr - 1;
    for (let r = this._box.r; r <= end; r++) {
      const row = s._rowW(r);
      const d = row.depth + delta;
      // Sheets ignores shifts that would leave the 0..8 range.
      if (d < 0 || d > MAX_GROUP_DEPTH) continue;
      row.depth = d;
      row.collapsed &= bitsUpTo(d);
    }
    s._normalizeGroups(this._box.r - 1, end + 1);
    return this;
  }
  /** Collapses the groups wholly contained in the range (the partial-overlap rule is not modelled). */
  collapseGroups(): FakeRange {
    this._sheet._setGroupsInBox(this._box, true);
    return this;
  }
  expandGroups(): FakeRange {
    this._sheet._setGroupsInBox(this._box, false);
    return this;
  }

  // --- merges ---
  merge(): FakeRange {
    const s = this._sheet;
    s._merges = s._merges.filter((m) => !intersects(m, this._box));
    s._merges.push({ ...this._box });
    // Merging keeps only the top-left value, like Sheets.
    this._each((cell, i, j) => {
      if (i || j) {
        cell.v = '';
        delete cell.f;
      }
    });
    return this;
  }
  mergeAcross(): FakeRange {
    return this.merge();
  }
  mergeVertically(): FakeRange {
    return this.merge();
  }
  breakApart(): FakeRange {
    this._sheet._merges = this._sheet._merges.filter((m) => !intersects(m, this._box));
    return this;
  }
  isPartOfMerge(): boolean {
    return this._sheet._merges.some((m) => intersects(m, this._box));
  }
  getMergedRanges(): FakeRange[] {
    return this._sheet._merges.filter((m) => intersects(m, this._box)).map((m) => new FakeRange(this._env, this._sheet, { ...m }));
  }
}

// ---------------------------------------------------------------------------------------
// RangeList: one call applies to every range in the list.
// ---------------------------------------------------------------------------------------
export class FakeRangeList extends FakeObject {
  constructor(
    env: FakeEnv,
    readonly _ranges: FakeRange[],
  ) {
    super(env, 'RangeList');
  }
  private _all(fn: (r: FakeRange) => void): this {
    for (const r of this._ranges) fn(r);
    return this;
  }
  getRanges(): FakeRange[] {
    return this._ranges.slice();
  }
  activate(): this {
    const last = this._ranges[this._ranges.length - 1];
    if (last) last.activate();
    return this;
  }
  setValue(v: unknown): this {
    return this._all((r) => r.setValue(v));
  }
  setBackground(c: string | null): this {
    return this._all((r) => r.setBackground(c));
  }
  setFontWeight(w: string | null): this {
    return this._all((r) => r.setFontWeight(w));
  }
  setFontColor(c: string | null): this {
    return this._all((r) => r.setFontColor(c));
  }
  setNote(n: unknown): this {
    return this._all((r) => r.setNote(n));
  }
  setFormula(f: string): this {
    return this._all((r) => r.setFormula(f));
  }
  setHorizontalAlignment(a: string | null): this {
    return this._all((r) => r.setHorizontalAlignment(a));
  }
  setWrap(w: boolean): this {
    return this._all((r) => r.setWrap(w));
  }
  setNumberFormat(f: string): this {
    return this._all((r) => r.setNumberFormat(f));
  }
  setBorder(..._args: unknown[]): this {
    return this;
  }
  clear(options?: { contentsOnly?: boolean; formatOnly?: boolean }): this {
    return this._all((r) => r.clear(options));
  }
  clearContent(): this {
    return this._all((r) => r.clearContent());
  }
  clearFormat(): this {
    return this._all((r) => r.clearFormat());
  }
  clearNote(): this {
    return this._all((r) => r.clearNote());
  }
  clearDataValidations(): this {
    return this._all((r) => r.clearDataValidations());
  }
  insertCheckboxes(): this {
    return this._all((r) => r.insertCheckboxes());
  }
  check(): this {
    return this._all((r) => r.check());
  }
  uncheck(): this {
    return this._all((r) => r.uncheck());
  }
}

// ---------------------------------------------------------------------------------------
// RowGroup: a snapshot of one group (run of rows with depth >= d) when it was fetched.
// ---------------------------------------------------------------------------------------
export class FakeRowGroup extends FakeObject {
  constructor(
    env: FakeEnv,
    readonly _sheet: FakeSheet,
    readonly _start: number,
    readonly _end: number,
    readonly _depth: number,
  ) {
    super(env, 'RowGroup');
  }
  collapse(): FakeRowGroup {
    this._sheet._setCollapsed(this._start, this._end, this._depth, true);
    return this;
  }
  expand(): FakeRowGroup {
    this._sheet._setCollapsed(this._start, this._end, this._depth, false);
    return this;
  }
  isCollapsed(): boolean {
    return !!((this._sheet._rows[this._start - 1]?.collapsed ?? 0) & (1 << this._depth));
  }
  getDepth(): number {
    return this._depth;
  }
  /** The group's rows across all columns. */
  getRange(): FakeRange {
    return new FakeRange(this._env, this._sheet, { r: this._start, c: 1, nr: this._end - this._start + 1, nc: this._sheet._maxCols });
  }
  /** 1-based row index of the toggle: the row before the group (BEFORE) or after it (AFTER). */
  getControlIndex(): number {
    return this._sheet._controlPos === GroupControlTogglePosition.BEFORE ? this._start - 1 : this._end + 1;
  }
  /** Removes the group: reduces the depth of its rows by one. */
  remove(): void {
    for (let r = this._start; r <= this._end; r++) {
      const row = this._sheet._rowW(r);
      if (row.depth > 0) {
        row.depth--;
        row.collapsed &= bitsUpTo(row.depth);
      }
    }
    this._sheet._normalizeGroups(this._start - 1, this._end + 1);
  }
}

// ---------------------------------------------------------------------------------------
// Sheet
// ---------------------------------------------------------------------------------------
export interface SheetDump {
  name: string;
  sheetId: number;
  maxRows: number;
  maxColumns: number;
  lastRow: number;
  lastColumn: number;
  frozenRows: number;
  frozenColumns: number;
  /** lastRow x lastColumn; Dates as ISO strings. */
  values: unknown[][];
  /** The following maps are sparse, keyed by A1 cell (or row/column number), defaults omitted. */
  formulas: Record<string, string>;
  notes: Record<string, string>;
  backgrounds: Record<string, string>;
  fontWeights: Record<string, string>;
  fontColors: Record<string, string>;
  numberFormats: Record<string, string>;
  dataValidations: Record<string, { type: string; values: unknown[]; allowInvalid: boolean; helpText: string }>;
  rowGroupDepths: Record<number, number>;
  rowGroupControlPosition: string;
  /** Groups as 'start-end@depth' with collapsed flag. */
  rowGroups: { start: number; end: number; depth: number; collapsed: boolean }[];
  /** Rows hidden because a group containing them is collapsed. */
  collapsedRows: number[];
  /** Rows hidden by the user (hideRows). */
  hiddenRows: number[];
  columnWidths: Record<number, number>;
  hiddenColumns: number[];
  merges: string[];
  conditionalFormatRules: { ranges: string[]; type: string; values: unknown[]; format: CfFormat }[];
}

export class FakeSheet extends FakeObject {
  _rows: (RowData | undefined)[];
  _maxCols: number;
  _frozenRows = 0;
  _frozenCols = 0;
  _colWidths: (number | undefined)[] = [];
  _colHidden: boolean[] = [];
  _controlPos: string = GroupControlTogglePosition.AFTER;
  _cfRules: FakeConditionalFormatRule[] = [];
  _merges: Box[] = [];
  _selection: Box = { r: 1, c: 1, nr: 1, nc: 1 };
  _hiddenSheet = false;
  _tabColor: string | null = null;

  constructor(
    env: FakeEnv,
    readonly _ss: FakeSpreadsheet,
    public _name: string,
    readonly _id: number,
    rows = DEFAULT_ROWS,
    cols = DEFAULT_COLUMNS,
  ) {
    super(env, 'Sheet');
    this._rows = new Array(rows);
    this._maxCols = cols;
  }

  get _maxRows(): number {
    return this._rows.length;
  }
  _cell(r: number, c: number): CellData | undefined {
    return this._rows[r - 1]?.cells[c - 1];
  }
  _rowW(r: number): RowData {
    let row = this._rows[r - 1];
    if (!row) {
      row = { cells: [], depth: 0, collapsed: 0, hidden: false };
      this._rows[r - 1] = row;
    }
    return row;
  }
  _cellW(r: number, c: number): CellData {
    const row = this._rowW(r);
    let cell = row.cells[c - 1];
    if (!cell) {
      cell = { v: '' };
      row.cells[c - 1] = cell;
    }
    return cell;
  }
  _depth(r: number): number {
    return this._rows[r - 1]?.depth ?? 0;
  }

  /** Validated range, with the real service's messages. */
  _range(row: number, col: number, numRows: number, numCols: number): FakeRange {
    if (row < 1) throw gasError('The starting row of the range is too small.');
    if (col < 1) throw gasError('The starting column of the range is too small.');
    if (numRows < 1) throw gasError('The number of rows in the range must be at least 1.');
    if (numCols < 1) throw gasError('The number of columns in the range must be at least 1.');
    if (row + numRows - 1 > this._maxRows || col + numCols - 1 > this._maxCols) {
      throw gasError('The coordinates of the range are outside the dimensions of the sheet.');
    }
    return new FakeRange(this._env, this, { r: row, c: col, nr: numRows, nc: numCols });
  }
  _rangeA1(a1: string): FakeRange {
    const ref = parseA1(a1);
    if (ref.sheet !== undefined && ref.sheet !== this._name) throw gasError('Range not found');
    const r1 = ref.r1 ?? 1;
    const r2 = ref.r2 ?? this._maxRows;
    const c1 = ref.c1 ?? 1;
    const c2 = ref.c2 ?? this._maxCols;
    return this._range(r1, c1, r2 - r1 + 1, c2 - c1 + 1);
  }
  _lastRow(): number {
    for (let r = this._rows.length; r >= 1; r--) {
      const row = this._rows[r - 1];
      if (row && row.cells.some((c) => !emptyCell(c))) return r;
    }
    return 0;
  }
  _lastCol(): number {
    let last = 0;
    for (const row of this._rows) {
      if (!row) continue;
      for (let c = row.cells.length; c > last; c--)
        if (!emptyCell(row.cells[c - 1])) {
          last = c;
          break;
        }
    }
    return last;
  }

  // --- identity ---
  getName(): string {
    return this._name;
  }
  setName(name: string): FakeSheet {
    const n = String(name);
    if (this._ss._sheets.some((s) => s !== this && s._name.toLowerCase() === n.toLowerCase())) {
      throw gasError(`A sheet with the name "${n}" already exists. Please enter another name.`);
    }
    this._name = n;
    return this;
  }
  getSheetId(): number {
    return this._id;
  }
  getSheetName(): string {
    return this._name;
  }
  addDeveloperMetadata(...args: unknown[]): FakeSheet {
    this._ss._metadata._add({ type: 'SHEET', sheet: this }, args);
    return this;
  }
  getDeveloperMetadata(): FakeDeveloperMetadata[] {
    return this._ss._metadata._onSheet(this);
  }
  createDeveloperMetadataFinder(): FakeDeveloperMetadataFinder {
    return new FakeDeveloperMetadataFinder(this._env, this._ss._metadata, { sheet: this });
  }
  getIndex(): number {
    return this._ss._sheets.indexOf(this) + 1;
  }
  getParent(): FakeSpreadsheet {
    return this._ss;
  }
  activate(): FakeSheet {
    this._ss._active = this;
    return this;
  }
  isSheetHidden(): boolean {
    return this._hiddenSheet;
  }
  hideSheet(): FakeSheet {
    this._hiddenSheet = true;
    return this;
  }
  showSheet(): FakeSheet {
    this._hiddenSheet = false;
    return this;
  }
  getTabColor(): string | null {
    return this._tabColor;
  }
  setTabColor(color: string | null): FakeSheet {
    this._tabColor = color === null ? null : normColor(color, '');
    return this;
  }

  // --- size ---
  getLastRow(): number {
    return this._lastRow();
  }
  getLastColumn(): number {
    return this._lastCol();
  }
  getMaxRows(): number {
    return this._maxRows;
  }
  getMaxColumns(): number {
    return this._maxCols;
  }

  // --- ranges ---
  /** getRange(a1Notation) | getRange(row, column[, numRows[, numColumns]]). */
  getRange(a: number | string, b?: number, c?: number, d?: number): FakeRange {
    const args = [a, b, c, d];
    while (args.length && args[args.length - 1] === undefined) args.pop();
    if (typeof a === 'string' && args.length === 1) return this._rangeA1(a);
    if (args.length < 2 || !args.every(isInt)) throw signatureError(args, 'Sheet', 'getRange');
    return this._range(a as number, b as number, c ?? 1, d ?? 1);
  }
  getRangeList(a1Notations: string[]): FakeRangeList {
    if (!Array.isArray(a1Notations)) throw signatureError([a1Notations], 'Sheet', 'getRangeList');
    return new FakeRangeList(
      this._env,
      a1Notations.map((a) => this._rangeA1(a)),
    );
  }
  getDataRange(): FakeRange {
    return this._range(1, 1, Math.max(1, this._lastRow()), Math.max(1, this._lastCol()));
  }
  /** numRows/numColumns of -1 mean "up to the last row/column with content". */
  getSheetValues(startRow: number, startColumn: number, numRows: number, numColumns: number): CellValue[][] {
    const nr = numRows === -1 ? this._lastRow() - startRow + 1 : numRows;
    const nc = numColumns === -1 ? this._lastCol() - startColumn + 1 : numColumns;
    if (nr <= 0) return [];
    if (nc <= 0) return Array.from({ length: nr }, () => []);
    return this._range(startRow, startColumn, nr, nc).getValues();
  }
  getActiveRange(): FakeRange | null {
    return new FakeRange(this._env, this, { ...this._selection });
  }
  getActiveCell(): FakeRange {
    return new FakeRange(this._env, this, { r: this._selection.r, c: this._selection.c, nr: 1, nc: 1 });
  }
  getCurrentCell(): FakeRange {
    return this.getActiveCell();
  }
  setActiveRange(range: FakeRange): FakeRange {
    this._ss._select(this, range._box);
    return range;
  }
  setActiveSelection(range: FakeRange | string): FakeRange {
    const r = typeof range === 'string' ? this._rangeA1(range) : range;
    this._ss._select(this, r._box);
    return r;
  }
  setCurrentCell(cell: FakeRange): FakeRange {
    return this.setActiveRange(cell);
  }

  // --- rows and columns ---
  private _checkRows(pos: number, n: number): void {
    if (!isInt(pos) || !isInt(n) || pos < 1 || n < 1 || pos + n - 1 > this._maxRows) throw gasError('Those rows are out of bounds.');
  }
  private _checkCols(pos: number, n: number): void {
    if (!isInt(pos) || !isInt(n) || pos < 1 || n < 1 || pos + n - 1 > this._maxCols) throw gasError('Those columns are out of bounds.');
  }
  /**
   * Insert `n` rows so the first new row is `pos`. New rows take the formats and
   * validations of `template` (Sheets inherits them from the neighbouring row), and the
   * given group depth; everything at or below `pos` moves down by `n`.
   */
  _insertRows(pos: number, n: number, template: number, depth: number): void {
    const t = template >= 1 ? this._rows[template - 1] : undefined;
    const fresh: (RowData | undefined)[] = [];
    for (let i = 0; i < n; i++) {
      const cells: (CellData | undefined)[] = [];
      if (t) {
        t.cells.forEach((cell, j) => {
          if (!cell) return;
          const nc: CellData = { v: '' };
          for (const k of FORMAT_KEYS) if (cell[k] !== undefined) (nc as unknown as Record<string, unknown>)[k] = cell[k];
          cells[j] = nc;
        });
      }
      const collapsed = t ? t.collapsed & bitsUpTo(depth) : 0;
      fresh.push(cells.length || depth || collapsed ? { cells, depth, collapsed, hidden: false } : undefined);
    }
    this._rows.splice(pos - 1, 0, ...fresh);
    this._ss._metadata._inserted(this, 'ROW', pos, n);
    for (const m of this._merges) boxInsert(m, pos, n, true);
    for (const rule of this._cfRules) {
      for (const x of rule._ranges) if (x.sheet === this) boxInsert(x.box, pos, n, true);
      rule._shiftFormula(pos, n, true);
    }
    if (pos <= this._frozenRows) this._frozenRows += n;
    boxInsert(this._selection, pos, n, true);
  }
  _deleteRows(pos: number, n: number): void {
    this._checkRows(pos, n);
    if (this._maxRows - n <= this._frozenRows) throw gasError('Sorry, it is not possible to delete all non-frozen rows.');
    this._rows.splice(pos - 1, n);
    this._ss._metadata._deleted(this, 'ROW', pos, n);
    this._merges = this._merges.filter((m) => boxDelete(m, pos, n, true));
    for (const rule of this._cfRules) {
      rule._ranges.splice(0, rule._ranges.length, ...rule._ranges.filter((x) => x.sheet !== this || boxDelete(x.box, pos, n, true)));
      rule._shiftFormula(pos, -n, true);
    }
    if (pos <= this._frozenRows) this._frozenRows -= Math.min(n, this._frozenRows - pos + 1);
    if (!boxDelete(this._selection, pos, n, true)) this._selection = { r: Math.min(pos, this._maxRows), c: 1, nr: 1, nc: 1 };
    this._normalizeGroups(pos - 1, pos);
  }
  _insertCols(pos: number, n: number, template: number): void {
    for (const row of this._rows) {
      if (!row || row.cells.length < pos) continue;
      const t = template >= 1 ? row.cells[template - 1] : undefined;
      const fresh: (CellData | undefined)[] = [];
      for (let i = 0; i < n; i++) {
        if (!t) {
          fresh.push(undefined);
          continue;
        }
        const nc: CellData = { v: '' };
        for (const k of FORMAT_KEYS) if (t[k] !== undefined) (nc as unknown as Record<string, unknown>)[k] = t[k];
        fresh.push(nc);
      }
      row.cells.splice(pos - 1, 0, ...fresh);
    }
    if (this._colWidths.length >= pos) this._colWidths.splice(pos - 1, 0, ...new Array(n).fill(undefined));
    if (this._colHidden.length >= pos) this._colHidden.splice(pos - 1, 0, ...new Array(n).fill(false));
    this._maxCols += n;
    this._ss._metadata._inserted(this, 'COLUMN', pos, n);
    for (const m of this._merges) boxInsert(m, pos, n, false);
    for (const rule of this._cfRules) {
      for (const x of rule._ranges) if (x.sheet === this) boxInsert(x.box, pos, n, false);
      rule._shiftFormula(pos, n, false);
    }
    if (pos <= this._frozenCols) this._frozenCols += n;
  }
  _deleteCols(pos: number, n: number): void {
    this._checkCols(pos, n);
    if (this._maxCols - n <= this._frozenCols) throw gasError('Sorry, it is not possible to delete all non-frozen columns.');
    for (const row of this._rows) if (row && row.cells.length >= pos) row.cells.splice(pos - 1, n);
    this._colWidths.splice(pos - 1, n);
    this._colHidden.splice(pos - 1, n);
    this._maxCols -= n;
    this._ss._metadata._deleted(this, 'COLUMN', pos, n);
    this._merges = this._merges.filter((m) => boxDelete(m, pos, n, false));
    for (const rule of this._cfRules) {
      rule._ranges.splice(0, rule._ranges.length, ...rule._ranges.filter((x) => x.sheet !== this || boxDelete(x.box, pos, n, false)));
      rule._shiftFormula(pos, -n, false);
    }
    if (pos <= this._frozenCols) this._frozenCols -= Math.min(n, this._frozenCols - pos + 1);
  }

  /**
   * Rows inserted directly below a row that is inside a row group join that group (they
   * take that row's depth), as in Sheets; formats come from the row above.
   */
  insertRowsAfter(afterPosition: number, howMany: number): FakeSheet {
    this._checkRows(afterPosition, 1);
    if (!isInt(howMany) || howMany < 1) throw gasError('Those rows are out of bounds.');
    this._insertRows(afterPosition + 1, howMany, afterPosition, this._depth(afterPosition));
    return this;
  }
  insertRowAfter(afterPosition: number): FakeSheet {
    return this.insertRowsAfter(afterPosition, 1);
  }
  /**
   * Rows inserted above `beforePosition` take its formats; they join a group only when
   * both neighbours are in it (inserting above the first row of a group stays outside).
   */
  insertRowsBefore(beforePosition: number, howMany: number): FakeSheet {
    this._checkRows(beforePosition, 1);
    if (!isInt(howMany) || howMany < 1) throw gasError('Those rows are out of bounds.');
    const depth = Math.min(this._depth(beforePosition), beforePosition > 1 ? this._depth(beforePosition - 1) : 0);
    this._insertRows(beforePosition, howMany, beforePosition, depth);
    return this;
  }
  insertRowBefore(beforePosition: number): FakeSheet {
    return this.insertRowsBefore(beforePosition, 1);
  }
  insertRows(rowIndex: number, numRows = 1): void {
    this.insertRowsBefore(rowIndex, numRows);
  }
  deleteRow(rowPosition: number): FakeSheet {
    this._deleteRows(rowPosition, 1);
    return this;
  }
  deleteRows(rowPosition: number, howMany: number): void {
    this._deleteRows(rowPosition, howMany);
  }
  insertColumnsAfter(afterPosition: number, howMany: number): FakeSheet {
    this._checkCols(afterPosition, 1);
    this._insertCols(afterPosition + 1, howMany, afterPosition);
    return this;
  }
  insertColumnAfter(afterPosition: number): FakeSheet {
    return this.insertColumnsAfter(afterPosition, 1);
  }
  insertColumnsBefore(beforePosition: number, howMany: number): FakeSheet {
    this._checkCols(beforePosition, 1);
    this._insertCols(beforePosition, howMany, beforePosition);
    return this;
  }
  insertColumnBefore(beforePosition: number): FakeSheet {
    return this.insertColumnsBefore(beforePosition, 1);
  }
  insertColumns(columnIndex: number, numColumns = 1): void {
    this.insertColumnsBefore(columnIndex, numColumns);
  }
  deleteColumn(columnPosition: number): FakeSheet {
    this._deleteCols(columnPosition, 1);
    return this;
  }
  deleteColumns(columnPosition: number, howMany: number): void {
    this._deleteCols(columnPosition, howMany);
  }
  /**
   * Writes after the last row with content (growing the sheet if needed). The new row
   * joins the row group of the row above it, as rows added under a group do in Sheets.
   */
  appendRow(rowContents: unknown[]): FakeSheet {
    if (!Array.isArray(rowContents)) throw signatureError([rowContents], 'Sheet', 'appendRow');
    const r = this._lastRow() + 1;
    if (r > this._maxRows) this._insertRows(r, 1, r - 1, this._depth(r - 1));
    if (rowContents.length > this._maxCols) this._insertCols(this._maxCols + 1, rowContents.length - this._maxCols, 0);
    const above = r > 1 ? this._depth(r - 1) : 0;
    if (above > this._depth(r)) {
      const row = this._rowW(r);
      row.depth = above;
      this._normalizeGroups(r - 1, r + 1);
    }
    if (rowContents.length) new FakeRange(this._env, this, { r, c: 1, nr: 1, nc: rowContents.length }).setValues([rowContents]);
    return this;
  }
  setFrozenRows(rows: number): void {
    if (!isInt(rows) || rows < 0 || rows > this._maxRows) throw signatureError([rows], 'Sheet', 'setFrozenRows');
    this._frozenRows = rows;
  }
  getFrozenRows(): number {
    return this._frozenRows;
  }
  setFrozenColumns(columns: number): void {
    this._frozenCols = columns;
  }
  getFrozenColumns(): number {
    return this._frozenCols;
  }
  setColumnWidth(columnPosition: number, width: number): FakeSheet {
    this._checkCols(columnPosition, 1);
    this._colWidths[columnPosition - 1] = width;
    return this;
  }
  setColumnWidths(startColumn: number, numColumns: number, width: number): FakeSheet {
    this._checkCols(startColumn, numColumns);
    for (let i = 0; i < numColumns; i++) this._colWidths[startColumn - 1 + i] = width;
    return this;
  }
  getColumnWidth(columnPosition: number): number {
    return this._colWidths[columnPosition - 1] ?? DEFAULT_COLUMN_WIDTH;
  }
  autoResizeColumn(_columnPosition: number): FakeSheet {
    return this;
  }
  autoResizeColumns(_start: number, _n: number): FakeSheet {
    return this;
  }
  setRowHeight(rowPosition: number, height: number): FakeSheet {
    this._rowW(rowPosition).height = height;
    return this;
  }
  setRowHeights(start: number, n: number, height: number): FakeSheet {
    for (let i = 0; i < n; i++) this._rowW(start + i).height = height;
    return this;
  }
  getRowHeight(rowPosition: number): number {
    return this._rows[rowPosition - 1]?.height ?? DEFAULT_ROW_HEIGHT;
  }
  hideRows(rowIndex: number, numRows = 1): void {
    this._checkRows(rowIndex, numRows);
    for (let i = 0; i < numRows; i++) this._rowW(rowIndex + i).hidden = true;
  }
  showRows(rowIndex: number, numRows = 1): void {
    this._checkRows(rowIndex, numRows);
    for (let i = 0; i < numRows; i++) {
      const row = this._rows[rowIndex - 1 + i];
      if (row) row.hidden = false;
    }
  }
  hideRow(row: FakeRange): void {
    this.hideRows(row._box.r, row._box.nr);
  }
  unhideRow(row: FakeRange): void {
    this.showRows(row._box.r, row._box.nr);
  }
  /** Only rows hidden with hideRows; rows inside a collapsed group are not "hidden by user". */
  isRowHiddenByUser(rowPosition: number): boolean {
    return !!this._rows[rowPosition - 1]?.hidden;
  }
  isRowHiddenByFilter(_rowPosition: number): boolean {
    return false;
  }
  hideColumns(columnIndex: number, numColumns = 1): void {
    for (let i = 0; i < numColumns; i++) this._colHidden[columnIndex - 1 + i] = true;
  }
  showColumns(columnIndex: number, numColumns = 1): void {
    for (let i = 0; i < numColumns; i++) this._colHidden[columnIndex - 1 + i] = false;
  }
  isColumnHiddenByUser(columnPosition: number): boolean {
    return !!this._colHidden[columnPosition - 1];
  }

  // --- row groups ---
  /** The run of rows around `r` whose depth is >= d, or null. */
  _run(r: number, d: number): { start: number; end: number } | null {
    if (d < 1 || r < 1 || r > this._maxRows || this._depth(r) < d) return null;
    let start = r;
    while (start > 1 && this._depth(start - 1) >= d) start--;
    let end = r;
    while (end < this._maxRows && this._depth(end + 1) >= d) end++;
    return { start, end };
  }
  /** All groups, outermost first within each depth. */
  _groups(): { start: number; end: number; depth: number }[] {
    const out: { start: number; end: number; depth: number }[] = [];
    let maxDepth = 0;
    for (const row of this._rows) if (row && row.depth > maxDepth) maxDepth = row.depth;
    for (let d = 1; d <= maxDepth; d++) {
      let r = 1;
      while (r <= this._maxRows) {
        if (this._depth(r) >= d) {
          const run = this._run(r, d)!;
          out.push({ ...run, depth: d });
          r = run.end + 1;
        } else r++;
      }
    }
    return out;
  }
  _setCollapsed(start: number, end: number, d: number, collapsed: boolean): void {
    for (let r = start; r <= end; r++) {
      const row = this._rowW(r);
      if (collapsed) row.collapsed |= 1 << d;
      else row.collapsed &= ~(1 << d);
    }
  }
  /**
   * After depths change, make each group's collapsed flag uniform again (a merged group
   * takes the state of its first row).
   */
  _normalizeGroups(from: number, to: number): void {
    const lo = Math.max(1, from);
    const hi = Math.min(this._maxRows, to);
    for (let d = 1; d <= MAX_GROUP_DEPTH; d++) {
      let r = lo;
      while (r <= hi) {
        const run = this._run(r, d);
        if (!run) {
          r++;
          continue;
        }
        const on = !!((this._rows[run.start - 1]?.collapsed ?? 0) & (1 << d));
        this._setCollapsed(run.start, run.end, d, on);
        r = run.end + 1;
      }
    }
  }
  _setGroupsInBox(box: Box, collapsed: boolean): void {
    for (const g of this._groups()) {
      if (g.start >= box.r && g.end <= box.r + box.nr - 1) this._setCollapsed(g.start, g.end, g.depth, collapsed);
    }
  }
  _hiddenByGroup(r: number): boolean {
    const row = this._rows[r - 1];
    return !!row && (row.collapsed & bitsUpTo(row.depth)) !== 0;
  }
  getRowGroupDepth(rowIndex: number): number {
    return this._depth(rowIndex);
  }
  /**
   * The group of depth `groupDepth` that contains `rowIndex`, or else whose control toggle
   * is on `rowIndex` (the row just before the group with BEFORE, just after it with AFTER);
   * null when there is none.
   */
  getRowGroup(rowIndex: number, groupDepth: number): FakeRowGroup | null {
    let run = this._run(rowIndex, groupDepth);
    if (!run) {
      const before = this._controlPos === GroupControlTogglePosition.BEFORE;
      const cand = this._run(before ? rowIndex + 1 : rowIndex - 1, groupDepth);
      if (cand && (before ? cand.start === rowIndex + 1 : cand.end === rowIndex - 1)) run = cand;
    }
    return run ? new FakeRowGroup(this._env, this, run.start, run.end, groupDepth) : null;
  }
  setRowGroupControlPosition(position: string): FakeSheet {
    if (position !== 'BEFORE' && position !== 'AFTER') throw signatureError([position], 'Sheet', 'setRowGroupControlPosition');
    this._controlPos = position;
    return this;
  }
  getRowGroupControlPosition(): string {
    return this._controlPos;
  }
  collapseAllRowGroups(): FakeSheet {
    for (const g of this._groups()) this._setCollapsed(g.start, g.end, g.depth, true);
    return this;
  }
  expandAllRowGroups(): FakeSheet {
    for (const row of this._rows) if (row) row.collapsed = 0;
    return this;
  }
  /** Expands groups up to `groupDepth` and collapses the deeper ones. */
  expandRowGroupsUpToDepth(groupDepth: number): FakeSheet {
    for (const g of this._groups()) this._setCollapsed(g.start, g.end, g.depth, g.depth > groupDepth);
    return this;
  }

  // --- conditional formats ---
  getConditionalFormatRules(): FakeConditionalFormatRule[] {
    return this._cfRules.map((r) => r._clone());
  }
  setConditionalFormatRules(rules: FakeConditionalFormatRule[]): void {
    if (!Array.isArray(rules)) throw signatureError([rules], 'Sheet', 'setConditionalFormatRules');
    this._cfRules = rules.map((r) => {
      const raw = this._env.raw(r);
      if (!(raw instanceof FakeConditionalFormatRule)) throw signatureError([rules], 'Sheet', 'setConditionalFormatRules');
      return raw._clone();
    });
  }
  clearConditionalFormatRules(): void {
    this._cfRules = [];
  }

  // --- clearing ---
  clear(): FakeSheet {
    this._rows = new Array(this._maxRows);
    this._merges = [];
    return this;
  }
  clearContents(): FakeSheet {
    return this._clearCells(clearContentOf);
  }
  clearFormats(): FakeSheet {
    return this._clearCells(clearFormatOf);
  }
  clearNotes(): FakeSheet {
    return this._clearCells(clearNoteOf);
  }
  /** Like Range's clearX over the whole sheet, but only cells that exist: empty ones have nothing to clear. */
  private _clearCells(clear: (cell: CellData) => void): this {
    for (const row of this._rows) if (row) for (const c of row.cells) if (c) clear(c);
    return this;
  }

  // --- test helpers (not counted) ---
  /** Write raw values (no typed-input parsing) from `row`,`col`; grows the sheet as needed. */
  testSetValues(row: number, col: number, values: unknown[][]): void {
    const needRows = row + values.length - 1;
    if (needRows > this._maxRows) this._rows.length = needRows;
    const needCols = col + Math.max(0, ...values.map((v) => v.length)) - 1;
    if (needCols > this._maxCols) this._maxCols = needCols;
    values.forEach((line, i) =>
      line.forEach((v, j) => {
        const cell = this._cellW(row + i, col + j);
        if (typeof v === 'string' && v.length > 1 && v.startsWith('=')) {
          cell.f = v;
          cell.v = '';
          return;
        }
        cell.v = v === null || v === undefined ? '' : isDate(v) ? new Date(v.getTime()) : (v as CellValue);
        delete cell.f;
      }),
    );
  }
  /** Set a formula and the value it evaluates to (the fake does not compute formulas). */
  testSetFormula(a1: string, formula: string, value: CellValue = ''): void {
    const box = this._rangeA1(a1)._box;
    const cell = this._cellW(box.r, box.c);
    cell.f = formula;
    cell.v = value;
  }
  /** Set row-group depth of rows [start, end] directly. */
  testSetRowGroupDepth(start: number, end: number, depth: number): void {
    for (let r = start; r <= end; r++) {
      const row = this._rowW(r);
      row.depth = depth;
      row.collapsed &= bitsUpTo(depth);
    }
    this._normalizeGroups(start - 1, end + 1);
  }
  /** Is the row hidden for any reason (user or collapsed group)? */
  testIsRowVisible(row: number): boolean {
    return !this._rows[row - 1]?.hidden && !this._hiddenByGroup(row);
  }
  /** Conditional-format result for one cell (see formula.ts for the formulas understood). */
  testEffectiveFormat(a1: string): CfFormat & { matchedRules: number[] } {
    const box = this._rangeA1(a1)._box;
    return effectiveFormat(this, box.r, box.c);
  }
  testDump(): SheetDump {
    const lastRow = this._lastRow();
    const lastCol = this._lastCol();
    const values: unknown[][] = [];
    for (let r = 1; r <= lastRow; r++) {
      const line: unknown[] = [];
      for (let c = 1; c <= lastCol; c++) {
        const v = this._cell(r, c)?.v ?? '';
        line.push(isDate(v) ? v.toISOString() : v);
      }
      values.push(line);
    }
    const d: SheetDump = {
      name: this._name,
      sheetId: this._id,
      maxRows: this._maxRows,
      maxColumns: this._maxCols,
      lastRow,
      lastColumn: lastCol,
      frozenRows: this._frozenRows,
      frozenColumns: this._frozenCols,
      values,
      formulas: {},
      notes: {},
      backgrounds: {},
      fontWeights: {},
      fontColors: {},
      numberFormats: {},
      dataValidations: {},
      rowGroupDepths: {},
      rowGroupControlPosition: this._controlPos,
      rowGroups: [],
      collapsedRows: [],
      hiddenRows: [],
      columnWidths: {},
      hiddenColumns: [],
      merges: this._merges.map((m) => rangeA1(m.r, m.c, m.nr, m.nc)),
      conditionalFormatRules: this._cfRules.map((r) => r._json()),
    };
    this._rows.forEach((row, i) => {
      if (!row) return;
      const r = i + 1;
      if (row.depth) d.rowGroupDepths[r] = row.depth;
      if (row.hidden) d.hiddenRows.push(r);
      if (this._hiddenByGroup(r)) d.collapsedRows.push(r);
      row.cells.forEach((cell, j) => {
        if (!cell) return;
        const a = cellA1(r, j + 1);
        if (cell.f) d.formulas[a] = cell.f;
        if (cell.note) d.notes[a] = cell.note;
        if (cell.bg) d.backgrounds[a] = cell.bg;
        if (cell.fw) d.fontWeights[a] = cell.fw;
        if (cell.fc) d.fontColors[a] = cell.fc;
        if (cell.nf) d.numberFormats[a] = cell.nf;
        if (cell.dv) d.dataValidations[a] = cell.dv._json();
      });
    });
    d.rowGroups = this._groups().map((g) => ({ ...g, collapsed: !!((this._rows[g.start - 1]?.collapsed ?? 0) & (1 << g.depth)) }));
    this._colWidths.forEach((w, i) => {
      if (w !== undefined && w !== DEFAULT_COLUMN_WIDTH) d.columnWidths[i + 1] = w;
    });
    this._colHidden.forEach((h, i) => {
      if (h) d.hiddenColumns.push(i + 1);
    });
    return d;
  }
}

/** Which conditional-format rules apply to a cell, and the resulting format (first rule wins per property). */
export function effectiveFormat(sheet: FakeSheet, r: number, c: number): CfFormat & { matchedRules: number[] } {
  const out: CfFormat & { matchedRules: number[] } = { matchedRules: [] };
  sheet._cfRules.forEach((rule, idx) => {
    const mine = rule._ranges.filter((x) => x.sheet === sheet);
    if (!mine.some((x) => contains(x.box, r, c))) return;
    const anchor = mine[0].box;
    const lookup = (rr: number, cc: number): CellValue => sheet._cell(rr, cc)?.v ?? '';
    if (!evaluateCondition(rule._type, rule._values, { row: r, col: c, anchorRow: anchor.r, anchorCol: anchor.c, lookup })) return;
    out.matchedRules.push(idx);
    for (const k of Object.keys(rule._format) as (keyof CfFormat)[]) {
      if (rule._format[k] !== undefined && rule._format[k] !== null && (out as CfFormat)[k] === undefined) {
        (out as unknown as Record<string, unknown>)[k] = rule._format[k];
      }
    }
  });
  return out;
}

// ---------------------------------------------------------------------------------------
// Spreadsheet, Selection, SpreadsheetApp
// ---------------------------------------------------------------------------------------
export interface Toast {
  message: string;
  title: string;
  timeoutSeconds: number | undefined;
}

export class FakeSelection extends FakeObject {
  constructor(
    env: FakeEnv,
    readonly _ss: FakeSpreadsheet,
  ) {
    super(env, 'Selection');
  }
  getActiveSheet(): FakeSheet {
    return this._ss._active;
  }
  getActiveRange(): FakeRange | null {
    return this._ss._active.getActiveRange();
  }
  getCurrentCell(): FakeRange {
    return this._ss._active.getActiveCell();
  }
  getActiveRangeList(): FakeRangeList {
    return new FakeRangeList(this._env, [this._ss._active.getActiveRange()!]);
  }
}

export class FakeSpreadsheet extends FakeObject {
  _sheets: FakeSheet[] = [];
  _active!: FakeSheet;
  _metadata: MetadataStore;
  _nextSheetId = 0;
  _toasts: Toast[] = [];
  _locale = 'en_US';
  _timeZone = 'Etc/GMT';

  constructor(
    env: FakeEnv,
    public _name: string,
    readonly _id: string,
    initialSheet: string | null = 'Sheet1',
  ) {
    super(env, 'Spreadsheet');
    this._metadata = new MetadataStore(env, this);
    if (initialSheet !== null) this._active = this._addSheet(initialSheet);
  }
  _addSheet(name: string, index?: number, rows = DEFAULT_ROWS, cols = DEFAULT_COLUMNS): FakeSheet {
    if (this._sheets.some((s) => s._name.toLowerCase() === name.toLowerCase())) {
      throw gasError(`A sheet with the name "${name}" already exists. Please enter another name.`);
    }
    const sheet = new FakeSheet(this._env, this, name, this._nextSheetId++, rows, cols);
    if (index === undefined || index >= this._sheets.length) this._sheets.push(sheet);
    else this._sheets.splice(Math.max(0, index), 0, sheet);
    if (!this._active) this._active = sheet;
    return sheet;
  }
  _sheet(name: string): FakeSheet {
    const s = this._sheets.find((x) => x._name === name);
    if (!s) throw new Error(`fake: no sheet named "${name}"`);
    return s;
  }
  _select(sheet: FakeSheet, box: Box): void {
    this._active = sheet;
    sheet._selection = { ...box };
  }

  getName(): string {
    return this._name;
  }
  rename(name: string): void {
    this._name = String(name);
  }
  addDeveloperMetadata(...args: unknown[]): FakeSpreadsheet {
    this._metadata._add({ type: 'SPREADSHEET' }, args);
    return this;
  }
  getDeveloperMetadata(): FakeDeveloperMetadata[] {
    return this._metadata._onSpreadsheet();
  }
  createDeveloperMetadataFinder(): FakeDeveloperMetadataFinder {
    return new FakeDeveloperMetadataFinder(this._env, this._metadata, {});
  }
  getId(): string {
    return this._id;
  }
  getUrl(): string {
    return `https://docs.google.com/spreadsheets/d/${this._id}/edit`;
  }
  getSpreadsheetLocale(): string {
    return this._locale;
  }
  getSpreadsheetTimeZone(): string {
    return this._timeZone;
  }
  getSheets(): FakeSheet[] {
    return this._sheets.slice();
  }
  getNumSheets(): number {
    return this._sheets.length;
  }
  getSheetByName(name: string): FakeSheet | null {
    return this._sheets.find((s) => s._name === name) ?? null;
  }
  getSheetById(id: number): FakeSheet | null {
    return this._sheets.find((s) => s._id === id) ?? null;
  }
  /** insertSheet(), insertSheet(index), insertSheet(name), insertSheet(name, index). Activates the new sheet. */
  insertSheet(a?: string | number, b?: number): FakeSheet {
    let name: string | undefined;
    let index: number | undefined;
    if (typeof a === 'number') index = a;
    else if (typeof a === 'string') {
      name = a;
      index = b;
    }
    if (name === undefined) {
      let n = this._sheets.length + 1;
      while (this._sheets.some((s) => s._name === `Sheet${n}`)) n++;
      name = `Sheet${n}`;
    }
    const sheet = this._addSheet(name, index);
    this._active = sheet;
    return sheet;
  }
  deleteSheet(sheet: FakeSheet): void {
    if (this._sheets.length === 1) throw gasError("You can't remove all the sheets in a document.");
    this._sheets = this._sheets.filter((s) => s !== sheet);
    this._metadata._sheetDeleted(sheet);
    if (this._active === sheet) this._active = this._sheets[0];
  }
  getActiveSheet(): FakeSheet {
    return this._active;
  }
  setActiveSheet(sheet: FakeSheet): FakeSheet {
    this._active = sheet;
    return sheet;
  }
  getActiveRange(): FakeRange | null {
    return this._active.getActiveRange();
  }
  getActiveCell(): FakeRange {
    return this._active.getActiveCell();
  }
  getCurrentCell(): FakeRange {
    return this._active.getActiveCell();
  }
  getSelection(): FakeSelection {
    return new FakeSelection(this._env, this);
  }
  setActiveRange(range: FakeRange): FakeRange {
    this._select(range._sheet, range._box);
    return range;
  }
  setActiveSelection(range: FakeRange | string): FakeRange {
    const r = typeof range === 'string' ? this._resolve(range) : range;
    this._select(r._sheet, r._box);
    return r;
  }
  _resolve(a1: string): FakeRange {
    const ref = parseA1(a1);
    const sheet = ref.sheet !== undefined ? this.getSheetByName(ref.sheet) : this._active;
    if (!sheet) throw gasError('Range not found');
    return sheet._rangeA1(ref.sheet !== undefined ? a1.slice(a1.lastIndexOf('!') + 1) : a1);
  }
  getRange(a1Notation: string): FakeRange {
    return this._resolve(a1Notation);
  }
  getRangeList(a1Notations: string[]): FakeRangeList {
    return new FakeRangeList(
      this._env,
      a1Notations.map((a) => this._resolve(a)),
    );
  }
  getDataRange(): FakeRange {
    return this._active.getDataRange();
  }
  getLastRow(): number {
    return this._active._lastRow();
  }
  getLastColumn(): number {
    return this._active._lastCol();
  }
  getSheetValues(startRow: number, startColumn: number, numRows: number, numColumns: number): CellValue[][] {
    return this._active.getSheetValues(startRow, startColumn, numRows, numColumns);
  }
  toast(msg: string, title?: string, timeoutSeconds?: number): void {
    this._toasts.push({ message: String(msg), title: title === undefined ? '' : String(title), timeoutSeconds });
  }

  // --- test helpers (not counted) ---
  /** Add a sheet holding `values` (row 1 = header), without counting calls. Returns the (counting) Sheet proxy. */
  testAddSheet(name: string, values: unknown[][] = [], opts: { index?: number; maxRows?: number; maxColumns?: number } = {}): FakeSheet {
    const width = Math.max(0, ...values.map((r) => r.length));
    const sheet = this._addSheet(name, opts.index, Math.max(opts.maxRows ?? DEFAULT_ROWS, values.length), Math.max(opts.maxColumns ?? DEFAULT_COLUMNS, width));
    if (values.length) sheet.testSetValues(1, 1, values);
    return this._env.proxy('Sheet', sheet);
  }
  /** The (counting) proxy of a sheet, found without counting; throws if missing. */
  testSheet(name: string): FakeSheet {
    return this._env.proxy('Sheet', this._sheet(name));
  }
  testRemoveSheet(name: string): void {
    this._sheets = this._sheets.filter((s) => s._name !== name);
    if (this._active?._name === name) this._active = this._sheets[0];
  }
  testSheetNames(): string[] {
    return this._sheets.map((s) => s._name);
  }
  testDump(sheetName?: string): SheetDump {
    return (sheetName ? this._sheet(sheetName) : this._active).testDump();
  }
  testDumpAll(): Record<string, SheetDump> {
    const out: Record<string, SheetDump> = {};
    for (const s of this._sheets) out[s._name] = s.testDump();
    return out;
  }
  /** Simulate the user selecting `a1` on a sheet (makes it the active sheet). */
  testSetSelection(sheetName: string, a1: string): void {
    const s = this._sheet(sheetName);
    this._select(s, s._rangeA1(a1)._box);
  }
  testToasts(): Toast[] {
    return this._toasts.map((t) => ({ ...t }));
  }
  testEffectiveFormat(sheetName: string, a1: string): CfFormat & { matchedRules: number[] } {
    return this._sheet(sheetName).testEffectiveFormat(a1);
  }
}

export class FakeSpreadsheetApp extends FakeObject {
  readonly AuthMode = AuthMode;
  readonly DataValidationCriteria = DataValidationCriteria;
  readonly BooleanCriteria = BooleanCriteria;
  readonly GroupControlTogglePosition = GroupControlTogglePosition;
  readonly BorderStyle = BorderStyle;
  readonly WrapStrategy = WrapStrategy;
  readonly Dimension = Dimension;
  readonly DeveloperMetadataLocationType = DeveloperMetadataLocationType;
  readonly DeveloperMetadataVisibility = DeveloperMetadataVisibility;

  constructor(
    env: FakeEnv,
    readonly _ss: FakeSpreadsheet,
    private readonly _ui: object,
  ) {
    super(env, 'SpreadsheetApp');
  }
  getActiveSpreadsheet(): FakeSpreadsheet {
    return this._ss;
  }
  getActive(): FakeSpreadsheet {
    return this._ss;
  }
  getActiveSheet(): FakeSheet {
    return this._ss._active;
  }
  getActiveRange(): FakeRange | null {
    return this._ss.getActiveRange();
  }
  getCurrentCell(): FakeRange {
    return this._ss.getCurrentCell();
  }
  getSelection(): FakeSelection {
    return this._ss.getSelection();
  }
  setActiveSheet(sheet: FakeSheet): FakeSheet {
    return this._ss.setActiveSheet(sheet);
  }
  setActiveRange(range: FakeRange): FakeRange {
    return this._ss.setActiveRange(range);
  }
  getUi(): object {
    return this._ui;
  }
  flush(): void {
    /* writes are immediate in the fake */
  }
  newDataValidation(): FakeDataValidationBuilder {
    return new FakeDataValidationBuilder(this._env);
  }
  newConditionalFormatRule(): FakeConditionalFormatRuleBuilder {
    return new FakeConditionalFormatRuleBuilder(this._env);
  }
  /** The add-on only has spreadsheets.currentonly: opening other files is refused. */
  openById(id: string): never {
    throw gasError(`You do not have permission to call SpreadsheetApp.openById. Required permissions: https://www.googleapis.com/auth/spreadsheets (${id})`);
  }
  openByUrl(url: string): never {
    throw gasError(`You do not have permission to call SpreadsheetApp.openByUrl. Required permissions: https://www.googleapis.com/auth/spreadsheets (${url})`);
  }
  create(name: string): never {
    throw gasError(`You do not have permission to call SpreadsheetApp.create. Required permissions: https://www.googleapis.com/auth/spreadsheets (${name})`);
  }
}

export { colToLetters };
