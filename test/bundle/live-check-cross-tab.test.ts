/**
 * The live check and the findings that compare Goals with Track (issue 16:
 * two injected bugs survived the suite). An edit that spans several columns
 * and covers Event Name must re-read Goals; an edit that cannot change those
 * findings (a property cell) must leave their marks as the last check left
 * them, not wipe them because Goals was not read.
 */
import { clickMenuItem, type FakeServices } from '../../fakes';
import { col, eventRow, letter, markKeys, propertyRow, row, seedPlan, TRACK } from './checks-helpers';
import { ensureBuilt, open } from './sheet-helpers';

beforeAll(ensureBuilt);

type Ctx = Record<string, (...args: any[]) => any>;

const EVENT = col('track', 'Event Name');
const PROPERTY = col('track', 'Property Name');

function seed(services: FakeServices): void {
  seedPlan(
    services,
    [
      eventRow('Order Completed', 'The order is placed.'),
      propertyRow('order_id', 'String', 'Order id.'),
      // No goal lists it and its Business Goal is empty: an event-without-goal mark.
      eventRow('Product Viewed', 'A product page opens.', { 'Business Goal': '' }),
      propertyRow('product_id', 'String', 'Product id.'),
      eventRow('Cart Viewed', 'The cart opens.'),
    ],
    [row('goals', { 'Business Goal': 'Revenue', Events: 'Order Completed, Cart Viewed' })],
  );
}

function checked(): { services: FakeServices; ctx: Ctx } {
  const loaded = open();
  seed(loaded.services);
  clickMenuItem(loaded.services, loaded.ctx, 'Check conventions');
  return loaded;
}

/** Writes a block of values as a paste would, then sends onEdit the pasted range. */
function paste(services: FakeServices, ctx: Ctx, tab: string, rowNumber: number, column: number, values: unknown[][]): void {
  const sheet = services.spreadsheet.testSheet(tab);
  sheet.testSetValues(rowNumber, column, values);
  const a1 = `${letter(column)}${rowNumber}:${letter(column + values[0].length - 1)}${rowNumber + values.length - 1}`;
  services.testSetAuthMode('LIMITED');
  ctx.onEdit({ range: sheet.getRange(a1), source: services.spreadsheet, authMode: 'LIMITED' });
  services.testSetAuthMode('FULL');
}

/** What a full Check conventions writes now must equal what the live check left. */
function expectSameAsFullCheck(services: FakeServices, ctx: Ctx): void {
  const live = services.spreadsheet.testDumpAll();
  clickMenuItem(services, ctx, 'Check conventions');
  expect(services.spreadsheet.testDumpAll()).toEqual(live);
}

it('a one-row paste over B6:D6 that renames an event re-reads Goals, though Event Name is not its first column', () => {
  const { services, ctx } = checked();
  expect(markKeys(services, 'Goals', 2)).toEqual([]);
  paste(services, ctx, TRACK, 6, EVENT - 1, [['Custom', 'Basket Viewed', 'The basket opens.']]);
  expect(markKeys(services, 'Goals', 2)).toEqual(['⚠ Events [goal-event-missing]']);
  expectSameAsFullCheck(services, ctx);
});

it('a one-row paste ending on Event Name (A6:C6) re-reads Goals too', () => {
  const { services, ctx } = checked();
  paste(services, ctx, TRACK, 6, EVENT - 2, [['P1', 'Custom', 'Basket Viewed']]);
  expect(markKeys(services, 'Goals', 2)).toEqual(['⚠ Events [goal-event-missing]']);
  expectSameAsFullCheck(services, ctx);
});

it('a property edit, which reads Track alone, keeps the Goals-vs-Track marks the last check wrote', () => {
  const { services, ctx } = checked();
  const before = markKeys(services, TRACK, 4);
  expect(before.some((m) => m.includes('[event-without-goal]'))).toBe(true);
  paste(services, ctx, TRACK, 5, PROPERTY, [['productId']]);
  expect(markKeys(services, TRACK, 5)).toEqual(['✖ Property Name [property-casing]']);
  expect(markKeys(services, TRACK, 4)).toEqual(before);
  expectSameAsFullCheck(services, ctx);
});

it('a property edit on the row of an event no goal lists keeps that event’s mark', () => {
  const { services, ctx } = checked();
  const before = markKeys(services, TRACK, 4);
  paste(services, ctx, TRACK, 4, PROPERTY, [['']]);
  expect(markKeys(services, TRACK, 4)).toEqual(before);
  expectSameAsFullCheck(services, ctx);
});
