import { DEFAULT_SETTINGS } from '../../src/core/settings';
import { decodeSettings, encodeSettings, settingsToSave } from '../../src/core/settings-properties';

describe('settings in the document properties', () => {
  it('reads nothing stored as the defaults, without warnings', () => {
    expect(decodeSettings(null)).toEqual({ settings: { ...DEFAULT_SETTINGS }, warnings: [] });
  });

  it('round-trips what it stores', () => {
    const settings = {
      eventCasing: 'snake_case' as const,
      propertyCasing: 'camelCase' as const,
      acceptedWords: ['iOS'],
      severities: { 'event-family': 'off' as const },
      acceptedFindings: [],
    };
    expect(decodeSettings(encodeSettings(settings))).toEqual({ settings, warnings: [] });
  });

  it('falls back with a warning on garbage, field by field', () => {
    const garbage = decodeSettings('{oops');
    expect(garbage.settings).toEqual({ ...DEFAULT_SETTINGS });
    expect(garbage.warnings[0]).toMatch(/^Stored convention settings: /);
    const partly = decodeSettings(JSON.stringify({ eventCasing: 'Klingon', acceptedWords: ['PayPal'] }));
    expect(partly.settings.eventCasing).toBe('Title Case');
    expect(partly.settings.acceptedWords).toEqual(['PayPal']);
    expect(partly.warnings).toHaveLength(1);
  });

  it('refuses to save what it does not understand, and merges what it does over the current settings', () => {
    const current = { ...DEFAULT_SETTINGS, acceptedWords: ['iOS'], severities: {}, acceptedFindings: [] };
    expect(settingsToSave(current, { eventCasing: 'camelCase' })).toEqual({ ...current, eventCasing: 'camelCase' });
    expect(() => settingsToSave(current, { eventCasing: 'Klingon' })).toThrow(
      /^These settings cannot be saved: Unknown event name casing "Klingon": choose one of .*\. Nothing was changed\.$/,
    );
    expect(() => settingsToSave(current, { eventCasing: 'Klingon' })).not.toThrow(/Using/);
    expect(() => settingsToSave(current, [1])).toThrow(/not in the expected form/);
  });
});
