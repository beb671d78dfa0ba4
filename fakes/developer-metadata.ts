/**
 * Developer metadata in the fake: key/value pairs attached to the spreadsheet, a sheet, or
 * whole rows or columns, visible only to scripts. The add-on uses it as the marker of
 * what it owns (its Checks column, its Coverage / Changelog / versions / settings tabs),
 * because no user can type it.
 *
 * Behaviour modelled after the Apps Script reference (Spreadsheet/Sheet/Range
 * addDeveloperMetadata, getDeveloperMetadata, createDeveloperMetadataFinder,
 * DeveloperMetadata, DeveloperMetadataLocation, DeveloperMetadataFinder) and the Sheets
 * API's DeveloperMetadata resource:
 * - a Range takes metadata only when it spans whole rows or whole columns;
 * - row and column metadata moves with its rows/columns when others are inserted or
 *   deleted, and is removed with them;
 * - a sheet's metadata (its own, its rows' and its columns') goes with the sheet;
 * - a finder scoped to a sheet finds the sheet's own and its rows'/columns' metadata; one
 *   scoped to a range finds metadata wholly inside the range;
 * - getDeveloperMetadata() returns what is attached to that very object.
 * Assumed where the docs are silent (see README.md beside this file): the error texts
 * below, and a limit of 30,000 characters of keys and values per spreadsheet and per sheet.
 */
import { type FakeEnv, FakeObject, gasError } from './calls';
import type { FakeRange, FakeSheet, FakeSpreadsheet } from './spreadsheet';

export const DeveloperMetadataLocationType = { SPREADSHEET: 'SPREADSHEET', SHEET: 'SHEET', ROW: 'ROW', COLUMN: 'COLUMN' } as const;
export const DeveloperMetadataVisibility = { DOCUMENT: 'DOCUMENT', PROJECT: 'PROJECT' } as const;
export type LocationType = keyof typeof DeveloperMetadataLocationType;

const CHARACTER_LIMIT = 30000;

/** Where one piece of metadata lives: start/count are 1-based rows or columns. */
export interface MetadataPlace {
  type: LocationType;
  sheet?: FakeSheet;
  start?: number;
  count?: number;
}

export class FakeDeveloperMetadata extends FakeObject {
  constructor(
    env: FakeEnv,
    private _store: MetadataStore,
    readonly _id: number,
    public _key: string,
    public _value: string | null,
    public _visibility: string,
    public _place: MetadataPlace,
  ) {
    super(env, 'DeveloperMetadata');
  }
  getId(): number {
    return this._id;
  }
  getKey(): string {
    return this._key;
  }
  getValue(): string | null {
    return this._value;
  }
  getVisibility(): string {
    return this._visibility;
  }
  getLocation(): FakeDeveloperMetadataLocation {
    return new FakeDeveloperMetadataLocation(this._env, this._store._ss, this._place);
  }
  setKey(key: string): FakeDeveloperMetadata {
    this._key = checkKey(key);
    this._store._checkLimit(this._place);
    return this;
  }
  setValue(value: string): FakeDeveloperMetadata {
    this._value = value === null || value === undefined ? null : String(value);
    this._store._checkLimit(this._place);
    return this;
  }
  setVisibility(visibility: string): FakeDeveloperMetadata {
    this._visibility = checkVisibility(visibility);
    return this;
  }
  remove(): void {
    this._store._remove(this);
  }
  moveToSheet(sheet: FakeSheet): FakeDeveloperMetadata {
    this._place = { type: 'SHEET', sheet };
    return this;
  }
  moveToSpreadsheet(): FakeDeveloperMetadata {
    this._place = { type: 'SPREADSHEET' };
    return this;
  }
  moveToColumn(range: FakeRange): FakeDeveloperMetadata {
    this._place = this._store._placeOf(range, 'COLUMN');
    return this;
  }
  moveToRow(range: FakeRange): FakeDeveloperMetadata {
    this._place = this._store._placeOf(range, 'ROW');
    return this;
  }
}

