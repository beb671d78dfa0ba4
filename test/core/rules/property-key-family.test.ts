import { check } from '../../../src/core/check';
import { parsePlan } from '../../../src/core/parse';
import { counterKey } from '../../../src/core/rules/property-key-family';
import { event, settingsWith, sheet, trackPlan } from '../helpers';

const families = (plan: ReturnType<typeof trackPlan>, settings = settingsWith({})) => check(plan, settings).filter((f) => f.rule === 'property-key-family');

describe('property-key-family', () => {
  it('reports feature_1 and feature_2, suggesting one list property in the hint', () => {
    const found = families(trackPlan(event('Plan Upgraded', ['feature_1', 'feature_2', 'plan_name'])));
    expect(found.map((f) => f.text)).toEqual(['feature_1', 'feature_2']);
    expect(found[0]).toMatchObject({ severity: 'error' });
    expect(found[0].suggestion).toBeUndefined();
    expect(found[0].message).toContain('"feature_1" and "feature_2"');
    expect(found[0].hint).toContain('features');
  });

  it.each([[['variant_a', 'variant_b']], [['variantA', 'variantB']], [['step1_time', 'step2_time', 'step3_time']], [['address_line_1', 'address_line_2']]])(
    'reports %j',
    (names) => {
      expect(families(trackPlan(event('Thing Done', names)))).toHaveLength(names.length);
    },
  );

  it.each([[['position_x', 'position_y']], [['first_name', 'last_name']], [['feature_1', 'features']], [['trial_start_date', 'trial_end_date']]])(
    'accepts %j',
    (names) => {
      expect(families(trackPlan(event('Thing Done', names)))).toEqual([]);
    },
  );

  it('looks within one event only', () => {
    expect(families(trackPlan([...event('A Done', ['feature_1']), ...event('B Done', ['feature_2'])]))).toEqual([]);
  });

  it('checks traits within their tab', () => {
    const plan = parsePlan([sheet('identify', [{ Trait: 'phone_1' }, { Trait: 'phone_2' }])]);
    expect(
      check(plan)
        .filter((f) => f.rule === 'property-key-family')
        .map((f) => f.tab),
    ).toEqual(['Identify', 'Identify']);
  });

  it('names the single property in the property casing', () => {
    const found = families(trackPlan(event('Plan Upgraded', ['feature1', 'feature2'])), settingsWith({ propertyCasing: 'camelCase' }));
    expect(found[0].hint).toContain('features');
  });

  it('keys names by their counters', () => {
    expect(counterKey('feature_1')).toBe('feature_#');
    expect(counterKey('feature_12')).toBe('feature_#');
    expect(counterKey('variant_a')).toBe('variant_@');
    expect(counterKey('position_x')).toBeUndefined();
    expect(counterKey('product_id')).toBeUndefined();
  });
});
