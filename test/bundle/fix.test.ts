/** Fixes from the sidebar's server functions: one cell, or every finding of one rule. */
import { CHECKS_CAPTION } from '../../src/core/marks';
import { clickMenuItem, type FakeServices, type SheetDump } from '../../fakes';
import { col, eventRow, HEADERS, letter, markKeys, propertyRow, row, seedPlan, TRACK } from './checks-helpers';
import { ensureBuilt, open } from './sheet-helpers';

beforeAll(ensureBuilt);

const EVENT = col('track', 'Event Name');

function seed(services: FakeServices): void {
  seedPlan(
    services,
    [
      eventRow('order_completed', 'The order is placed.'),
      propertyRow('orderId', 'String', 'Order id.'),
      eventRow('product_viewed', 'A product page opens.'),
      propertyRow('productId', 'String', 'Product id.'),
      propertyRow('cartValue', 'Number', 'Value.'),
      eventRow('Cart Viewed', 'The cart opens.'),
      eventRow('signUpClicked', 'Sign-up.'),
      row('track', { 'Fires When...': 'A formula names this event.', 'Business Goal': 'Revenue' }),
    ],
    [row('goals', { 'Business Goal': 'Revenue', Events: 'Cart Viewed' })],
  );
  // A formula in the Event Name column: fixing other cells must leave it a formula.
  services.spreadsheet.testSheet(TRACK).testSetFormula(`${letter(EVENT)}9`, '="Coupon "&"Applied"', 'Coupon Applied');
}

/** Every cell of every tab, apart from the Checks column, that differs between two dumps. */
function changedCells(before: Record<string, SheetDump>, after: Record<string, SheetDump>): string[] {
  const changed: string[] = [];
  for (const tab of Object.keys(before)) {
    const a = before[tab];
    const b = after[tab];
    const checks = b.values[0].indexOf(CHECKS_CAPTION);
    const rows = Math.max(a.values.length, b.values.length);
    for (let r = 0; r < rows; r++) {
      const width = Math.max(a.values[r]?.length ?? 0, b.values[r]?.length ?? 0);
      for (let c = 0; c < width; c++) {
        if (c === checks) continue;
        if ((a.values[r]?.[c] ?? '') !== (b.values[r]?.[c] ?? '')) changed.push(`${tab}!${letter(c + 1)}${r + 1}`);
      }
    }
    for (const key of ['formulas', 'notes', 'backgrounds', 'fontWeights', 'fontColors', 'numberFormats', 'dataValidations', 'rowGroups'] as const) {
      expect(b[key]).toEqual(a[key]);
    }
  }
  return changed;
}

describe('fixFinding', () => {
  it('writes the suggestion into that one cell, then re-checks and updates the marks', () => {
    const { services, ctx } = open();
    seed(services);
    const checked = ctx.checkNow();
    const target = checked.findings.find((f: { rule: string; row: number }) => f.rule === 'event-casing' && f.row === 4);
    expect(target).toMatchObject({ text: 'product_viewed', suggestion: 'Product Viewed' });
    const before = services.spreadsheet.testDumpAll();
    services.calls.reset();
    const result = ctx.fixFinding({ rule: target.rule, tab: target.tab, row: target.row, column: target.column, text: target.text });
    expect(services.calls.countOf('Range.setValue')).toBe(1);
    expect(changedCells(before, services.spreadsheet.testDumpAll())).toEqual([`${TRACK}!C4`]);
    expect(services.spreadsheet.testDump(TRACK).values[3][EVENT - 1]).toBe('Product Viewed');
    expect(result.message).toMatch(/^Fixed C4 on "Track \(Custom\)"\. /);
    expect(result.findings.some((f: { row: number; column: number }) => f.row === 4 && f.column === EVENT)).toBe(false);
    expect(markKeys(services, TRACK, 4)).toEqual([]);
    expect(services.testLockHolder()).toBe('none');
  });

  it('refuses when the cell changed since the check', () => {
    const { services, ctx } = open();
    seed(services);
    ctx.checkNow();
    services.spreadsheet.testSheet(TRACK).testSetValues(4, EVENT, [['product_seen']]);
    const before = services.spreadsheet.testDumpAll();
    expect(() => ctx.fixFinding({ rule: 'event-casing', tab: TRACK, row: 4, column: EVENT, text: 'product_viewed' })).toThrow(
      'That cell changed since the last check; run Check again.',
    );
    expect(services.spreadsheet.testDumpAll()).toEqual(before);
  });

  it('refuses nonsense targets and busy documents with a message', () => {
    const { services, ctx } = open();
    seed(services);
    expect(() => ctx.fixFinding(null)).toThrow(/not understood/);
    services.testHoldLockElsewhere();
    expect(() => ctx.fixFinding({ rule: 'event-casing', tab: TRACK, row: 2, column: EVENT, text: 'order_completed' })).toThrow(/busy/);
  });
});

describe('fixAllOfRule', () => {
  it('fixes every finding of the rule and changes no other cell, not even a formula in the same column', () => {
    const { services, ctx } = open();
    seed(services);
    const checked = ctx.checkNow();
    const casing = checked.findings.filter((f: { rule: string }) => f.rule === 'event-casing');
    expect(casing.map((f: { a1: string }) => f.a1)).toEqual(['C2', 'C4', 'C8']);
    const before = services.spreadsheet.testDumpAll();
    const result = ctx.fixAllOfRule('event-casing');
    expect(result.findings.filter((f: { rule: string }) => f.rule === 'event-casing')).toEqual([]);
    expect(result.message).toMatch(/^Fixed 3 cells \(event-casing\)\. /);
    expect(changedCells(before, services.spreadsheet.testDumpAll()).sort()).toEqual([`${TRACK}!C2`, `${TRACK}!C4`, `${TRACK}!C8`]);
    expect(services.spreadsheet.testDump(TRACK).formulas).toEqual({ C9: '="Coupon "&"Applied"' });
  });

  it('fixes adjacent cells in one write', () => {
    const { services, ctx } = open();
    seed(services);
    ctx.checkNow();
    services.calls.reset();
    ctx.fixAllOfRule('property-casing');
    expect(
      services.spreadsheet
        .testDump(TRACK)
        .values.slice(2, 6)
        .map((r) => r[col('track', 'Property Name') - 1]),
    ).toEqual(['order_id', '', 'product_id', 'cart_value']);
    // productId and cartValue are adjacent: one setValues; orderId alone: one RangeList.
    expect(services.calls.countOf('Range.setValues')).toBeGreaterThanOrEqual(1);
    expect(services.calls.countOf('RangeList.setValue')).toBe(1);
    expect(services.calls.countOf('Range.setValue')).toBe(0);
  });

  it('refuses an unknown rule', () => {
    const { ctx } = open();
    expect(() => ctx.fixAllOfRule('no-such-rule')).toThrow('There is no rule called "no-such-rule".');
  });

  it('works from the menu-checked sheet too: marks follow the fix', () => {
    const { services, ctx } = open();
    seed(services);
    clickMenuItem(services, ctx, 'Check conventions');
    expect(markKeys(services, TRACK, 3)).toEqual(['✖ Property Name [property-casing]']);
    ctx.fixAllOfRule('property-casing');
    expect(markKeys(services, TRACK, 3)).toEqual([]);
    expect(services.spreadsheet.testDump(TRACK).values[0][HEADERS.track.length]).toBe(CHECKS_CAPTION);
  });
});
