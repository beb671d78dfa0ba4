/** Status values and what they mean for exports. */
import { isPreviousStatusList, readStatus, selectForExport } from '../../../src/core/history/status';
import { trackPlan } from '../helpers';
import { STATUSES } from '../../../src/core/template';
import { parsePlan } from '../../../src/core/parse';
import { sheet } from '../helpers';

function planWith(statuses: string[]) {
  return parsePlan([
    sheet(
      'track',
      statuses.map((status, i) => ({ 'Event Name': `Event ${i}`, 'Fires When...': 'x', Status: status })),
    ),
  ]);
}

describe('status', () => {
  it('puts In Review and Approved between Planned and In Progress', () => {
    expect(STATUSES).toEqual(['Planned', 'In Review', 'Approved', 'In Progress', 'Implemented', 'Deprecated']);
  });

  it('reads the values as typed, old and new', () => {
    expect(readStatus(' in  review ')).toBe('In Review');
    expect(readStatus('IMPLEMENTED')).toBe('Implemented');
    expect(readStatus('Shipped')).toBeUndefined();
    expect(readStatus('')).toBeUndefined();
  });

  it('recognises only its own earlier Status list', () => {
    expect(isPreviousStatusList([['Planned', 'In Progress', 'Implemented', 'Deprecated'], true])).toBe(true);
    expect(isPreviousStatusList([['Planned', 'In Progress', 'Done'], true])).toBe(false);
    expect(isPreviousStatusList([[...STATUSES], true])).toBe(false);
    expect(isPreviousStatusList(['A1:A9'])).toBe(false);
  });
});

describe('selectForExport', () => {
  it('leaves Deprecated events out, with a note, and keeps the plan as it is', () => {
    const plan = planWith(['Planned', 'deprecated', '', 'Implemented']);
    const { plan: selected, note } = selectForExport(plan);
    expect(selected.events.map((e) => e.name.text)).toEqual(['Event 0', 'Event 2', 'Event 3']);
    expect(note).toBe('Left out 1 Deprecated event ("Event 1"); it stays in the sheet.');
    expect(plan.events).toHaveLength(4);
  });

  it('with approvedOnly keeps only Approved and Implemented events', () => {
    const { plan, note } = selectForExport(planWith(['Planned', 'Approved', 'In Review', 'Implemented', 'Deprecated', '']), { approvedOnly: true });
    expect(plan.events.map((e) => e.name.text)).toEqual(['Event 1', 'Event 3']);
    expect(note).toMatch(/Left out 1 Deprecated event/);
    expect(note).toMatch(/Left out 3 events not yet Approved or Implemented \("Event 0", "Event 2", "Event 5"\)/);
  });

  it('changes nothing when every event is exported', () => {
    const plan = trackPlan([{ event: 'A' }, { event: 'B' }]);
    expect(selectForExport(plan)).toEqual({ plan, note: '' });
  });
});

describe('selectForExport with nothing left', () => {
  it('says why there is nothing to export', () => {
    expect(() => selectForExport(planWith(['Planned', 'In Review']), { approvedOnly: true })).toThrow(
      /nothing to export: every event was left out\. Left out 2 events not yet Approved/,
    );
  });
});
