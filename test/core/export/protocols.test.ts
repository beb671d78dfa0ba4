import { exportPlan } from '../../../src/core/export';
import { toProtocols } from '../../../src/core/export/protocols';
import { parsePlan } from '../../../src/core/parse';
import { type Plan } from '../../../src/core/plan';
import { allSpecsPlan, handMadePlan, tab } from '../../fixtures/plans';
import { CREATE_TRACKING_PLAN_V1_INPUT, REPLACE_RULES_IN_TRACKING_PLAN_V1_INPUT } from './segment-public-api.schema';
import { STORED_RULE_SHAPE } from './shapes';
import { strictAjv } from './strict-ajv';

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
  tab('page', [
    { 'Page or Screen Name': 'Home', 'Method(s)': 'Page', Properties: 'path, referrer' },
    { 'Page or Screen Name': 'Checkout', 'Method(s)': 'Page, Screen' },
  ]),
]);

describe('toProtocols', () => {
  const exported = toProtocols(plan, { name: 'Shop' });
  const rules = exported.rules.rules;

  it('writes the Create Tracking Plan body with its required type', () => {
    expect(exported.create).toEqual({ name: 'Shop', description: 'Exported from the tracking plan sheet "Shop".', type: 'LIVE' });
  });

  it('makes TRACK rules per event, PAGE and SCREEN rules from the Page & Screen tab, then IDENTIFY and GROUP', () => {
    expect(rules.map((r) => [r.type, r.key])).toEqual([
      ['TRACK', 'Order Completed'],
      ['TRACK', 'Signed Up'],
      ['PAGE', 'Home'],
      ['PAGE', 'Checkout'],
      ['SCREEN', 'Checkout'],
      ['IDENTIFY', undefined],
      ['GROUP', undefined],
    ]);
    expect(rules.every((r) => r.version === 1)).toBe(true);
    expect(Object.keys(rules[2].jsonSchema.properties!.properties.properties!)).toEqual(['path', 'referrer']);
  });

  it('puts event properties under properties.properties, context paths under properties.context, the spec in labels', () => {
    const schema = rules[0].jsonSchema;
    expect(schema.description).toBe('User completed the order');
    expect(schema.labels).toEqual({ spec: 'Ecommerce v2' });
    expect(schema.required).toEqual(['properties']);
    const properties = schema.properties!.properties;
    expect(properties.required).toEqual(['order_id', 'products']);
    expect(properties.properties!.products).toEqual({
      type: 'array',
      items: { type: 'object', required: ['sku'], properties: { sku: { type: 'string' }, quantity: { type: 'integer' } } },
    });
    expect(properties.properties!.context).toBeUndefined();
    expect(schema.properties!.context).toEqual({ type: 'object', properties: { groupId: { type: 'string' } } });
    expect(schema.properties!.traits).toEqual({});
  });

  it('keeps traits optional at the top: a Required trait is required inside traits only', () => {
    const identify = rules[5].jsonSchema;
    expect(identify.required).toBeUndefined();
    expect(identify.properties!.traits.required).toEqual(['email']);
    expect(identify.properties!.traits.properties!.created_at).toEqual({ type: 'string', format: 'date-time' });
    expect(identify.properties!.traits.properties!.address).toEqual({ type: 'object', properties: { city: { type: 'string' } } });
    expect(identify.properties!.properties).toEqual({});
    expect(rules[6].jsonSchema.properties!.traits.properties!.plan.enum).toEqual(['free', 'pro']);

    const validate = strictAjv().compile(identify);
    expect(validate({})).toBe(true); // an identify call that sends no traits
    expect(validate({ traits: { email: 'a@b.c' } })).toBe(true);
    expect(validate({ traits: { created_at: '2024-05-01T10:00:00Z' } })).toBe(false); // email is required inside traits
  });

  it('checks Date traits as date-times', () => {
    const validate = strictAjv().compile(rules[5].jsonSchema);
    expect(validate({ traits: { email: 'a@b.c', created_at: '2024-05-01T10:00:00Z' } })).toBe(true);
    expect(validate({ traits: { email: 'a@b.c', created_at: 'last tuesday' } })).toBe(false);
  });

  it('accepts and rejects Order Completed payloads as the Ecommerce spec describes', () => {
    const rule = toProtocols(allSpecsPlan()).rules.rules.find((r) => r.key === 'Order Completed')!;
    const validate = strictAjv().compile(rule.jsonSchema);
    const good = {
      event: 'Order Completed',
      properties: { order_id: 'o-1', total: 27.5, products: [{ product_id: 'p1', sku: 'S-1', price: 19, quantity: 1 }] },
    };
    expect(validate(good)).toBe(true);
    expect(validate({ properties: { ...good.properties, total: '27.50' } })).toBe(false);
    expect(validate({ properties: { ...good.properties, products: [{ sku: 42 }] } })).toBe(false);
    expect(validate({ properties: { ...good.properties, products: { sku: 'S-1' } } })).toBe(false);
  });

  it('closes objects when asked, so a misspelled property is a violation', () => {
    const open = strictAjv().compile(toProtocols(plan).rules.rules[0].jsonSchema);
    const closed = strictAjv().compile(toProtocols(plan, { closed: true }).rules.rules[0].jsonSchema);
    const misspelled = { properties: { order_id: 'o', products: [], totl: 3 } };
    expect(open(misspelled)).toBe(true);
    expect(closed(misspelled)).toBe(false);
    expect(closed({ properties: { order_id: 'o', products: [{ sku: 'a' }], total: 3 } })).toBe(true);
  });
});