export class FakeDeveloperMetadataLocation extends FakeObject {
  constructor(
    env: FakeEnv,
    private _ss: FakeSpreadsheet,
    private _place: MetadataPlace,
  ) {
    super(env, 'DeveloperMetadataLocation');
  }
  getLocationType(): string {
    return this._place.type;
  }
  getSpreadsheet(): FakeSpreadsheet | null {
    return this._place.type === 'SPREADSHEET' ? this._ss : null;
  }
  getSheet(): FakeSheet | null {
    return this._place.type === 'SHEET' ? this._place.sheet! : null;
  }
  getColumn(): FakeRange | null {
    const p = this._place;
    return p.type === 'COLUMN' ? p.sheet!._range(1, p.start!, p.sheet!._maxRows, p.count!) : null;
  }
  getRow(): FakeRange | null {
    const p = this._place;
    return p.type === 'ROW' ? p.sheet!._range(p.start!, 1, p.count!, p.sheet!._maxCols) : null;
  }
}

/** What a finder may see: the whole spreadsheet, one sheet, or whole rows/columns of a range. */
export interface FinderScope {
  sheet?: FakeSheet;
  box?: { r: number; c: number; nr: number; nc: number };
  intersecting?: boolean;
}

export class FakeDeveloperMetadataFinder extends FakeObject {
  private _filters: ((m: FakeDeveloperMetadata) => boolean)[] = [];
  constructor(
    env: FakeEnv,
    private _store: MetadataStore,
    private _scope: FinderScope,
  ) {
    super(env, 'DeveloperMetadataFinder');
  }
  /** Every withX narrows the search by one more condition. */
  private _where(filter: (m: FakeDeveloperMetadata) => boolean): this {
    this._filters.push(filter);
    return this;
  }
  withId(id: number): FakeDeveloperMetadataFinder {
    return this._where((m) => m._id === id);
  }
  withKey(key: string): FakeDeveloperMetadataFinder {
    return this._where((m) => m._key === key);
  }
  withValue(value: string): FakeDeveloperMetadataFinder {
    return this._where((m) => m._value === value);
  }
  withVisibility(visibility: string): FakeDeveloperMetadataFinder {
    return this._where((m) => m._visibility === visibility);
  }
  withLocationType(type: string): FakeDeveloperMetadataFinder {
    if (!(type in DeveloperMetadataLocationType)) throw gasError(`Invalid argument: locationType`);
    return this._where((m) => m._place.type === type);
  }
  onIntersectingLocations(): FakeDeveloperMetadataFinder {
    this._scope = { ...this._scope, intersecting: true };
    return this;
  }
  find(): FakeDeveloperMetadata[] {
    return this._store._entries.filter((m) => this._store._inScope(m, this._scope) && this._filters.every((f) => f(m)));
  }
}

function checkKey(key: unknown): string {
  if (typeof key !== 'string' || key === '') throw gasError('Invalid argument: key');
  return key;
}

function checkVisibility(v: unknown): string {
  if (v !== 'DOCUMENT' && v !== 'PROJECT') throw gasError('Invalid argument: visibility');
  return v;
}

/** The spreadsheet's metadata, kept in one list so ids are unique and finders are simple. */
export class MetadataStore {
  _entries: FakeDeveloperMetadata[] = [];
  private _nextId = 1000;
  constructor(
    private _env: FakeEnv,
    readonly _ss: FakeSpreadsheet,
  ) {}

  /** addDeveloperMetadata(key), (key, visibility), (key, value), (key, value, visibility). */
  _add(place: MetadataPlace, args: unknown[]): void {
    const key = checkKey(args[0]);
    let value: string | null = null;
    let visibility = 'DOCUMENT';
    if (args.length === 2) {
      if (args[1] === 'DOCUMENT' || args[1] === 'PROJECT') visibility = args[1];
      else value = String(args[1]);
    } else if (args.length >= 3) {
      value = args[1] === null || args[1] === undefined ? null : String(args[1]);
      visibility = checkVisibility(args[2]);
    }
    const entry = new FakeDeveloperMetadata(this._env, this, this._nextId++, key, value, visibility, place);
    this._entries.push(entry);
    try {
      this._checkLimit(place);
    } catch (e) {
      this._entries.pop();
      throw e;
    }
  }

