/**
 * orphan-property: a property row with no event row above it in the Track
 * tab belongs to no event, so nothing would send it.
 */
import type { PlanRule } from './types';

export const orphanProperty: PlanRule<'orphan-property'> = {
  kind: 'plan',
  id: 'orphan-property',
  severity: 'error',
  title: 'Properties without an event',
  description: 'Every property row sits under an event row in the Track tab.',
  doc: {
    reason: 'A property row with no event above it belongs to no event, so no export or code generator can place it.',
    good: ['A property row under its event row'],
    bad: ['A property row above the first event row of the Track tab'],
    fix: 'Move the row under the event that sends the property, or add the event row above it.',
  },
  check(plan, _context, report) {
    for (const property of plan.orphans) {
      report(
        { tab: 'track', row: property.name.row, column: property.name.column, text: property.name.text },
        {
          message: 'This property row has no event row above it, so it belongs to no event.',
          hint: 'Write the event name in the Event Name column above this row, or move the row under its event.',
        },
      );
    }
  },
};