describe('the Protocols export of the four specs and a hand-made plan', () => {
  const plans: [string, Plan][] = [
    ['all four specs', allSpecsPlan()],
    ['the hand-made plan', handMadePlan()],
  ];

  it.each(plans)('%s: both files are request bodies the Public API accepts', (_, candidate) => {
    const result = exportPlan(candidate, 'protocols', { name: 'Acme' });
    expect(result.files.map((f) => f.filename)).toEqual(['tracking-plan.create.json', 'tracking-plan.rules.json']);
    const [create, rules] = result.files.map((f) => JSON.parse(f.content));
    const ajv = strictAjv();
    expect(ajv.validate(CREATE_TRACKING_PLAN_V1_INPUT, create)).toBe(true);
    expect(ajv.validate(REPLACE_RULES_IN_TRACKING_PLAN_V1_INPUT, rules)).toBe(true);
    for (const rule of rules.rules) expect(ajv.validate(STORED_RULE_SHAPE, rule) ? '' : JSON.stringify(ajv.errors)).toBe('');
  });

  it.each(plans)('%s: every rule compiles in Ajv strict mode', (_, candidate) => {
    const rules = toProtocols(candidate).rules.rules;
    expect(rules.length).toBeGreaterThan(0);
    const ajv = strictAjv();
    for (const rule of rules) expect(() => ajv.compile(rule.jsonSchema)).not.toThrow();
  });

  it('the request schemas reject the old {name, description, rules} file and a rule of an unknown type', () => {
    const ajv = strictAjv();
    expect(ajv.validate(CREATE_TRACKING_PLAN_V1_INPUT, { name: 'x', description: 'y', rules: [] })).toBe(false);
    expect(ajv.validate(CREATE_TRACKING_PLAN_V1_INPUT, { name: 'x' })).toBe(false);
    expect(ajv.validate(REPLACE_RULES_IN_TRACKING_PLAN_V1_INPUT, { rules: [{ type: 'ALIAS', version: 1, jsonSchema: {} }] })).toBe(false);
  });

  it('the stored-rule shape rejects traits required at the top of an Identify rule', () => {
    const identify = toProtocols(handMadePlan()).rules.rules.find((r) => r.type === 'IDENTIFY')!;
    const ajv = strictAjv();
    expect(ajv.validate(STORED_RULE_SHAPE, identify)).toBe(true);
    expect(ajv.validate(STORED_RULE_SHAPE, { ...identify, jsonSchema: { ...identify.jsonSchema, required: ['traits'] } })).toBe(false);
  });

  it('exports every event of the four specs, each once', () => {
    const rules = toProtocols(allSpecsPlan()).rules.rules;
    expect(rules.length).toBe(allSpecsPlan().events.length);
    expect(new Set(rules.map((r) => r.key)).size).toBe(rules.length);
  });
});
