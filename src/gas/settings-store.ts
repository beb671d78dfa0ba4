/**
 * What the add-on keeps in the document properties: the convention settings
 * (shared by everyone who opens the document), the summary of the last
 * check, and which tabs carry the add-on's marks. All of it is read with
 * two calls once per run and written with one.
 */
import { Settings } from '../core/settings';
import { decodeSettings, encodeSettings, SETTINGS_KEY } from '../core/settings-store';
import { decodeUnseen, encodeUnseen, UnseenEvents, unseenParts } from '../core/coverage/unseen';
import { SummaryDto } from './api-types';

export const LAST_CHECK_KEY = 'trackingPlan.lastCheck';
export const MARKS_KEY = 'trackingPlan.marks';

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
  const { settings, warnings } = decodeSettings(props[SETTINGS_KEY]);
  const lastCheck = parseJson<LastCheck>(props[LAST_CHECK_KEY], (x) => isObject(x) && typeof x.at === 'string' && typeof x.errors === 'number');
  const marks = parseJson<MarksState>(props[MARKS_KEY], (x) => isObject(x) && isObject(x.tabs));
  return { settings, warnings, lastCheck, marks, unseen: decodeUnseen(props) };
}

export class DocumentStore {
  private properties: GoogleAppsScript.Properties.Properties | undefined;
  private state: DocumentState | undefined;

  constructor(private readonly propertiesService: GoogleAppsScript.Properties.PropertiesService) {}

  private props(): GoogleAppsScript.Properties.Properties {
    if (!this.properties) this.properties = this.propertiesService.getDocumentProperties();
    return this.properties;
  }

  /** Everything the add-on stores, read once per run. */
  read(): DocumentState {
    if (!this.state) this.state = decodeState(this.props().getProperties() ?? {});
    return this.state;
  }

  saveSettings(settings: Settings): void {
    this.props().setProperty(SETTINGS_KEY, encodeSettings(settings));
    this.state = { ...this.read(), settings, warnings: [] };
  }

  /** Records a check in one call; `marks` null means checks are off (Clear checks). */
  saveCheck(update: { lastCheck?: LastCheck; marks?: MarksState | null }): void {
    const values: Record<string, string> = {};
    if (update.lastCheck) values[LAST_CHECK_KEY] = JSON.stringify(update.lastCheck);
    if (update.marks) values[MARKS_KEY] = JSON.stringify(update.marks);
    if (Object.keys(values).length) this.props().setProperties(values);
    if (update.marks === null) this.props().deleteProperty(MARKS_KEY);
    const state = this.read();
    this.state = { ...state, lastCheck: update.lastCheck ?? state.lastCheck, marks: update.marks === undefined ? state.marks : update.marks };
  }

  /** Records the planned events a coverage import did not see, in one call. */
  saveUnseen(unseen: UnseenEvents | null): void {
    const previous = unseenParts(this.props().getProperties() ?? {});
    this.props().setProperties(encodeUnseen(unseen, previous));
    this.state = { ...this.read(), unseen };
  }
}