  _checkLimit(place: MetadataPlace): void {
    const owner = place.sheet;
    let total = 0;
    for (const m of this._entries) if (m._place.sheet === owner) total += m._key.length + (m._value ?? '').length;
    if (total > CHARACTER_LIMIT) {
      throw gasError(
        `Adding this developer metadata would exceed the ${CHARACTER_LIMIT} character limit of developer metadata ${owner ? 'on a sheet' : 'on a spreadsheet'}.`,
      );
    }
  }

  _remove(entry: FakeDeveloperMetadata): void {
    this._entries = this._entries.filter((m) => m !== entry);
  }

  /** The place of a range given metadata: it must span whole rows or whole columns. */
  _placeOf(range: FakeRange, wanted?: 'ROW' | 'COLUMN'): MetadataPlace {
    const sheet = range._sheet;
    const { r, c, nr, nc } = range._box;
    const wholeColumns = r === 1 && nr === sheet._maxRows;
    const wholeRows = c === 1 && nc === sheet._maxCols;
    if (wanted !== 'ROW' && wholeColumns) return { type: 'COLUMN', sheet, start: c, count: nc };
    if (wanted !== 'COLUMN' && wholeRows) return { type: 'ROW', sheet, start: r, count: nr };
    throw gasError(
      'Adding developer metadata to arbitrary ranges is not currently supported. Developer metadata may only be added to the top-level spreadsheet, an individual sheet, or an entire row or column.',
    );
  }

  _onSheet(sheet: FakeSheet): FakeDeveloperMetadata[] {
    return this._entries.filter((m) => m._place.type === 'SHEET' && m._place.sheet === sheet);
  }
  _onRange(range: FakeRange): FakeDeveloperMetadata[] {
    const place = this._placeOf(range);
    return this._entries.filter(
      (m) => m._place.sheet === place.sheet && m._place.type === place.type && m._place.start === place.start && m._place.count === place.count,
    );
  }
  _onSpreadsheet(): FakeDeveloperMetadata[] {
    return this._entries.filter((m) => m._place.type === 'SPREADSHEET');
  }

  _inScope(m: FakeDeveloperMetadata, scope: FinderScope): boolean {
    if (!scope.sheet) return true;
    const p = m._place;
    if (p.sheet !== scope.sheet) return false;
    const box = scope.box;
    if (!box) return true;
    if (p.type !== 'ROW' && p.type !== 'COLUMN') return false;
    // A range's scope: metadata on rows/columns wholly inside it (or, when intersecting, touching it).
    const [lo, hi, spansOther] =
      p.type === 'ROW'
        ? [box.r, box.r + box.nr - 1, box.c === 1 && box.nc === scope.sheet._maxCols]
        : [box.c, box.c + box.nc - 1, box.r === 1 && box.nr === scope.sheet._maxRows];
    const s = p.start!;
    const e = s + p.count! - 1;
    if (scope.intersecting) return s <= hi && e >= lo;
    return spansOther && s >= lo && e <= hi;
  }

  /** Rows or columns inserted before `pos`: metadata at or after it moves down/right. */
  _inserted(sheet: FakeSheet, type: 'ROW' | 'COLUMN', pos: number, n: number): void {
    for (const m of this._entries) {
      const p = m._place;
      if (p.sheet !== sheet || p.type !== type) continue;
      if (p.start! >= pos) p.start! += n;
      else if (p.start! + p.count! - 1 >= pos) p.count! += n;
    }
  }

  /** Rows or columns deleted: metadata on them only goes, a span shrinks, later ones move back. */
  _deleted(sheet: FakeSheet, type: 'ROW' | 'COLUMN', pos: number, n: number): void {
    const end = pos + n - 1;
    this._entries = this._entries.filter((m) => {
      const p = m._place;
      if (p.sheet !== sheet || p.type !== type) return true;
      const s = p.start!;
      const e = s + p.count! - 1;
      const overlap = Math.max(0, Math.min(e, end) - Math.max(s, pos) + 1);
      if (overlap === p.count) return false;
      p.count = p.count! - overlap;
      if (s > end) p.start = s - n;
      else if (s >= pos) p.start = pos;
      return true;
    });
  }

  _sheetDeleted(sheet: FakeSheet): void {
    this._entries = this._entries.filter((m) => m._place.sheet !== sheet);
  }
}
