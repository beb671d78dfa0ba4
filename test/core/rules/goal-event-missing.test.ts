import { check } from '../../../src/core/check';
import { parsePlan } from '../../../src/core/parse';
import { event, sheet, trackRows } from '../helpers';

function plan(goalEvents: string[], events: string[]) {
  return parsePlan([
    sheet(
      'goals',
      goalEvents.map((cell, i) => ({ 'Business Goal': `Goal ${i + 1}`, Events: cell })),
    ),
    sheet('track', trackRows(events.flatMap((name) => event(name)))),
  ]);
}

describe('goal-event-missing', () => {
  it('reports a goal whose Events cell names an event the Track tab does not have, on that cell', () => {
    const found = check(plan(['Order Completed\nCart Viewed, Checkout Started'], ['Order Completed', 'Checkout Started'])).filter(
      (f) => f.rule === 'goal-event-missing',
    );
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ severity: 'warning', tab: 'Goals', row: 2, column: 4 });
    expect(found[0].message).toContain('"Cart Viewed"');
    expect(found[0].message).not.toContain('"Order Completed"');
  });

  it('suggests the event a near miss meant, in the hint', () => {
    const [finding] = check(plan(['order_completed'], ['Order Completed'])).filter((f) => f.rule === 'goal-event-missing');
    expect(finding.hint).toContain('did you mean "Order Completed"?');
  });

  it('compares names case- and space-insensitively', () => {
    expect(check(plan(['order completed '], ['Order Completed'])).filter((f) => f.rule === 'goal-event-missing')).toEqual([]);
  });

  it('says nothing when there is no Track tab to compare with', () => {
    const onlyGoals = parsePlan([sheet('goals', [{ 'Business Goal': 'Grow', Events: 'Order Completed' }])]);
    expect(check(onlyGoals).filter((f) => f.rule === 'goal-event-missing')).toEqual([]);
  });
});
