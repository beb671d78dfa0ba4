/** The simple onEdit trigger against the fakes: edits re-check what they touch. */
import { clickMenuItem, type FakeServices } from '../../fakes';
import { col, eventRow, HEADERS, highlight, letter, markKeys, propertyRow, row, seedLargePlan, seedPlan, TRACK } from './checks-helpers';
import { ensureBuilt, open } from './sheet-helpers';

beforeAll(ensureBuilt);

type Ctx = Record<string, (...args: any[]) => any>;

const EVENT = letter(col('track', 'Event Name'));
const PROPERTY = letter(col('track', 'Property Name'));

function seed(services: FakeServices): void {
  seedPlan(
    services,
    [
      eventRow('Order Completed', 'The order is placed.'),
      propertyRow('order_id', 'String', 'Order id.'),
      eventRow('product_viewed', 'A product page opens.'),
      propertyRow('product_id', 'String', 'Product id.'),
      eventRow('Cart Viewed', 'The cart opens.'),
    ],
    [row('goals', { 'Business Goal': 'Revenue', Events: 'Order Completed, Cart Viewed' })],
  );
}

/** Types `value` into a cell as a user would, then runs the trigger with the event Sheets would send; returns the trigger's calls. */
function edit(services: FakeServices, ctx: Ctx, tab: string, a1: string, value: unknown): number {
  const sheet = services.spreadsheet.testSheet(tab);
  const box = /^([A-Z]+)(\d+)$/.exec(a1)!;
  const column = box[1].charCodeAt(0) - 64;
  sheet.testSetValues(Number(box[2]), column, [[value]]);
  const e = { range: sheet.getRange(a1), source: services.spreadsheet, value, authMode: 'LIMITED' };
  services.calls.reset();
  services.testSetAuthMode('LIMITED');
  ctx.onEdit(e);
  services.testSetAuthMode('FULL');
  return services.calls.count();
}

function checked(): { services: FakeServices; ctx: Ctx } {
  const loaded = open();
  seed(loaded.services);
  clickMenuItem(loaded.services, loaded.ctx, 'Check conventions');
  return loaded;
}

