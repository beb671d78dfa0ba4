import { check } from '../../../src/core/check';
import { parsePlan } from '../../../src/core/parse';
import { event, sheet, trackRows } from '../helpers';

const withoutGoal = (goals: Record<string, string>[], rows: ReturnType<typeof event>) =>
  check(parsePlan([sheet('goals', goals), sheet('track', trackRows(rows))])).filter((f) => f.rule === 'event-without-goal');

describe('event-without-goal', () => {
  const rows = [...event('Order Completed'), ...event('Cart Viewed'), ...event('Banner Clicked', [], { goal: 'Awareness' })];

  it('reports events no goal lists and with no Business Goal, once goals list events', () => {
    const found = withoutGoal([{ 'Business Goal': 'Revenue', Events: 'Order Completed' }], rows);
    expect(found.map((f) => [f.text, f.severity, f.row])).toEqual([['Cart Viewed', 'info', 3]]);
  });

  it('stays quiet while no goal lists any event', () => {
    expect(withoutGoal([{ 'Business Goal': 'Revenue', Events: '' }], rows)).toEqual([]);
    expect(check(parsePlan([sheet('track', trackRows(rows))])).filter((f) => f.rule === 'event-without-goal')).toEqual([]);
  });
});
