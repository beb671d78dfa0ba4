import Ajv from 'ajv';
import { toProtocols } from '../../../src/core/export/protocols';
import { parsePlan } from '../../../src/core/parse';
import { allSpecsPlan, tab } from '../../fixtures/plans';
import { PROTOCOLS_SHAPE } from './shapes';

/** Ajv with the one format the exports use; RFC 3339 date-times as Segment sends them. */
function ajv(): Ajv {
  const instance = new Ajv({ allErrors: true, strict: false });
  instance.addFormat('date-time', /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/);
  return instance;
}

const plan = parsePlan([
  tab('track', [
    { 'Event Name': 'Order Completed', 'Fires When...': 'User completed the order', Spec: 'Ecommerce v2' },
    { 'Property Name': 'order_id', Type: 'String', Required: true, 'Property Description': 'Order id' },
    { 'Property Name': 'total', Type: 'Float', Required: false },
    { 'Property Name': 'products', Type: 'Array[Object]', Required: true },
    { 'Property Name': 'products.$.sku', Type: 'String', Required: true },
    { 'Property Name': 'products.$.quantity', Type: 'Integer' },
    { 'Property Name': 'context.groupId', Type: 'String' },
    { 'Event Name': 'Signed Up' },
    { 'Event Name': 'signed  up ' },
    { 'Property Name': 'method', Type: 'String', 'Allowed Values': 'email, google' },
  ]),
  tab('identify', [
    { Trait: 'email', Type: 'String', Required: true, 'Trait Description': 'E-mail' },
    { Trait: 'created_at', Type: 'Date' },
    { Trait: 'address.city', Type: 'String' },
  ]),
  tab('group', [{ Trait: 'plan', Type: 'String', 'Allowed Values': 'free\npro' }]),
]);

describe('toProtocols', () => {
  const exported = toProtocols(plan, { name: 'Shop' });

  it('makes one TRACK rule per event, then one IDENTIFY and one GROUP rule', () => {
    expect(exported.name).toBe('Shop');
    expect(exported.rules.map((r) => [r.type, r.key])).toEqual([
      ['TRACK', 'Order Completed'],
      ['TRACK', 'Signed Up'],
      ['IDENTIFY', undefined],
      ['GROUP', undefined],
    ]);
    expect(exported.rules.every((r) => r.version === 1)).toBe(true);
  });

  it('puts event properties under properties.properties and context paths under properties.context', () => {
    const schema = exported.rules[0].jsonSchema;
    expect(schema.description).toBe('User completed the order');
    expect(schema.required).toEqual(['properties']);
    const properties = schema.properties!.properties;
    expect(properties.required).toEqual(['order_id', 'products']);
    expect(properties.properties!.products).toEqual({
      type: 'array',
      items: { type: 'object', required: ['sku'], properties: { sku: { type: 'string' }, quantity: { type: 'integer' } } },
    });
    expect(properties.properties!.context).toBeUndefined();
    expect(schema.properties!.context).toEqual({ type: 'object', properties: { groupId: { type: 'string' } } });
  });

  it('puts traits under properties.traits', () => {
    const identify = exported.rules[2].jsonSchema.properties!.traits;
    expect(identify.required).toEqual(['email']);
    expect(identify.properties!.created_at).toEqual({ type: 'string', format: 'date-time' });
    expect(identify.properties!.address).toEqual({ type: 'object', properties: { city: { type: 'string' } } });
    expect(exported.rules[3].jsonSchema.properties!.traits.properties!.plan.enum).toEqual(['free', 'pro']);
  });

  it('matches the Protocols shape, and every rule is a valid draft-07 schema', () => {
    for (const candidate of [exported, toProtocols(allSpecsPlan())]) {
      const validator = ajv();
      expect(validator.validate(PROTOCOLS_SHAPE, candidate)).toBe(true);
      for (const rule of candidate.rules) {
        expect(validator.validateSchema(rule.jsonSchema)).toBe(true);
        expect(() => ajv().compile(rule.jsonSchema)).not.toThrow();
      }
    }
  });

  it('the shape schema rejects a malformed export', () => {
    const validator = ajv();
    expect(validator.validate(PROTOCOLS_SHAPE, { name: 'x', rules: [{ type: 'TRACK', version: 1, jsonSchema: {} }] })).toBe(false);
  });

  it('accepts and rejects Order Completed payloads as the Ecommerce spec describes', () => {
    const rule = toProtocols(allSpecsPlan()).rules.find((r) => r.key === 'Order Completed')!;
    const validate = ajv().compile(rule.jsonSchema);
    const good = { event: 'Order Completed', properties: { order_id: 'o-1', total: 27.5, products: [{ product_id: 'p1', sku: 'S-1', price: 19, quantity: 1 }] } };
    expect(validate(good)).toBe(true);
    expect(validate({ properties: { ...good.properties, total: '27.50' } })).toBe(false);
    expect(validate({ properties: { ...good.properties, products: [{ sku: 42 }] } })).toBe(false);
    expect(validate({ properties: { ...good.properties, products: { sku: 'S-1' } } })).toBe(false);
  });

  it('checks Date traits as date-times', () => {
    const validate = ajv().compile(exported.rules[2].jsonSchema);
    expect(validate({ traits: { email: 'a@b.c', created_at: '2024-05-01T10:00:00Z' } })).toBe(true);
    expect(validate({ traits: { email: 'a@b.c', created_at: 'last tuesday' } })).toBe(false);
    expect(validate({ traits: { created_at: '2024-05-01T10:00:00Z' } })).toBe(false);
  });

  it('exports all four specs with no rule left without properties', () => {
    const exported = toProtocols(allSpecsPlan());
    expect(exported.rules.length).toBeGreaterThan(60);
    expect(new Set(exported.rules.map((r) => r.key)).size).toBe(exported.rules.length);
  });
});
