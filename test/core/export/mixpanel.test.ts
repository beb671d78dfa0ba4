import { exportPlan } from '../../../src/core/export';
import { toMixpanel } from '../../../src/core/export/mixpanel';
import { type Plan } from '../../../src/core/plan';
import { allSpecsPlan, handMadePlan } from '../../fixtures/plans';
import { MIXPANEL_UPLOAD_SCHEMAS_BODY } from './documented-formats';
import { strictAjv } from './strict-ajv';

const plans: [string, Plan][] = [
  ['all four specs', allSpecsPlan()],
  ['the hand-made plan', handMadePlan()],
];

describe('Mixpanel Lexicon Schemas API body', () => {
  it.each(plans)('%s: validates against the documented request body, and each schemaJson is a draft-07 schema', (_, plan) => {
    const body = JSON.parse(exportPlan(plan, 'mixpanel').files[0].content);
    const ajv = strictAjv();
    expect(ajv.validate(MIXPANEL_UPLOAD_SCHEMAS_BODY, body) ? '' : JSON.stringify(ajv.errors)).toBe('');
    ajv.addKeyword('metadata');
    for (const entry of body.entries) {
      expect(entry.schemaJson.$schema).toBe('http://json-schema.org/draft-07/schema#');
      expect(() => ajv.compile(entry.schemaJson)).not.toThrow();
    }
    expect(body.entries.filter((e: { entityType: string }) => e.entityType === 'event')).toHaveLength(
      new Set(plan.events.map((e) => e.name.text.toLowerCase())).size,
    );
  });

  it('describes the events and the user profile of the hand-made plan', () => {
    const body = toMixpanel(handMadePlan());
    const order = body.entries.find((e) => e.name === 'Order Completed')!;
    expect(order.entityType).toBe('event');
    expect(order.schemaJson.description).toBe('The user completed the order');
    expect(order.schemaJson.required).toEqual(['order_id', 'total', 'products', 'placed_at']);
    expect(order.schemaJson.metadata).toEqual({ 'com.mixpanel': { tags: ['Ecommerce v2'] } });
    expect(order.schemaJson.properties.products).toEqual({ type: 'array', description: 'Line items' });
    expect(order.schemaJson.properties.shipping).toEqual({ type: 'object' });
    expect(order.schemaJson.properties.coupon).toEqual({ type: 'string', description: 'Coupon code' });
    expect(order.schemaJson.properties.total).toEqual({ type: 'number', description: 'Order total' });
    const profile = body.entries.find((e) => e.entityType === 'profile')!;
    expect(profile.name).toBe('$user');
    expect(Object.keys(profile.schemaJson.properties)).toEqual(['email', 'plan', 'created_at', 'address', '__proto__']);
  });

  it('the documented body rejects what Mixpanel would: a union type, an unknown entity type', () => {
    const ajv = strictAjv();
    const entry = (schemaJson: unknown, entityType = 'event') => ({ entries: [{ entityType, name: 'X', schemaJson }] });
    expect(ajv.validate(MIXPANEL_UPLOAD_SCHEMAS_BODY, entry({ properties: { a: { type: ['string', 'null'] } } }))).toBe(false);
    expect(ajv.validate(MIXPANEL_UPLOAD_SCHEMAS_BODY, entry({ properties: { a: { type: 'string', format: 'date-time' } } }))).toBe(false);
    expect(ajv.validate(MIXPANEL_UPLOAD_SCHEMAS_BODY, entry({}, 'group'))).toBe(false);
  });
});
