/**
 * duplicate-event: each event is described once. Names compare case- and
 * space-insensitively ("Order Completed" = "order completed "); the second
 * and later rows are reported, pointing back at the first.
 */
import { eventKey, type TrackEvent } from '../plan';
import { quote } from './shared';
import type { PlanRule } from './types';

export const duplicateEvent: PlanRule<'duplicate-event'> = {
  kind: 'plan',
  id: 'duplicate-event',
  severity: 'error',
  title: 'Duplicate events',
  description: 'The same event name appears only once in the Track tab (ignoring case, spaces and invisible characters).',
  doc: {
    reason: 'Two rows for one event split its properties and descriptions between them, and exports and code generators get the event twice.',
    good: ['Order Completed', 'Order Refunded'],
    bad: ['Order Completed, and order completed on another row', 'Order Completed, and Order\u200bCompleted (with a zero-width space) on another row'],
    fix: 'Keep one row for the event and move the properties that only the other row lists under it.',
  },
  check(plan, _context, report) {
    const first = new Map<string, TrackEvent>();
    for (const event of plan.events) {
      const key = eventKey(event.name.text);
      if (key === '') continue;
      const earlier = first.get(key);
      if (!earlier) {
        first.set(key, event);
        continue;
      }
      report(
        { tab: 'track', row: event.name.row, column: event.name.column, text: event.name.text },
        {
          message: `${quote(event.name.text)} is already in the plan on row ${earlier.row}${earlier.name.text === event.name.text ? '' : ` as ${quote(earlier.name.text)}`}. An event is described once, with all its properties.`,
          hint: `Keep one of the two rows and move any properties that only this one lists under it.`,
        },
      );
    }
  },
};
