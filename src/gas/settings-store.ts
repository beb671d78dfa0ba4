/**
 * What the add-on keeps in the document properties: the convention settings
 * (shared by everyone who opens the document), the summary of the last
 * check, and which tabs carry the add-on's marks. All of it is read with
 * two calls once per run and written with one.
 */
import { type Settings } from '../core/settings';
import { type FixBatch, parseFixBatch } from '../core/fix-history';
import { joinParts, splitIntoParts } from '../core/property-parts';
import { decodeSettingsProperties, settingsProperties } from '../core/settings-properties';
import { decodeUnseen, encodeUnseen, type UnseenEvents, unseenParts } from '../core/coverage/unseen';
import { type SummaryDto } from './api-types';

export const LAST_CHECK_KEY = 'trackingPlan.lastCheck';
export const MARKS_KEY = 'trackingPlan.marks';
/**
 * A new value after every change the sidebar shows (a check, a fix, Clear,
 * an insert, set-up, settings, an edit on a plan tab): the open sidebar
 * polls it (two calls, see readChangeStamp) and reloads its view only when
 * it moved.
 *
 * A stamp ending in PENDING has not been seen by a sidebar yet. getSidebarState
 * drops the mark when it reads the sheet, and onEdit writes a new stamp only
 * when the mark is gone: a run of edits nobody is watching costs no call,
 * and each edit after a sidebar looked costs one.
 */
export const STAMP_KEY = 'trackingPlan.stamp';
export const PENDING = '*';

let stamps = 0;
/** A new, not yet seen stamp: unique enough between executions (time) and within one (a counter). */
export function newStamp(): string {
  stamps++;
  return `${Date.now().toString(36)}.${stamps.toString(36)}.${Math.floor(Math.random() * 1e6).toString(36)}${PENDING}`;
}

/** The change stamp, in two calls: getDocumentProperties and getProperty. */
export function readChangeStamp(propertiesService: GoogleAppsScript.Properties.PropertiesService): string {
  return propertiesService.getDocumentProperties().getProperty(STAMP_KEY) ?? '';
}

/** The last batch of fixes, for Undo (in parts when large, see core/property-parts.ts). */
export const LAST_FIX_KEY = 'trackingPlan.lastFix';
/** Fix batches larger than this (about 1,500 cells) are not kept: Undo says so. */
export const MAX_FIX_BATCH_CHARS = 120_000;

export type LastCheck = SummaryDto & { at: string };

/** Per sheet name: the fingerprint of the highlight rules written, and whether the add-on had to widen the sheet for its column. */
export interface MarkedTab {
  fingerprint: string;
  insertedColumn?: boolean;
}

/** Present while checks are on for the document (after a check, until Clear checks). */
export interface MarksState {
  tabs: Record<string, MarkedTab>;
}

export interface DocumentState {
  settings: Settings;
  warnings: string[];
  lastCheck: LastCheck | null;
  marks: MarksState | null;
  /** The planned events the last coverage import did not see (marked "not seen" by every check). */
  unseen: UnseenEvents | null;
}

function parseJson<T>(json: string | undefined, valid: (x: unknown) => boolean): T | null {
  if (!json) return null;
  try {
    const value = JSON.parse(json);
    return valid(value) ? (value as T) : null;
  } catch (_) {
    return null;
  }
}

const isObject = (x: unknown): x is Record<string, unknown> => !!x && typeof x === 'object' && !Array.isArray(x);

export function decodeState(props: Record<string, string>): DocumentState {
  const { settings, warnings } = decodeSettingsProperties(props);
  const lastCheck = parseJson<LastCheck>(props[LAST_CHECK_KEY], (x) => isObject(x) && typeof x.at === 'string' && typeof x.errors === 'number');
  const marks = parseJson<MarksState>(props[MARKS_KEY], (x) => isObject(x) && isObject(x.tabs));
  return { settings, warnings, lastCheck, marks, unseen: decodeUnseen(props) };
}

export class DocumentStore {
  private properties: GoogleAppsScript.Properties.Properties | undefined;
  private state: DocumentState | undefined;
  private raw: Record<string, string> | undefined;

  constructor(private readonly propertiesService: GoogleAppsScript.Properties.PropertiesService) {}

