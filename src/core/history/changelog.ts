/**
 * The Changelog tab's content: a line saying what was compared, a header,
 * and one row per change, breaking changes first so a reviewer sees them
 * before anything else. Cells that would start a formula are written as
 * text (a leading apostrophe), since names come from the sheet.
 */
import { type Change, changesSummary } from './diff';

// Not "Event" and "Property": those are the Track tab's captions, and a reader finding a header by caption would take this tab for it.
export const CHANGELOG_HEADER = ['Class', 'Changed Event', 'Changed Property', 'Change', 'Before', 'After'] as const;

/** Sheets reads a value starting with these as a formula; an apostrophe keeps it text. */
function literal(text: string): string {
  return /^[=+\-@]/.test(text) ? `'${text}` : text;
}

export interface ChangelogContent {
  /** Every row of the tab, all of equal width. */
  rows: string[][];
  /** 1-based row of the header, to freeze. */
  headerRow: number;
}

/** `title` says what was compared: 'Changes from "Release 1" (version 1, 2026-11-02) to the current plan'. */
export function changelogContent(title: string, changes: readonly Change[]): ChangelogContent {
  const width = CHANGELOG_HEADER.length;
  const pad = (cells: string[]) => [...cells, ...new Array<string>(width - cells.length).fill('')];
  const ordered = [...changes.filter((c) => c.breaking), ...changes.filter((c) => !c.breaking)];
  const rows = [
    pad([literal(`${title}: ${changesSummary(changes)}`)]),
    [...CHANGELOG_HEADER],
    ...ordered.map((c) => [
      c.breaking ? 'breaking' : 'change',
      literal(c.event),
      literal(c.property ?? ''),
      literal(c.message),
      literal(c.before ?? ''),
      literal(c.after ?? ''),
    ]),
  ];
  return { rows, headerRow: 2 };
}
