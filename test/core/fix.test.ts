import { type Finding } from '../../src/core/finding';
import { fixesForRule, fixForTarget, groupFixes, STALE_MESSAGE } from '../../src/core/fix';
import { finding as unfixable } from '../findings';

/** The shared finding, with the suggestion a fix writes. */
function finding(over: Partial<Finding>): Finding {
  return unfixable({ suggestion: 'Order Completed', ...over });
}

describe('fixForTarget', () => {
  const findings = [finding({}), finding({ rule: 'event-object-action', suggestion: undefined })];

  it('gives the suggestion for the cell the user picked', () => {
    expect(fixForTarget(findings, { rule: 'event-casing', tab: 'Track (Custom)', row: 2, column: 3, text: 'order_completed' })).toEqual({
      tab: 'Track (Custom)',
      row: 2,
      column: 3,
      value: 'Order Completed',
    });
  });

  it('refuses when the cell no longer holds what the user saw', () => {
    expect(() => fixForTarget(findings, { rule: 'event-casing', tab: 'Track (Custom)', row: 2, column: 3, text: 'order_complete' })).toThrow(STALE_MESSAGE);
    expect(() => fixForTarget(findings, { rule: 'event-casing', tab: 'Track (Custom)', row: 3, column: 3, text: 'order_completed' })).toThrow(STALE_MESSAGE);
  });

  it('refuses a finding without a suggestion, as a user error', () => {
    let error: unknown;
    try {
      fixForTarget(findings, { rule: 'event-object-action', tab: 'Track (Custom)', row: 2, column: 3, text: 'order_completed' });
    } catch (e) {
      error = e;
    }
    expect((error as Error).name).toBe('UserError');
    expect((error as Error).message).toMatch(/no suggested fix/);
  });
});

describe('fixesForRule', () => {
  it('takes every finding of the rule that has a suggestion, once per cell', () => {
    const fixes = fixesForRule(
      [
        finding({ row: 2 }),
        finding({ row: 2 }),
        finding({ row: 5, text: 'signUp', suggestion: 'Sign Up' }),
        finding({ row: 7, suggestion: undefined }),
        finding({ row: 9, rule: 'whitespace', suggestion: 'x' }),
      ],
      'event-casing',
    );
    expect(fixes.map((f) => [f.row, f.value])).toEqual([
      [2, 'Order Completed'],
      [5, 'Sign Up'],
    ]);
  });
});

describe('groupFixes', () => {
  it('writes adjacent fixed cells as one run and scattered ones grouped by value', () => {
    const writes = groupFixes([
      { tab: 'T', row: 2, column: 6, value: 'a_b' },
      { tab: 'T', row: 3, column: 6, value: 'c_d' },
      { tab: 'T', row: 5, column: 6, value: 'x' },
      { tab: 'T', row: 9, column: 6, value: 'x' },
      { tab: 'T', row: 12, column: 3, value: 'Y' },
      { tab: 'G', row: 4, column: 1, value: 'x' },
    ]);
    expect(writes).toEqual([
      { kind: 'run', tab: 'T', row: 2, column: 6, values: [['a_b'], ['c_d']] },
      { kind: 'same-value', tab: 'T', a1s: ['C12'], value: 'Y' },
      { kind: 'same-value', tab: 'T', a1s: ['F5', 'F9'], value: 'x' },
      { kind: 'same-value', tab: 'G', a1s: ['A4'], value: 'x' },
    ]);
  });
});
