import { defaultSettings, type Settings } from '../../src/core/settings';
import { isDefaultSettings, overrideSettings, settingsFromRows, settingsRows } from '../../src/core/settings-sheet';

const SETTINGS: Settings = {
  eventCasing: 'snake_case',
  propertyCasing: 'camelCase',
  acceptedWords: ['iOS', '=SUM(A1)', '42'],
  severities: { 'event-casing': 'warning', whitespace: 'off' },
  acceptedFindings: [{ rule: 'event-casing', tab: 'Track (Custom)', name: 'iPhone_Opened' }],
};

describe('the settings tab', () => {
  it('round-trips the settings through its rows', () => {
    const rows = settingsRows(SETTINGS);
    expect(rows[1]).toEqual(['Setting', 'Rule', 'Value', 'Tab', 'Name']);
    expect(rows).toContainEqual(['severity', 'event-casing', 'warning', '', '']);
    expect(rows).toContainEqual(['accepted finding', 'event-casing', '', 'Track (Custom)', 'iPhone_Opened']);
    expect(settingsFromRows(rows)).toEqual({ settings: SETTINGS, problems: [] });
  });

  it('reads by the header captions, wherever the columns and the header are, and numbers as text', () => {
    const rows = [
      ['notes'],
      [],
      ['Name', 'Value', 'Setting', 'Tab', 'Rule'],
      ['', 'Sentence case', 'Event casing', '', ''],
      ['', 42, 'Accepted Word', '', ''],
      ['', 'Info', 'SEVERITY', '', 'missing-description'],
      ['x', '', 'colour', '', ''],
    ];
    const { settings, problems } = settingsFromRows(rows);
    expect(problems).toEqual([]);
    expect(settings).toMatchObject({ eventCasing: 'Sentence case', acceptedWords: ['42'], severities: { 'missing-description': 'info' } });
  });

  it('says what it cannot use and falls back', () => {
    const { settings, problems } = settingsFromRows([
      ['Setting', 'Rule', 'Value'],
      ['severity', 'no-such-rule', 'error'],
      ['event casing', '', 'Shouting'],
    ]);
    expect(settings.eventCasing).toBe('Title Case');
    expect(problems).toHaveLength(2);
    expect(settingsFromRows([['what'], ['x']]).problems[0]).toMatch(/no header row/);
  });

  it('knows the defaults need no tab', () => {
    expect(isDefaultSettings(defaultSettings())).toBe(true);
    expect(isDefaultSettings(SETTINGS)).toBe(false);
  });
});

describe('overrideSettings', () => {
  it('lets a config file replace what it names and merges severities rule by rule', () => {
    const { settings, problems } = overrideSettings(SETTINGS, {
      eventCasing: 'Title Case',
      severities: { whitespace: 'error' },
      disabledRules: ['event-family'],
    });
    expect(problems).toEqual([]);
    expect(settings).toEqual({
      ...SETTINGS,
      eventCasing: 'Title Case',
      severities: { 'event-casing': 'warning', whitespace: 'error', 'event-family': 'off' },
    });
    expect(overrideSettings(SETTINGS, {}).settings).toEqual(SETTINGS);
    expect(overrideSettings(SETTINGS, { eventCasing: 'Klingon' }).problems).toHaveLength(1);
  });
});
