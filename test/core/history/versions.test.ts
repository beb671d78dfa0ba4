/** The hidden versions tab's rows: written, listed and read back. */
import {
  listVersions,
  nextVersionId,
  readVersion,
  versionName,
  versionRows,
  VERSIONS_HEADER,
  LISTING_WIDTH,
  VERSION_COLUMNS,
} from '../../../src/core/history/versions';
import { PART_LENGTH, type StoredVersion } from '../../../src/core/history/snapshot';

function version(name: string, events: number): StoredVersion {
  return {
    name,
    savedAt: '2026-11-30T12:00:00.000Z',
    snapshot: { events: Array.from({ length: events }, (_, i) => ({ name: `Event ${i}`, status: 'Planned', description: 'd'.repeat(100), properties: [] })) },
  };
}

describe('versions tab', () => {
  const big = version('2024-01-01', 1000);
  const rows = [[...VERSIONS_HEADER], ...versionRows(1, version('=SUM(A1)', 2)), ...versionRows(2, big)];

  it('stores a large version in several rows, every text cell prefixed', () => {
    const bigRows = versionRows(2, big);
    expect(bigRows.length).toBeGreaterThan(1);
    for (const row of bigRows) {
      expect(String(row[VERSION_COLUMNS.data - 1]).length).toBeLessThanOrEqual(PART_LENGTH + 1);
      expect(String(row[VERSION_COLUMNS.name - 1])).toBe('~2024-01-01');
    }
  });

  it('lists versions from the listing columns and reads one back from its data cells', () => {
    const listed = listVersions(rows.map((r) => r.slice(0, LISTING_WIDTH)));
    expect(listed.map((v) => [v.id, v.name, v.events, v.firstRow, v.parts])).toEqual([
      [1, '=SUM(A1)', 2, 2, 1],
      [2, '2024-01-01', 1000, 3, rows.length - 2],
    ]);
    expect(nextVersionId(listed)).toBe(3);
    const entry = listed[1];
    const data = rows.slice(entry.firstRow - 1, entry.firstRow - 1 + entry.parts).map((r) => r[VERSION_COLUMNS.data - 1]);
    expect(readVersion(entry, data)).toEqual(big);
  });

  it('skips rows it did not write and names a damaged version', () => {
    const messy = [...rows.slice(0, 2), ['a note someone typed'], ...rows.slice(2)];
    const listed = listVersions(messy);
    expect(listed.map((v) => v.id)).toEqual([1, 2]);
    expect(() => readVersion(listed[1], ['~{"format":1'])).toThrow(/Version 2 \("2024-01-01"\) cannot be read/);
  });

  it('needs a name, tidied, of reasonable length', () => {
    expect(versionName('  Release   2 ')).toBe('Release 2');
    expect(() => versionName('   ')).toThrow(/Type a name/);
    expect(() => versionName(undefined)).toThrow(/Type a name/);
    expect(() => versionName('x'.repeat(101))).toThrow(/at most 100/);
    expect(nextVersionId([])).toBe(1);
  });
});
