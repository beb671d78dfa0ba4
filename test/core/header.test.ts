import { findHeader, readHeaderRow, HEADER_SEARCH_ROWS } from '../../src/core/header';
import { tabDef } from '../../src/core/template';

const TRACK = tabDef('track');

describe('findHeader', () => {
  it("finds Segment's original header below a title band, by its aliases", () => {
    const values: unknown[][] = [
      ['Tracking Plan'],
      ['Minimize rows'],
      [],
      [],
      [],
      [],
      [],
      [],
      [],
      ['', 'Spec', 'Name', 'Fires when...', 'prop name', 'type', 'prop description'],
    ];
    const header = findHeader(TRACK, values)!;
    expect(header.row).toBe(10);
    expect(header.columns).toEqual({ spec: 2, event: 3, firesWhen: 4, property: 5, type: 6, propertyDescription: 7 });
    expect(header.missing).toEqual(['priority', 'businessGoal', 'required', 'allowedValues', 'status', 'notes']);
  });

  it('matches captions case-insensitively and ignoring trailing dots', () => {
    const header = findHeader(TRACK, [['EVENT NAME.', 'property name ', 'fires when']])!;
    expect(header.columns).toMatchObject({ event: 1, property: 2, firesWhen: 3 });
  });

  it('follows moved columns and keeps the first of duplicated ones', () => {
    const header = findHeader(TRACK, [['Notes', 'Property Name', 'Type', 'Event Name', 'Type']])!;
    expect(header.columns).toMatchObject({ notes: 1, property: 2, type: 3, event: 4 });
    expect(header.duplicated).toEqual(['Type']);
  });

  it('reads hidden columns like any other (values come back for them)', () => {
    const header = readHeaderRow(TRACK, ['Event Name', '', 'Property Name'], 1);
    expect(header.columns).toMatchObject({ event: 1, property: 3 });
  });

  it('gives up below the first rows', () => {
    const values: unknown[][] = new Array(HEADER_SEARCH_ROWS).fill(['title']);
    values.push(['Event Name', 'Property Name']);
    expect(findHeader(TRACK, values)).toBeUndefined();
  });

  it('needs every header key: a row with only "Event Name" is not the Track header', () => {
    expect(findHeader(TRACK, [['Event Name', 'Type']])).toBeUndefined();
  });
});
