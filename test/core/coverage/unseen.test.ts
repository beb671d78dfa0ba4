/** The last import's unseen events: stored across document properties, marked on the plan's name cells. */
import { check } from '../../../src/core/check';
import { decodeUnseen, encodeUnseen, UNSEEN_KEY, unseenParts, withUnseen } from '../../../src/core/coverage/unseen';
import { parsePlan } from '../../../src/core/parse';
import { tab } from '../../fixtures/plans';

describe('unseen events in the document properties', () => {
  it('spreads a long list over numbered keys below the 9 KB value limit, and reads it back', () => {
    const names = Array.from({ length: 1500 }, (_, i) => `Event Number ${i} Viewed`);
    const props = encodeUnseen({ at: '2024-05-01T10:00:00.000Z', names });
    expect(Object.keys(props).length).toBeGreaterThan(1);
    for (const value of Object.values(props)) expect(value.length).toBeLessThanOrEqual(8000);
    expect(decodeUnseen(props)).toEqual({ at: '2024-05-01T10:00:00.000Z', names });
    // A shorter list blanks the parts it no longer needs.
    const shorter = encodeUnseen({ at: '2024-05-02T10:00:00.000Z', names: ['A Viewed'] }, unseenParts(props));
    expect(Object.keys(shorter)).toEqual(Object.keys(props));
    expect(decodeUnseen({ ...props, ...shorter })).toEqual({ at: '2024-05-02T10:00:00.000Z', names: ['A Viewed'] });
  });

  it('reads nothing from missing or broken values', () => {
    expect(decodeUnseen({})).toBeNull();
    expect(decodeUnseen({ [UNSEEN_KEY]: '{"at":' })).toBeNull();
  });

  it("adds a warning on the name cell of each unseen planned event, in the check's order", () => {
    const plan = parsePlan([tab('track', [{ 'Event Name': 'order_completed' }, { 'Event Name': 'Cart Viewed' }, { 'Event Name': 'Product Viewed' }])]);
    const findings = withUnseen(check(plan), plan, { at: '2024-05-01T10:00:00.000Z', names: ['order_completed', 'Product Viewed', 'Gone Event'] });
    expect(findings.map((f) => `${f.row}:${f.column} ${f.rule} ${f.severity}`)).toEqual([
      '2:3 event-casing error',
      '2:3 event-not-seen warning',
      '2:4 missing-description info',
      '3:4 missing-description info',
      '4:3 event-not-seen warning',
      '4:4 missing-description info',
    ]);
    expect(findings[1].message).toBe('Not seen in the last import of observed data (2024-05-01)');
  });
});
