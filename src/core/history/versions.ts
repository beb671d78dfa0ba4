/**
 * The layout of the hidden versions tab: one block of rows per saved
 * version, one row per part of its JSON (see snapshot.ts). Every text cell
 * carries the part prefix, so a version named "=SUM(A1)" or "2024-01-01"
 * stays text. The columns before Data are enough to list versions without
 * reading their (large) JSON.
 */
import { UserError } from '../errors';
import { decodeVersion, joinParts, PART_PREFIX, splitParts, type StoredVersion, encodeVersion } from './snapshot';

// No caption is one of the template's ("Name", "Event"), so no reader ever takes this tab for a plan tab.
export const VERSIONS_HEADER = ['Version', 'Version Name', 'Saved At', 'Event Count', 'Part', 'Data'] as const;
/** 1-based column of each field. */
export const VERSION_COLUMNS = { id: 1, name: 2, savedAt: 3, events: 4, part: 5, data: 6 } as const;
/** The listing columns (Version to Part), read without the Data column. */
export const LISTING_WIDTH = 5;

export const MAX_NAME_LENGTH = 100;

export interface VersionEntry {
  id: number;
  name: string;
  /** ISO date and time. */
  savedAt: string;
  events: number;
  /** 1-based sheet row of the version's first part. */
  firstRow: number;
  parts: number;
}

/** The name a user typed for a version, tidied; a blank or overlong one is refused. */
export function versionName(input: unknown): string {
  const name = typeof input === 'string' ? input.replace(/\s+/g, ' ').trim() : '';
  if (!name) throw new UserError('Type a name for the version, such as "Release 2.3" or "Approved by analytics".');
  if (name.length > MAX_NAME_LENGTH) throw new UserError(`A version name can be at most ${MAX_NAME_LENGTH} characters long; this one has ${name.length}.`);
  return name;
}

const text = (value: string) => PART_PREFIX + value;
const untext = (value: unknown) => (typeof value === 'string' && value.startsWith(PART_PREFIX) ? value.slice(PART_PREFIX.length) : undefined);

/** The rows that store a version: one per part, the listing columns filled on each. */
export function versionRows(id: number, version: StoredVersion): (string | number)[][] {
  const parts = splitParts(encodeVersion(version));
  return parts.map((part, i) => [id, text(version.name), text(version.savedAt), version.snapshot.events.length, i + 1, part]);
}

/**
 * The versions listed in the tab's first LISTING_WIDTH columns (from row 1,
 * the header), oldest first. Rows the add-on did not write are skipped; a
 * version whose parts are not all there is left out.
 */
export function listVersions(values: readonly (readonly unknown[])[]): VersionEntry[] {
  const versions: VersionEntry[] = [];
  let current: VersionEntry | undefined;
  for (let r = 1; r < values.length; r++) {
    const row = values[r];
    const id = row[VERSION_COLUMNS.id - 1];
    const part = row[VERSION_COLUMNS.part - 1];
    const name = untext(row[VERSION_COLUMNS.name - 1]);
    const savedAt = untext(row[VERSION_COLUMNS.savedAt - 1]);
    const events = row[VERSION_COLUMNS.events - 1];
    if (typeof id !== 'number' || typeof part !== 'number' || name === undefined || savedAt === undefined) {
      current = undefined;
      continue;
    }
    if (part === 1) {
      current = { id, name, savedAt, events: typeof events === 'number' ? events : 0, firstRow: r + 1, parts: 1 };
      versions.push(current);
    } else if (current && current.id === id && part === current.parts + 1) {
      current.parts = part;
    } else {
      current = undefined;
    }
  }
  return versions;
}

/** The next version's number: one more than the highest so far. */
export function nextVersionId(versions: readonly VersionEntry[]): number {
  return versions.reduce((max, v) => Math.max(max, v.id), 0) + 1;
}

/** A version read back from its Data cells; a damaged one is a UserError naming it. */
export function readVersion(entry: VersionEntry, dataCells: readonly unknown[]): StoredVersion {
  const json = joinParts(dataCells);
  const version = json === undefined ? undefined : decodeVersion(json);
  if (!version) throw new UserError(`Version ${entry.id} ("${entry.name}") cannot be read: its stored data was changed or cut short. Save a new version.`);
  return version;
}

/** "Release 2.3 (version 4, 30 Nov 2026)": how a version is named to a person. */
export function versionLabel(entry: Pick<VersionEntry, 'id' | 'name' | 'savedAt'>): string {
  return `"${entry.name}" (version ${entry.id}, ${entry.savedAt.slice(0, 10)})`;
}