  private props(): GoogleAppsScript.Properties.Properties {
    if (!this.properties) this.properties = this.propertiesService.getDocumentProperties();
    return this.properties;
  }

  /** Everything the add-on stores, read once per run. */
  read(): DocumentState {
    if (!this.state) {
      this.raw = this.props().getProperties() ?? {};
      this.state = decodeState(this.raw);
    }
    return this.state;
  }

  /** Stores settings in one call (plus one per stale part of larger settings stored before); refuses settings over the stated limit. */
  saveSettings(settings: Settings): void {
    this.read();
    const { set, remove } = settingsProperties(settings, this.raw ?? {});
    this.props().setProperties({ ...set, [STAMP_KEY]: newStamp() });
    for (const key of remove) this.props().deleteProperty(key);
    this.state = { ...this.read(), settings, warnings: [] };
  }

  /**
   * The change stamp for a sidebar that is about to read the sheet, marked
   * seen (one call when it was not yet). Call it before reading the tabs, so
   * an edit made while they are read moves the stamp again.
   */
  seenStamp(): string {
    this.read();
    const stamp = (this.raw ?? {})[STAMP_KEY] ?? '';
    if (!stamp.endsWith(PENDING)) return stamp;
    const seen = stamp.slice(0, -PENDING.length);
    this.props().setProperty(STAMP_KEY, seen);
    if (this.raw) this.raw[STAMP_KEY] = seen;
    return seen;
  }

  /** Moves the change stamp, in one call once the properties are open. */
  touch(): void {
    this.props().setProperty(STAMP_KEY, newStamp());
  }

  /** Moves the change stamp unless a change is already waiting to be seen (then no call). */
  touchUnlessPending(): void {
    const stamp = (this.raw ?? {})[STAMP_KEY] ?? '';
    if (!stamp.endsWith(PENDING)) this.touch();
  }

  /** The last batch of fixes, if one is kept. */
  fixBatch(): FixBatch | null {
    this.read();
    return parseFixBatch(joinParts(LAST_FIX_KEY, this.raw ?? {}));
  }

  /**
   * Records a check in one call, moving the change stamp; `marks` null means
   * checks are off (Clear checks). `fixBatch` replaces the batch Undo
   * restores (null forgets it); returns false when the batch was too large to keep.
   */
  saveCheck(update: { lastCheck?: LastCheck; marks?: MarksState | null; fixBatch?: FixBatch | null }): boolean {
    const values: Record<string, string> = { [STAMP_KEY]: newStamp() };
    if (update.lastCheck) values[LAST_CHECK_KEY] = JSON.stringify(update.lastCheck);
    if (update.marks) values[MARKS_KEY] = JSON.stringify(update.marks);
    let kept = true;
    const remove: string[] = [];
    if (update.fixBatch !== undefined) {
      this.read();
      const json = update.fixBatch ? JSON.stringify(update.fixBatch) : '';
      kept = json.length <= MAX_FIX_BATCH_CHARS;
      if (json && kept) {
        const parts = splitIntoParts(LAST_FIX_KEY, json, this.raw ?? {});
        Object.assign(values, parts.set);
        remove.push(...parts.remove);
      } else {
        remove.push(...Object.keys(this.raw ?? {}).filter((k) => k === LAST_FIX_KEY || k.startsWith(`${LAST_FIX_KEY}.part`)));
      }
    }
    this.props().setProperties(values);
    for (const key of remove) this.props().deleteProperty(key);
    if (update.marks === null) this.props().deleteProperty(MARKS_KEY);
    const state = this.read();
    this.state = { ...state, lastCheck: update.lastCheck ?? state.lastCheck, marks: update.marks === undefined ? state.marks : update.marks };
    if (this.raw) {
      for (const key of remove) delete this.raw[key];
      Object.assign(this.raw, values);
    }
    return kept;
  }

  /** Records the planned events a coverage import did not see, in one call. */
  saveUnseen(unseen: UnseenEvents | null): void {
    const previous = unseenParts(this.props().getProperties() ?? {});
    this.props().setProperties(encodeUnseen(unseen, previous));
    this.state = { ...this.read(), unseen };
  }
}
