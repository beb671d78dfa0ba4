/** Holding a plan against an observation: near misses, traits, types and reserved names. */
import { acceptedTypes, compareCoverage, inferredType } from '../../../src/core/coverage/compare';
import { nearMissIndex } from '../../../src/core/coverage/near-miss';
import { Observation } from '../../../src/core/coverage/observation';
import { readObserved } from './read-observed';
import { parsePlan } from '../../../src/core/parse';
import { tab } from '../../fixtures/plans';

const plan = parsePlan([
  tab('track', [
    { 'Event Name': 'Order Completed' },
    { 'Property Name': 'order_id', Type: 'String', Required: true },
    { 'Property Name': 'products.$.sku', Type: 'String', Required: true },
    { 'Event Name': 'Video Playback Started' },
  ]),
  tab('identify', [
    { Trait: 'email', Type: 'String', Required: true },
    { Trait: 'plan', Type: 'String', 'Allowed Values': 'free, pro' },
  ]),
]);

function observe(lines: unknown[]): Observation {
  const observation = new Observation();
  readObserved('events.jsonl', lines.map((l) => JSON.stringify(l)).join('\n'), observation);
  return observation;
}

describe('near misses', () => {
  const index = nearMissIndex(['Order Completed', 'Video Playback Started', 'Cart Viewed']);
  it.each([
    ['order completed', 'Order Completed'],
    [' Order  Completed', 'Order Completed'],
    ['order_completed', 'Order Completed'],
    ['OrderCompleted', 'Order Completed'],
    ['Order Complete', 'Order Completed'],
    ['Video Playbak Startd', 'Video Playback Started'],
  ])('%j is taken for %j', (sent, planned) => expect(index.find(sent)).toBe(planned));

  it.each(['Order Refunded', 'Cart Shared', 'Checkout Started', 'Card Viewd'])('%j is a different event', (sent) => {
    expect(index.find(sent)).toBeUndefined();
  });
});

describe('compareCoverage', () => {
  it('holds identify traits against the Identify tab: missing required, value outside Allowed Values, not planned', () => {
    const report = compareCoverage(
      plan,
      observe([
        { type: 'identify', traits: { email: 'a@example.com', plan: 'pro' } },
        { type: 'identify', traits: { plan: 'enterprise', Email: 'b@example.com' } },
      ]).state(),
    );
    const identify = report.events.find((e) => e.kind === 'identify')!;
    expect(identify).toMatchObject({ name: 'Identify', planned: true, seen: true, count: 2 });
    expect(identify.findings.map((f) => [f.rule, f.severity, f.cell ? `${f.cell.tab}!${f.cell.row}:${f.cell.column}` : f.source])).toEqual([
      ['property-missing', 'error', 'Identify!2:1'],
      ['property-value-not-allowed', 'error', 'Identify!3:4'],
      ['property-not-planned', 'warning', 'events.jsonl'],
    ]);
    expect(identify.findings[0].message).toBe('"email" is required but missing from 1 of 2 Identify calls (50%).');
    // Only identify calls were seen: the Track events are not reported unseen.
    expect(report.findings.some((f) => f.rule === 'event-not-seen')).toBe(false);
  });

  it('counts a path property (products.$.sku) as planning its top-level name, and does not ask for it as missing', () => {
    const report = compareCoverage(
      plan,
      observe([{ type: 'track', event: 'Order Completed', properties: { order_id: 'o', products: [{ sku: 'a' }] } }]).state(),
    );
    expect(report.events[0].findings).toEqual([]);
  });

  it('lists observed properties with the type their values suggest, for Add to plan', () => {
    const report = compareCoverage(
      plan,
      observe([
        { type: 'track', event: 'Coupon Applied', properties: { coupon_id: 'c', discount: 5, ratio: 0.5, used: true, at: '2024-05-01T10:00:00Z' } },
        { type: 'track', event: 'Coupon Applied', properties: { discount: 2.5, ratio: 1 } },
      ]).state(),
    );
    const applied = report.events.find((e) => e.name === 'Coupon Applied')!;
    expect(applied.status).toBe('not planned');
    expect(applied.properties.map((p) => `${p.name}:${p.type}:${p.count}`)).toEqual([
      'coupon_id:String:1',
      'discount:Number:2',
      'ratio:Number:2',
      'used:Boolean:1',
      'at:Date:1',
    ]);
  });

  it('reads Type cells into the value types they accept', () => {
    expect(Array.from(acceptedTypes('Number')!)).toEqual(['integer', 'float']);
    expect(Array.from(acceptedTypes('Array[String]')!)).toEqual(['array']);
    expect(acceptedTypes('Any')).toBeUndefined();
    expect(acceptedTypes('')).toBeUndefined();
    expect(inferredType({ integer: 3 })).toBe('Integer');
    expect(inferredType({ integer: 3, string: 1 })).toBe('Integer | String');
  });
});

describe('many distinct values', () => {
  it('gives up the values of an id-like property, and reports an Allowed Values list it cannot hold', () => {
    const lines = Array.from({ length: 150 }, (_, i) => ({ type: 'identify', traits: { email: `u${i}@example.com`, plan: `plan-${i}` } }));
    const observation = observe(lines);
    const email = observation.state().events[0].properties.find((p) => p.name === 'email')!;
    expect(email).toMatchObject({ count: 150, values: [], moreValues: true });
    const identify = compareCoverage(plan, observation.state()).events.find((e) => e.kind === 'identify')!;
    expect(identify.findings.map((f) => f.message)).toEqual(['"plan" was sent with more than 100 different values; its Allowed Values allow 2.']);
  });
});
