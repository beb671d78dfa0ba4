/**
 * event-without-goal: the planning guide's "less is more": track what serves
 * a business goal. Only applies once the Goals tab maps goals to events;
 * before that, every event would be reported and the advice would be noise.
 */
import { eventKey } from '../plan';
import { quote } from './shared';
import type { PlanRule } from './types';

export const eventWithoutGoal: PlanRule = {
  kind: 'plan',
  id: 'event-without-goal',
  severity: 'info',
  title: 'Events no goal needs',
  description: 'Once goals list their events, every event is listed by a goal or names one in its Business Goal cell.',
  check(plan, _context, report) {
    const listed = new Set<string>();
    for (const goal of plan.goals) for (const name of goal.eventNames) listed.add(eventKey(name));
    if (listed.size === 0) return;
    for (const event of plan.events) {
      if (event.businessGoal && event.businessGoal.text.trim() !== '') continue;
      if (listed.has(eventKey(event.name.text))) continue;
      report(
        { tab: 'track', row: event.name.row, column: event.name.column, text: event.name.text },
        {
          message: `No goal lists ${quote(event.name.text)}, and its Business Goal cell is empty. Track what serves a business goal: less is more.`,
          hint: 'Add the event to a goal in the Goals tab, fill its Business Goal cell, or consider dropping it.',
        },
      );
    }
  },
};
