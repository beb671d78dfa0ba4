/**
 * missing-description: every event says when it fires (the Fires When...
 * cell), so engineers and analysts read it the same way.
 */
import { quote } from './shared';
import type { PlanRule } from './types';

export const missingDescription: PlanRule<'missing-description'> = {
  kind: 'plan',
  id: 'missing-description',
  severity: 'info',
  title: 'Events without a description',
  description: 'Every event has a description in the Fires When... column.',
  doc: {
    reason: 'Without a description of when an event fires, engineers implement it differently on each platform and analysts cannot trust it.',
    good: ['Order Completed, fired "When the order is confirmed and paid"'],
    bad: ['Order Completed with an empty Fires When... cell'],
    fix: 'Write when the event fires in its Fires When... cell.',
  },
  check(plan, _context, report) {
    const column = plan.tabs.track?.header.columns.firesWhen;
    for (const event of plan.events) {
      if (event.firesWhen && event.firesWhen.text.trim() !== '') continue;
      const at = column !== undefined ? { row: event.row, column, text: '' } : { row: event.name.row, column: event.name.column, text: event.name.text };
      report(
        { tab: 'track', ...at },
        {
          message: `${quote(event.name.text)} has no description. Say when it fires in the Fires When... column, so everyone implements and reads it the same way.`,
        },
      );
    }
  },
};
