import { check } from '../../../src/core/check';
import { event, trackPlan } from '../helpers';

describe('orphan-property', () => {
  it('reports property rows above the first event, and checks their names as well', () => {
    const plan = trackPlan([{ property: 'order_id' }, { property: 'Total Price' }, ...event('Order Completed', ['total'])]);
    const found = check(plan);
    expect(found.filter((f) => f.rule === 'orphan-property').map((f) => [f.row, f.column, f.text])).toEqual([
      [2, 6, 'order_id'],
      [3, 6, 'Total Price'],
    ]);
    expect(found.find((f) => f.rule === 'orphan-property')!.severity).toBe('error');
    expect(found.find((f) => f.rule === 'property-casing')!.text).toBe('Total Price');
  });

  it('has nothing to say when every property has an event', () => {
    expect(check(trackPlan(event('Order Completed', ['total']))).filter((f) => f.rule === 'orphan-property')).toEqual([]);
  });
});
