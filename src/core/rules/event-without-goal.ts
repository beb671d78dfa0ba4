/**
 * event-without-goal: the planning guide's "less is more": track what serves
 * a business goal. Only applies once the Goals tab maps goals to events;
 * before that, every event would be reported and the advice would be noise.
 */
import { eventKey } from '../plan';
import { quote } from './shared';
import type { PlanRule } from './types';

export const eventWithoutGoal: PlanRule<'event-without-goal'> = {
  kind: 'plan',
  id: 'event-without-goal',
  severity: 'info',
  crossTab: true,
  title: 'Events no goal needs',
  description: 'Once goals list their events, every event is listed by a goal or names one in its Business Goal cell.',
  doc: {
    reason: 'The planning guide\'s "less is more": an event no business goal needs costs effort to keep right and clutters every report.',
    good: ["An event listed in a goal's Events cell", 'An event whose Business Goal cell is filled'],
    bad: ['An event no goal lists, with an empty Business Goal cell, once the Goals tab lists events'],
    fix: 'Add the event to a goal in the Goals tab, fill its Business Goal cell, or drop the event.',
  },
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
