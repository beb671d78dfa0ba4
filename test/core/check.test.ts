import fc from 'fast-check';
import { propertyRuns } from '../property-runs';
import { LONG_NAMES } from './long-names';
import { check, checkName, summarize } from '../../src/core/check';
import type { RuleId } from '../../src/core/finding';
import { parsePlan } from '../../src/core/parse';
import { REGISTRY, RULE_IDS, RULES } from '../../src/core/rules';
import type { NameTarget } from '../../src/core/rules/types';
import { EVENT_CASINGS, PROPERTY_CASINGS, type Settings } from '../../src/core/settings';
import { RESERVED_NAMES } from '../../src/core/specs';
import { allSpecRows, event, settingsWith, sheet, trackPlan, trackRows } from './helpers';
import { finding } from '../findings';

describe('check', () => {
  it('returns findings sorted by tab, row and column, naming the real sheet', () => {
    const plan = parsePlan([
      sheet('track', trackRows([...event('order completed', ['Total'])]), 'Track'),
      sheet('identify', [{ Trait: 'First Name' }, { Trait: 'email', Type: 'text' }]),
      sheet('goals', [{ 'Business Goal': 'Revenue', Events: 'Cart Viewed' }]),
    ]);
    const found = check(plan).filter((f) => f.severity !== 'info');
    expect(found.map((f) => [f.tab, f.row, f.column, f.rule])).toEqual([
      ['Goals', 2, 4, 'goal-event-missing'],
      ['Identify', 2, 1, 'property-casing'],
      ['Identify', 3, 2, 'property-type'],
      ['Track', 2, 3, 'event-casing'],
      ['Track', 3, 6, 'property-casing'],
    ]);
  });

  it('fills every field a finding needs', () => {
    const [found] = check(trackPlan(event('order_completed')));
    // The shared test finding is this very one: event-casing on C2 of the Track tab, every field filled.
    expect(found).toEqual({ ...finding(), message: expect.stringMatching(/^Event names use Title Case/), suggestion: 'Order Completed' });
  });

  it('produces nothing for a disabled rule', () => {
    const plan = trackPlan([...event('order_completed'), ...event('order_completed'), { event: 'Cart Viewed' }]);
    const all = new Set(check(plan).map((f) => f.rule));
    expect(all).toEqual(new Set(['event-casing', 'duplicate-event', 'missing-description']));
    const disabled: RuleId[] = ['event-casing', 'missing-description'];
    expect(check(plan, settingsWith({ disabledRules: disabled })).map((f) => f.rule)).toEqual(['duplicate-event']);
  });

  it('checks numbers, dates and booleans as their displayed text', () => {
    const plan = parsePlan([
      sheet('track', [
        { 'Event Name': 20191101, 'Fires When...': 'x' },
        { 'Event Name': true, 'Fires When...': 'x' },
      ]),
    ]);
    const found = check(plan);
    expect(found.find((f) => f.row === 2)!.rule).toBe('event-dynamic-value');
    expect(found.find((f) => f.row === 3)).toMatchObject({ rule: 'event-object-action', text: 'TRUE' });
  });

  it('counts findings by severity', () => {
    expect(summarize([{ severity: 'error' }, { severity: 'error' }, { severity: 'warning' }, { severity: 'info' }])).toEqual({
      errors: 2,
      warnings: 1,
      infos: 1,
    });
    expect(summarize([])).toEqual({ errors: 0, warnings: 0, infos: 0 });
  });
});

describe('the rule registry', () => {
  it('lists every rule id once, as plain data for the sidebar', () => {
    expect(new Set(RULE_IDS).size).toBe(RULE_IDS.length);
    expect(RULE_IDS).toHaveLength(18);
    expect(JSON.parse(JSON.stringify(RULES))).toEqual(RULES);
    for (const rule of RULES) {
      expect(rule.title).not.toBe('');
      expect(rule.description).not.toBe('');
    }
  });

  it('uses the severities of conventions.md', () => {
    const severity = Object.fromEntries(REGISTRY.map((r) => [r.id, r.severity]));
    expect(severity).toEqual({
      'event-casing': 'error',
      'property-casing': 'error',
      'event-object-action': 'warning',
      'event-dynamic-value': 'error',
      'event-embedded-value': 'error',
      'event-characters': 'error',
      'property-dynamic-key': 'error',
      whitespace: 'error',
      'property-type': 'error',
      'duplicate-event': 'error',
      'duplicate-property': 'error',
      'property-key-family': 'error',
      'event-family': 'warning',
      'property-type-conflict': 'warning',
      'orphan-property': 'error',
      'missing-description': 'info',
      'goal-event-missing': 'warning',
      'event-without-goal': 'info',
    });
  });
});

