import { check } from '../../../src/core/check';
import { event, trackPlan } from '../helpers';

const duplicates = (plan: ReturnType<typeof trackPlan>) => check(plan).filter((f) => f.rule === 'duplicate-event');

describe('duplicate-event', () => {
  it('reports the second and later occurrences, naming the row of the first', () => {
    const plan = trackPlan([...event('Order Completed'), ...event('Cart Viewed'), ...event('order  completed '), ...event('ORDER COMPLETED')]);
    const found = duplicates(plan);
    expect(found.map((f) => [f.row, f.column, f.text])).toEqual([
      [4, 3, 'order  completed '],
      [5, 3, 'ORDER COMPLETED'],
    ]);
    expect(found[0]).toMatchObject({ severity: 'error', tab: 'Track (Custom)' });
    expect(found[0].message).toContain('row 2');
    expect(found[0].suggestion).toBeUndefined();
  });

  it('tells different events apart', () => {
    expect(duplicates(trackPlan([...event('Order Completed'), ...event('Order Completed Twice'), ...event('Order_Completed')]))).toEqual([]);
  });
});
