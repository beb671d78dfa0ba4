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

  it('ignores invisible characters and unusual spaces when it compares names', () => {
    const plan = trackPlan([
      ...event('Order Completed'),
      ...event('Order\u200bCompleted'),
      ...event('Order\u00a0Completed\u200e'),
      ...event('\ufeffOrder Completed'),
    ]);
    expect(duplicates(plan).map((f) => f.row)).toEqual([4, 5]);
    // A zero-width space is removed, not read as a space: "OrderCompleted" is another name.
    expect(duplicates(trackPlan([...event('OrderCompleted'), ...event('Order\u200bCompleted')])).map((f) => f.row)).toEqual([3]);
  });
});
