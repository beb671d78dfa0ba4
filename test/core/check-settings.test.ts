/** How the document's settings shape a check: per-rule severities and accepted findings. */
import { check, openFindings, summarize } from '../../src/core/check';
import { event, settingsWith, trackPlan } from './helpers';

describe('check under per-rule severities', () => {
  const plan = trackPlan([...event('order_completed'), ...event('order_completed'), { event: 'Cart Viewed' }]);

  it('reports each rule at the severity the settings give it', () => {
    const own = check(plan);
    expect(own.filter((f) => f.rule === 'event-casing').map((f) => f.severity)).toEqual(['error', 'error']);
    const changed = check(plan, settingsWith({ severities: { 'event-casing': 'info', 'duplicate-event': 'warning' } }));
    expect(changed.filter((f) => f.rule === 'event-casing').map((f) => f.severity)).toEqual(['info', 'info']);
    expect(changed.filter((f) => f.rule === 'duplicate-event').map((f) => f.severity)).toEqual(['warning']);
    expect(summarize(changed).errors).toBe(0);
  });

  it('runs no rule set to off, and still honours the old switched-off list', () => {
    const off = check(plan, settingsWith({ severities: { 'event-casing': 'off', 'missing-description': 'off' } }));
    expect(off.map((f) => f.rule)).toEqual(['duplicate-event']);
    const old = check(plan, settingsWith({ disabledRules: ['event-casing', 'missing-description'] }));
    expect(old.map((f) => f.rule)).toEqual(['duplicate-event']);
  });
});

describe('check with accepted findings', () => {
  const plan = trackPlan([...event('order_completed'), ...event('cart_viewed')]);

  it('marks an accepted finding accepted, matching the tab case-insensitively and the name with its spaces collapsed', () => {
    const settings = settingsWith({ acceptedFindings: [{ rule: 'event-casing', tab: 'track (custom)', name: ' order_completed ' }] });
    const found = check(plan, settings).filter((f) => f.rule === 'event-casing');
    expect(found.map((f) => [f.text, f.accepted === true])).toEqual([
      ['order_completed', true],
      ['cart_viewed', false],
    ]);
  });

  it('counts accepted findings apart and leaves them out of what is marked', () => {
    const settings = settingsWith({ acceptedFindings: [{ rule: 'event-casing', tab: 'Track (Custom)', name: 'order_completed' }] });
    const found = check(plan, settings);
    const all = summarize(check(plan));
    expect(summarize(found)).toEqual({ ...all, errors: all.errors - 1, accepted: 1 });
    expect(openFindings(found).some((f) => f.text === 'order_completed' && f.rule === 'event-casing')).toBe(false);
    expect(openFindings(found)).toHaveLength(found.length - 1);
  });

  it('accepts only the named rule, on the named tab', () => {
    const otherRule = settingsWith({ acceptedFindings: [{ rule: 'event-object-action', tab: 'Track (Custom)', name: 'order_completed' }] });
    expect(check(plan, otherRule).some((f) => f.accepted)).toBe(false);
    const otherTab = settingsWith({ acceptedFindings: [{ rule: 'event-casing', tab: 'Goals', name: 'order_completed' }] });
    expect(check(plan, otherTab).some((f) => f.accepted)).toBe(false);
  });
});
