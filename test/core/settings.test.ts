import { DEFAULT_SETTINGS, defaultSettings, parseList, parseSettings, serializeSettings, validateSettings } from '../../src/core/settings';

describe('validateSettings', () => {
  it('gives the defaults of conventions.md for nothing at all', () => {
    expect(validateSettings(undefined)).toEqual({
      settings: { eventCasing: 'Title Case', propertyCasing: 'snake_case', acceptedWords: [], severities: {}, acceptedFindings: [] },
      problems: [],
    });
    expect(validateSettings({})).toEqual({ settings: defaultSettings(), problems: [] });
  });

  it('keeps valid settings as they are', () => {
    const raw = {
      eventCasing: 'snake_case',
      propertyCasing: 'camelCase',
      acceptedWords: ['iOS', 'PayPal'],
      severities: { 'event-family': 'off', 'missing-description': 'warning' },
      acceptedFindings: [{ rule: 'event-casing', tab: 'Track (Custom)', name: 'iPhone_Opened' }],
    };
    expect(validateSettings(raw)).toEqual({ settings: raw, problems: [] });
  });

  it('reads casings however they are spelled', () => {
    expect(validateSettings({ eventCasing: 'title case', propertyCasing: 'SNAKE CASE' }).settings).toMatchObject({
      eventCasing: 'Title Case',
      propertyCasing: 'snake_case',
    });
    expect(validateSettings({ eventCasing: 'sentence-case' }).settings.eventCasing).toBe('Sentence case');
    expect(validateSettings({ eventCasing: 'Pascal Case' }).settings.eventCasing).toBe('PascalCase');
  });

  it('falls back to the default, field by field, with a clear message for an unknown casing', () => {
    const { settings, problems } = validateSettings({ eventCasing: 'Kebab', propertyCasing: 'camelCase' });
    expect(settings.eventCasing).toBe('Title Case');
    expect(settings.propertyCasing).toBe('camelCase');
    expect(problems).toEqual([expect.stringContaining('Unknown event name casing "Kebab"')]);
    expect(problems[0]).toContain('Title Case, Sentence case, lower case, snake_case, camelCase, PascalCase');
    expect(validateSettings({ propertyCasing: 'PascalCase' }).problems[0]).toContain('Unknown property name casing "PascalCase"');
    expect(validateSettings({ eventCasing: 42 }).problems[0]).toContain('Unknown event name casing 42');
  });

  it('reads the switched-off rules older versions stored as severity off, dropping unknown ids with a message', () => {
    const { settings, problems } = validateSettings({ disabledRules: ['event-family', 'no-such-rule', 'EVENT-CASING', 'event-family'] });
    expect(settings.severities).toEqual({ 'event-family': 'off', 'event-casing': 'off' });
    expect(settings).not.toHaveProperty('disabledRules');
    expect(problems).toEqual([expect.stringContaining('Unknown rule "no-such-rule"')]);
  });

  it('reads per-rule severities, a stated severity winning over an old switch', () => {
    const { settings, problems } = validateSettings({
      disabledRules: ['event-family', 'whitespace'],
      severities: { 'Event-Family': 'Warning', 'event-casing': 'off', 'no-such-rule': 'error', whitespace: 'loud' },
    });
    expect(settings.severities).toEqual({ 'event-family': 'warning', 'event-casing': 'off', whitespace: 'off' });
    expect(problems).toEqual([expect.stringContaining('Unknown rule "no-such-rule"'), expect.stringContaining('Unknown severity "loud" for whitespace')]);
    expect(validateSettings({ severities: ['error'] }).problems[0]).toContain('Rule severities must be');
  });

  it('reads accepted findings, without duplicates, and refuses incomplete ones', () => {
    const { settings, problems } = validateSettings({
      acceptedFindings: [
        { rule: 'event-casing', tab: 'Track (Custom)', name: 'iPhone_Opened' },
        { rule: 'EVENT-CASING', tab: ' track (custom) ', name: ' iPhone_Opened' },
        { rule: 'no-such-rule', tab: 'Track', name: 'x' },
        { rule: 'event-casing', name: 'x' },
        'event-casing',
      ],
    });
    expect(settings.acceptedFindings).toEqual([{ rule: 'event-casing', tab: 'Track (Custom)', name: 'iPhone_Opened' }]);
    expect(problems).toHaveLength(3);
    expect(problems[0]).toMatch(/needs a known rule, a tab and a name/);
    expect(validateSettings({ acceptedFindings: 'x' }).problems[0]).toContain('Accepted findings must be a list');
  });

  it('reads lists written as text, one per line or separated by commas', () => {
    expect(validateSettings({ acceptedWords: 'iOS, PayPal\nmacOS\n\n', disabledRules: 'event-family; missing-description' }).settings).toMatchObject({
      acceptedWords: ['iOS', 'PayPal', 'macOS'],
      severities: { 'event-family': 'off', 'missing-description': 'off' },
    });
    expect(parseList(undefined)).toEqual([]);
  });

  it('explains what it cannot use', () => {
    expect(validateSettings('Title Case').problems).toEqual([expect.stringContaining('not a set of named values')]);
    expect(validateSettings({ acceptedWords: [{}, 'iOS'] })).toEqual({
      settings: { ...defaultSettings(), acceptedWords: ['iOS'] },
      problems: [expect.stringContaining('is not a word')],
    });
    expect(validateSettings({ acceptedWords: 7 }).problems[0]).toContain('Accepted words must be a list');
    expect(validateSettings({ disabledRules: { a: 1 } }).problems[0]).toContain('Disabled rules must be a list');
    expect(validateSettings({ colour: 'red' }).problems[0]).toContain('Unknown setting "colour"');
  });

  it('never hands out the shared defaults to be changed', () => {
    const { settings } = validateSettings(undefined);
    settings.acceptedWords.push('iOS');
    expect(DEFAULT_SETTINGS.acceptedWords).toEqual([]);
  });
});