describe('onEdit', () => {
  it('an edit that fixes a name clears its mark and highlight', () => {
    const { services, ctx } = checked();
    expect(markKeys(services, TRACK, 4)).toEqual(['✖ Event Name [event-casing]']);
    expect(highlight(services, TRACK, `${EVENT}4`)).toBe('#f4c7c3');
    edit(services, ctx, TRACK, `${EVENT}4`, 'Product Viewed');
    expect(markKeys(services, TRACK, 4)).toEqual([]);
    expect(highlight(services, TRACK, `${EVENT}4`)).toBeUndefined();
  });

  it('an edit that breaks a name adds its mark', () => {
    const { services, ctx } = checked();
    edit(services, ctx, TRACK, `${PROPERTY}3`, 'orderId');
    expect(markKeys(services, TRACK, 3)).toEqual(['✖ Property Name [property-casing]']);
    expect(highlight(services, TRACK, `${PROPERTY}3`)).toBe('#f4c7c3');
  });

  it('an edit that creates a duplicate marks the other row too (the checker reports the later one)', () => {
    const { services, ctx } = checked();
    edit(services, ctx, TRACK, `${EVENT}2`, 'cart viewed');
    expect(markKeys(services, TRACK, 2)).toEqual(['✖ Event Name [event-casing]']);
    expect(markKeys(services, TRACK, 6)).toEqual(['✖ Event Name [duplicate-event]']);
    expect(highlight(services, TRACK, `${EVENT}6`)).toBe('#f4c7c3');
    edit(services, ctx, TRACK, `${EVENT}2`, 'Order Completed');
    expect(markKeys(services, TRACK, 2)).toEqual([]);
    expect(markKeys(services, TRACK, 6)).toEqual([]);
  });

  it('renaming an event re-checks the goals that list it', () => {
    const { services, ctx } = checked();
    expect(markKeys(services, 'Goals', 2)).toEqual([]);
    edit(services, ctx, TRACK, `${EVENT}6`, 'Basket Viewed');
    expect(markKeys(services, 'Goals', 2)).toEqual(['⚠ Events [goal-event-missing]']);
    edit(services, ctx, 'Goals', `${letter(col('goals', 'Events'))}2`, 'Order Completed, Basket Viewed');
    expect(markKeys(services, 'Goals', 2)).toEqual([]);
  });

  it('a paste over many rows re-checks the whole tab', () => {
    const { services, ctx } = checked();
    const sheet = services.spreadsheet.testSheet(TRACK);
    sheet.testSetValues(2, col('track', 'Event Name'), [['order_completed'], [''], ['Product Viewed'], [''], ['cart_viewed']]);
    const e = { range: sheet.getRange(`${EVENT}2:${EVENT}6`), source: services.spreadsheet };
    ctx.onEdit(e);
    expect(markKeys(services, TRACK, 2)).toEqual(['✖ Event Name [event-casing]']);
    expect(markKeys(services, TRACK, 4)).toEqual([]);
    expect(markKeys(services, TRACK, 6)).toEqual(['✖ Event Name [event-casing]']);
    const live = services.spreadsheet.testDumpAll();
    clickMenuItem(services, ctx, 'Check conventions');
    expect(services.spreadsheet.testDumpAll()).toEqual(live);
  });

  it('equals a full check after the edit', () => {
    const { services, ctx } = checked();
    edit(services, ctx, TRACK, `${PROPERTY}5`, 'ProductID');
    edit(services, ctx, TRACK, `${EVENT}4`, 'Product Viewed');
    const live = services.spreadsheet.testDumpAll();
    clickMenuItem(services, ctx, 'Check conventions');
    expect(services.spreadsheet.testDumpAll()).toEqual(live);
  });

  it('does nothing for edits in the Checks column, in other tabs, or before any check', () => {
    const { services, ctx } = checked();
    const checksA1 = `${letter(HEADERS.track.length + 1)}2`;
    const before = services.spreadsheet.testDumpAll();
    edit(services, ctx, TRACK, checksA1, 'my note');
    const after = services.spreadsheet.testDump(TRACK);
    expect(after.values[1][HEADERS.track.length]).toBe('my note');
    expect({ ...after, values: [] }).toEqual({ ...before[TRACK], values: [] });

    services.spreadsheet.testAddSheet('Scratch', [['product_viewed']]);
    expect(edit(services, ctx, 'Scratch', 'A1', 'x')).toBeLessThanOrEqual(2);

    const fresh = open();
    seed(fresh.services);
    const untouched = fresh.services.spreadsheet.testDumpAll();
    edit(fresh.services, fresh.ctx, TRACK, `${EVENT}2`, 'order_completed');
    const dump = fresh.services.spreadsheet.testDumpAll();
    expect(dump['Goals']).toEqual(untouched['Goals']);
    expect(dump[TRACK].conditionalFormatRules).toEqual([]);
    expect(dump[TRACK].lastColumn).toBe(HEADERS.track.length);
  });

  it('adds the column and highlights to a tab that had no problems at the last check', () => {
    const { services, ctx } = checked();
    expect(services.spreadsheet.testDump('Identify').values[0]).toEqual(HEADERS.identify);
    edit(services, ctx, 'Identify', 'A2', 'emailAddress');
    expect(markKeys(services, 'Identify', 2)).toEqual(['✖ Trait [property-casing]']);
    expect(highlight(services, 'Identify', 'A2')).toBe('#f4c7c3');
  });

  it('stays within its call budget on a 10,000-event plan', () => {
    const { services, ctx } = open();
    const { eventRows } = seedLargePlan(services, 10000);
    clickMenuItem(services, ctx, 'Check conventions');
    // A property name: only the Track tab is read.
    const propertyCalls = edit(services, ctx, TRACK, `${PROPERTY}${eventRows[5000] + 1}`, 'orderId');
    expect(markKeys(services, TRACK, eventRows[5000] + 1)).toEqual(['✖ Property Name [property-casing]']);
    // 8 before the column had a marker; finding it by metadata costs 7.
    expect(propertyCalls).toBeLessThanOrEqual(15);
    // An event name: Goals is read too.
    const eventCalls = edit(services, ctx, TRACK, `${EVENT}${eventRows[7003]}`, 'Cart Xyz Removed');
    expect(markKeys(services, TRACK, eventRows[7003])).toEqual([]);
    expect(eventCalls).toBeLessThanOrEqual(23);
  });
});
