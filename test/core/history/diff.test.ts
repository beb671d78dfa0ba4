/** Breaking and non-breaking changes between two plan snapshots, case by case. */
import { changeLine, changesSummary, countChanges, diffPlans } from '../../../src/core/history/diff';
import { type EventSnapshot, type PlanSnapshot, type PropertySnapshot } from '../../../src/core/history/snapshot';

function prop(name: string, over: Partial<PropertySnapshot> = {}): PropertySnapshot {
  return { name, type: 'String', required: false, allowedValues: [], description: `The ${name}.`, ...over };
}

function event(name: string, properties: PropertySnapshot[] = [], over: Partial<EventSnapshot> = {}): EventSnapshot {
  return { name, status: 'Planned', description: `When ${name} happens.`, properties, ...over };
}

const plan = (...events: EventSnapshot[]): PlanSnapshot => ({ events });

const base = () =>
  plan(
    event('Order Completed', [prop('order_id', { required: true }), prop('total', { type: 'Number' }), prop('currency', { allowedValues: ['USD', 'EUR'] })]),
    event('Cart Viewed', [prop('cart_id')]),
  );

/** The base plan with one change made to Order Completed. */
function changed(edit: (order: EventSnapshot) => void): PlanSnapshot {
  const next = base();
  edit(next.events[0]);
  return next;
}

const summary = (before: PlanSnapshot, after: PlanSnapshot) =>
  diffPlans(before, after).map((c) => ({ breaking: c.breaking, kind: c.kind, event: c.event, property: c.property }));

describe('diffPlans', () => {
  it('finds nothing between equal plans', () => {
    expect(diffPlans(base(), base())).toEqual([]);
  });

  describe('breaking', () => {
    it.each<[string, (order: EventSnapshot) => void, string, string | undefined]>([
      ['a removed property', (e) => e.properties.splice(1, 1), 'property-removed', 'total'],
      ['a renamed property (casing)', (e) => (e.properties[0].name = 'orderId'), 'property-renamed', 'orderId'],
      [
        'a renamed property (same description and type)',
        (e) => (e.properties[1].name = 'amount') && (e.properties[1].description = 'The total.'),
        'property-renamed',
        'amount',
      ],
      ['a type change', (e) => (e.properties[1].type = 'String'), 'type', 'total'],
      ['a property made required', (e) => (e.properties[1].required = true), 'required', 'total'],
      ['a property added as required', (e) => e.properties.push(prop('coupon', { required: true })), 'property-added', 'coupon'],
      ['an allowed value removed', (e) => (e.properties[2].allowedValues = ['USD']), 'allowed-values', 'currency'],
      ['a free field limited to a list', (e) => (e.properties[1].allowedValues = ['1', '2']), 'allowed-values', 'total'],
    ])('%s', (_, edit, kind, property) => {
      expect(summary(base(), changed(edit))).toEqual([{ breaking: true, kind, event: 'Order Completed', property }]);
    });

    it('a removed event', () => {
      const after = plan(base().events[1]);
      expect(summary(base(), after)).toEqual([{ breaking: true, kind: 'event-removed', event: 'Order Completed', property: undefined }]);
    });

    it('a renamed event: by casing, or by keeping its description and properties', () => {
      expect(
        summary(
          base(),
          changed((e) => (e.name = 'order_completed')),
        ),
      ).toEqual([{ breaking: true, kind: 'event-renamed', event: 'order_completed', property: undefined }]);
      expect(
        summary(
          base(),
          changed((e) => (e.name = 'Purchase Made')),
        ),
      ).toEqual([{ breaking: true, kind: 'event-renamed', event: 'Purchase Made', property: undefined }]);
    });

    it('a renamed property that also changed type reports both', () => {
      const changes = diffPlans(
        base(),
        changed((e) => Object.assign(e.properties[1], { name: 'Total', type: 'String' })),
      );
      expect(changes.map((c) => [c.kind, c.breaking, c.property])).toEqual([
        ['property-renamed', true, 'Total'],
        ['type', true, 'Total'],
      ]);
      expect(changes[0].before).toBe('total');
    });
  });

  describe('not breaking', () => {
    it.each<[string, (order: EventSnapshot) => void, string, string | undefined]>([
      ['an added optional property', (e) => e.properties.push(prop('coupon')), 'property-added', 'coupon'],
      ['a property no longer required', (e) => (e.properties[0].required = false), 'required', 'order_id'],
      ['an allowed value added', (e) => e.properties[2].allowedValues.push('GBP'), 'allowed-values', 'currency'],
      ['allowed values lifted', (e) => (e.properties[2].allowedValues = []), 'allowed-values', 'currency'],
      ['a property description', (e) => (e.properties[0].description = 'Our order id.'), 'description', 'order_id'],
      ['a type made Any', (e) => (e.properties[1].type = 'Any'), 'type', 'total'],
      ['a status', (e) => (e.status = 'Approved'), 'status', undefined],
      ['an event description', (e) => (e.description = 'When the order is paid.'), 'event-description', undefined],
    ])('%s', (_, edit, kind, property) => {
      expect(summary(base(), changed(edit))).toEqual([{ breaking: false, kind, event: 'Order Completed', property }]);
    });

    it('an added event', () => {
      const after = base();
      after.events.push(event('Coupon Applied', [prop('coupon')]));
      expect(diffPlans(base(), after)).toEqual([{ breaking: false, kind: 'event-added', event: 'Coupon Applied', message: 'event added with 1 property' }]);
    });

    it('a type written in another case or spacing is no change', () => {
      const before = changed((e) => (e.properties[1].type = 'Array[String]'));
      expect(
        diffPlans(
          before,
          changed((e) => (e.properties[1].type = 'array [string]')),
        ),
      ).toEqual([]);
    });

    it('moving events and properties is no change', () => {
      const after = base();
      after.events.reverse();
      after.events[1].properties.reverse();
      expect(diffPlans(base(), after)).toEqual([]);
    });
  });

  it('an unrelated new name is a removal and an addition, not a rename', () => {
    const after = changed((e) => Object.assign(e, { name: 'Refund Issued', description: 'When a refund is issued.' }));
    expect(summary(base(), after).map((c) => [c.kind, c.event, c.breaking])).toEqual([
      ['event-added', 'Refund Issued', false],
      ['event-removed', 'Order Completed', true],
    ]);
  });

  it('duplicate names pair up in order', () => {
    const twice = plan(event('Signed Up'), event('Signed Up', [prop('plan')]));
    expect(diffPlans(twice, twice)).toEqual([]);
    expect(summary(twice, plan(event('Signed Up')))).toEqual([{ breaking: true, kind: 'event-removed', event: 'Signed Up', property: undefined }]);
  });

  it('counts, summarises and prints one line per change naming event and property', () => {
    const after = changed((e) => {
      e.properties[1].type = 'String';
      e.status = 'Approved';
    });
    const changes = diffPlans(base(), after);
    expect(countChanges(changes)).toEqual({ breaking: 1, other: 1 });
    expect(changesSummary(changes)).toBe('1 breaking change and 1 other change.');
    expect(changesSummary([])).toBe('No changes.');
    expect(changes.map(changeLine)).toEqual([
      'change: event "Order Completed": status changed from "Planned" to "Approved"',
      'breaking: event "Order Completed", property "total": type changed from "Number" to "String"',
    ]);
  });
});