describe('the built-in specs', () => {
  const plan = trackPlan(allSpecRows());

  it('are all read', () => {
    expect(plan.events.length).toBeGreaterThan(60);
    expect(plan.events.reduce((n, e) => n + e.properties.length, 0)).toBeGreaterThan(600);
  });

  it.each(EVENT_CASINGS.flatMap((eventCasing) => PROPERTY_CASINGS.map((propertyCasing) => [eventCasing, propertyCasing] as const)))(
    'pass with no error and no warning (%s events, %s properties)',
    (eventCasing, propertyCasing) => {
      const findings = check(plan, settingsWith({ eventCasing, propertyCasing }));
      expect(findings.filter((f) => f.severity !== 'info')).toEqual([]);
    },
  );

  it.each(EVENT_CASINGS.flatMap((eventCasing) => PROPERTY_CASINGS.map((propertyCasing) => [eventCasing, propertyCasing] as const)))(
    'keep their spelling: no name rule finds anything in them (%s events, %s properties)',
    (eventCasing, propertyCasing) => {
      const settings = settingsWith({ eventCasing, propertyCasing });
      const found: [string, string[]][] = [];
      for (const e of plan.events) {
        const rules = checkName('event', e.name.text, settings).map((f) => f.rule);
        if (rules.length > 0) found.push([e.name.text, rules]);
        for (const p of e.properties) {
          const rules = checkName('property', p.name.text, settings).map((f) => f.rule);
          if (rules.length > 0) found.push([p.name.text, rules]);
        }
      }
      expect(found).toEqual([]);
    },
  );

  it('pass the casing and Object + Action analyses on their own merits in Title Case', () => {
    for (const e of plan.events) {
      const rules = checkName('event', e.name.text).map((f) => f.rule);
      expect([e.name.text, rules]).toEqual([e.name.text, []]);
    }
  });

  it("and Segment's reserved traits pass on Identify and Group", () => {
    const traits = parsePlan([
      sheet(
        'identify',
        RESERVED_NAMES.identify.map((name) => ({ Trait: name, Type: 'String' })),
      ),
      sheet(
        'group',
        RESERVED_NAMES.group.map((name) => ({ Trait: name, Type: 'String' })),
      ),
    ]);
    expect(check(traits)).toEqual([]);
  });
});

describe('robustness', () => {
  const targets: NameTarget[] = ['event', 'property', 'type', 'page'];
  const anyString = fc.oneof(
    fc.string({ unit: 'binary', maxLength: 60 }),
    fc.string({ unit: 'grapheme', maxLength: 60 }),
    fc
      .array(
        fc.constantFrom(
          'Order',
          'read',
          'Blog',
          'post',
          '_',
          ' ',
          '-',
          ' - ',
          ': ',
          '2019',
          '11-01-2019',
          '{id}',
          'iOS',
          'URL',
          'to',
          'Up',
          'É',
          '"',
          '(',
          ')',
          '.',
          '$',
          '[',
          ']',
          '\t',
          'Added',
          'Sign',
          '@',
          'x.com',
        ),
        { maxLength: 12 },
      )
      .map((parts) => parts.join('')),
  );
  const settingsArb: fc.Arbitrary<Settings> = fc.record({
    eventCasing: fc.constantFrom(...EVENT_CASINGS),
    propertyCasing: fc.constantFrom(...PROPERTY_CASINGS),
    acceptedWords: fc.constantFrom([], ['iOS', 'PayPal']),
    severities: fc.constant({}),
    acceptedFindings: fc.constant([]),
  });

  it('never throws on any string, as any kind of name', () => {
    fc.assert(
      fc.property(anyString, fc.constantFrom(...targets), settingsArb, (text, target, settings) => {
        for (const scope of ['track', 'identify', 'group'] as const) checkName(target, text, settings, scope);
      }),
      propertyRuns(600),
    );
  });

  it('never throws on a plan of any cells', () => {
    const cell = fc.oneof(anyString, fc.integer(), fc.double(), fc.boolean(), fc.constant(null), fc.date({ noInvalidDate: false }));
    fc.assert(
      fc.property(fc.array(fc.tuple(cell, cell, cell, cell), { maxLength: 12 }), settingsArb, (rows, settings) => {
        const plan = parsePlan([
          sheet(
            'track',
            rows.map(([name, property, type, goal]) => ({ 'Event Name': name, 'Property Name': property, Type: type, 'Business Goal': goal })),
          ),
          sheet(
            'identify',
            rows.map(([, trait, type]) => ({ Trait: trait, Type: type })),
          ),
          sheet(
            'goals',
            rows.map(([goal, events]) => ({ 'Business Goal': goal, Events: events })),
          ),
          sheet(
            'page',
            rows.map(([name]) => ({ 'Page or Screen Name': name })),
          ),
        ]);
        check(plan, settings);
      }),
      propertyRuns(200),
    );
  });

  it('offers only suggestions that the same rule then accepts', () => {
    fc.assert(
      fc.property(anyString, fc.constantFrom(...targets), settingsArb, (text, target, settings) => {
        for (const finding of checkName(target, text, settings)) {
          if (finding.suggestion === undefined) continue;
          expect(finding.suggestion).not.toBe(text);
          const again = checkName(target, finding.suggestion, settings).filter((f) => f.rule === finding.rule);
          expect([text, finding.suggestion, again]).toEqual([text, finding.suggestion, []]);
        }
      }),
      propertyRuns(1500),
    );
  });

  it('checks 1,000-character names', () => {
    const long = Array.from({ length: 100 }, (_, i) => `Word${i % 10}x`)
      .join(' ')
      .slice(0, 1000);
    expect(() => checkName('event', long)).not.toThrow();
    expect(checkName('event', 'a'.repeat(1000)).map((f) => f.rule)).toContain('event-casing');
    expect(checkName('property', 'A'.repeat(1000))[0].suggestion).toBe('a'.repeat(1000));
  });

  // Their time is measured in `npm run bench` (bench/names.bench.ts); here, that every target reads them.
  it.each(LONG_NAMES)('checks a 50,000-character name of %s', (_label, text) => {
    for (const target of targets) expect(Array.isArray(checkName(target, text))).toBe(true);
  });
});
