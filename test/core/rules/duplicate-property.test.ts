import { check } from '../../../src/core/check';
import { parsePlan } from '../../../src/core/parse';
import { event, sheet, trackPlan } from '../helpers';

describe('duplicate-property', () => {
  it('reports a property listed twice under one event', () => {
    const plan = trackPlan(event('Order Completed', ['order_id', 'total', 'Order_ID']));
    const found = check(plan).filter((f) => f.rule === 'duplicate-property');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ row: 5, column: 6, text: 'Order_ID', severity: 'error' });
    expect(found[0].message).toContain('row 3');
  });

  it('allows the same property under different events', () => {
    const plan = trackPlan([...event('Order Completed', ['order_id']), ...event('Order Refunded', ['order_id'])]);
    expect(check(plan).filter((f) => f.rule === 'duplicate-property')).toEqual([]);
  });

  it('reports a trait listed twice in one tab', () => {
    const plan = parsePlan([sheet('identify', [{ Trait: 'email' }, { Trait: 'plan' }, { Trait: 'email' }]), sheet('group', [{ Trait: 'email' }])]);
    const found = check(plan).filter((f) => f.rule === 'duplicate-property');
    expect(found.map((f) => [f.tab, f.row])).toEqual([['Identify', 4]]);
  });
});
