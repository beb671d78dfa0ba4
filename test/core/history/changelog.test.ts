/** The Changelog tab's rows. */
import { changelogContent, CHANGELOG_HEADER } from '../../../src/core/history/changelog';
import { VERSIONS_HEADER } from '../../../src/core/history/versions';
import { detectTabKind } from '../../../src/core/parse';
import { type Change } from '../../../src/core/history/diff';

describe('changelogContent', () => {
  const changes: Change[] = [
    { breaking: false, kind: 'status', event: 'A', before: 'Planned', after: 'Approved', message: 'status changed' },
    { breaking: true, kind: 'property-removed', event: '=HYPERLINK("x")', property: '-p', message: 'property removed' },
  ];

  it('titles the tab, puts breaking changes first and keeps names from becoming formulas', () => {
    const { rows, headerRow } = changelogContent('Changes from "v1" to the current plan', changes);
    expect(headerRow).toBe(2);
    expect(rows[0][0]).toBe('Changes from "v1" to the current plan: 1 breaking change and 1 other change.');
    expect(rows[1]).toEqual([...CHANGELOG_HEADER]);
    expect(rows.slice(2)).toEqual([
      ['breaking', `'=HYPERLINK("x")`, "'-p", 'property removed', '', ''],
      ['change', 'A', '', 'status changed', 'Planned', 'Approved'],
    ]);
    expect(new Set(rows.map((r) => r.length))).toEqual(new Set([CHANGELOG_HEADER.length]));
  });
});

describe("the add-on's own tabs are never taken for plan tabs", () => {
  it('by their header captions', () => {
    const { rows } = changelogContent('Changes', [{ breaking: true, kind: 'event-removed', event: 'A', message: 'event removed' }]);
    expect(detectTabKind({ name: 'Some tab', values: rows })).toBeUndefined();
    expect(detectTabKind({ name: 'Some tab', values: [[...VERSIONS_HEADER]] })).toBeUndefined();
  });
});