describe('parseSettings and serializeSettings', () => {
  it('round-trip', () => {
    const settings = {
      eventCasing: 'lower case' as const,
      propertyCasing: 'camelCase' as const,
      acceptedWords: ['iOS'],
      severities: { whitespace: 'off' as const, 'event-casing': 'info' as const },
      acceptedFindings: [{ rule: 'event-casing' as const, tab: 'Track', name: 'Order_Done' }],
    };
    expect(parseSettings(serializeSettings(settings))).toEqual({ settings, problems: [] });
  });

  it('treat blank text as the defaults and bad JSON as a problem', () => {
    expect(parseSettings('')).toEqual({ settings: defaultSettings(), problems: [] });
    expect(parseSettings(null).settings).toEqual(defaultSettings());
    expect(parseSettings('{oops')).toEqual({ settings: defaultSettings(), problems: [expect.stringContaining('not valid JSON')] });
  });
});

describe('exportApprovedOnly', () => {
  it('is off by default and absent from stored settings until switched on', () => {
    expect(validateSettings({}).settings.exportApprovedOnly).toBeUndefined();
    expect(serializeSettings(defaultSettings())).not.toContain('exportApprovedOnly');
    const on = validateSettings({ exportApprovedOnly: true }).settings;
    expect(on.exportApprovedOnly).toBe(true);
    expect(parseSettings(serializeSettings(on)).settings.exportApprovedOnly).toBe(true);
    expect(validateSettings({ exportApprovedOnly: 'TRUE' }).settings.exportApprovedOnly).toBe(true);
    expect(validateSettings({ exportApprovedOnly: false }).settings).toEqual(defaultSettings());
  });

  it('refuses anything but true or false', () => {
    const { settings, problems } = validateSettings({ exportApprovedOnly: 'yes please' });
    expect(settings.exportApprovedOnly).toBeUndefined();
    expect(problems).toEqual(['Export only approved events must be true or false, not "yes please". It is off.']);
  });
});
