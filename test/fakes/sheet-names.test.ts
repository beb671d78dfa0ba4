/** Sheet names are unique regardless of case in Sheets; the fake refuses as Sheets does, with its message. */
import { createFakeServices } from '../../fakes/index';

const taken = (name: string) => `A sheet with the name "${name}" already exists. Please enter another name.`;

describe('sheet names', () => {
  it('insertSheet refuses a name that differs from an existing one only in case', () => {
    const s = createFakeServices({ sheets: { 'Track (Custom)': [['x']] } });
    expect(() => s.spreadsheet.insertSheet('track (custom)')).toThrow(taken('track (custom)'));
    expect(() => s.spreadsheet.insertSheet('TRACK (CUSTOM)', 0)).toThrow(taken('TRACK (CUSTOM)'));
    expect(s.spreadsheet.getSheets().map((sh) => sh.getName())).toEqual(['Track (Custom)']);
  });

  it('setName refuses another tab’s name in any case, and accepts a new case of its own name', () => {
    const s = createFakeServices({ sheets: { Goals: [['x']], Notes: [['y']] } });
    const notes = s.spreadsheet.getSheetByName('Notes')!;
    expect(() => notes.setName('GOALS')).toThrow(taken('GOALS'));
    expect(notes.getName()).toBe('Notes');
    notes.setName('NOTES');
    expect(notes.getName()).toBe('NOTES');
  });
});
