/**
 * goal-event-missing: every event a goal lists (Goals tab, Events cell) is in
 * the Track tab, so the map from business goals to events and the plan stay
 * in step.
 */
import { eventKey } from '../plan';
import { quote, quoteList } from './shared';
import type { PlanRule } from './types';

/** Looser than eventKey: "Order_Completed" and "order-completed" find "Order Completed". */
function looseKey(name: string): string {
  return name.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}

export const goalEventMissing: PlanRule<'goal-event-missing'> = {
  kind: 'plan',
  id: 'goal-event-missing',
  severity: 'warning',
  crossTab: true,
  title: 'Goals listing unknown events',
  description: 'Every event a goal lists in its Events cell is in the Track tab.',
  doc: {
    reason: 'A goal that names an event the Track tab lacks points at data nobody will collect, so the goal cannot be measured.',
    good: ['A goal listing "Order Completed" when the Track tab has Order Completed'],
    bad: ['A goal listing "Checkout Finished" when the Track tab has no such event'],
    fix: "Add the event to the Track tab, or correct the name in the goal's Events cell.",
  },
  check(plan, _context, report) {
    if (!plan.tabs.track || !plan.goals.some((goal) => goal.eventNames.length > 0)) return;
    const keys = new Set<string>();
    const loose = new Map<string, string>();
    for (const event of plan.events) {
      keys.add(eventKey(event.name.text));
      const l = looseKey(event.name.text);
      if (!loose.has(l)) loose.set(l, event.name.text.trim());
    }
    const trackName = plan.tabs.track.sheetName;
    for (const goal of plan.goals) {
      if (!goal.events) continue;
      const missing = goal.eventNames.filter((name) => !keys.has(eventKey(name)));
      if (missing.length === 0) continue;
      const near = missing.map((name) => [name, loose.get(looseKey(name))] as const).filter(([, match]) => match !== undefined);
      report(
        { tab: 'goals', row: goal.events.row, column: goal.events.column, text: goal.events.text },
        {
          message: `This goal lists ${quoteList(missing)}, which the ${quote(trackName)} tab does not have.`,
          hint: near.length
            ? near.map(([name, match]) => `For ${quote(name)}, did you mean ${quote(match!)}?`).join(' ')
            : 'Add the event to the Track tab, or correct its name here.',
        },
      );
    }
  },
};
