import { readImportFiles } from '../../../src/core/import';
import { fixture } from './fixtures';

describe('Protocols rules', () => {
  const [plan] = readImportFiles([fixture('protocols-rules.json')]);

  it('reads the API response {data: {rules}} as Protocols rules', () => {
    expect(plan.format).toBe('protocols');
    expect(plan.events.map((e) => e.name)).toEqual(['Product Viewed', 'Cart Viewed']);
    expect(plan.events[0].description).toBe('A shopper viewed a product page');
  });

  it('turns each property into a row: types as the dropdown spells them, required, enums, nested paths, context', () => {
    expect(plan.events[0].properties).toEqual([
      { name: 'product_id', type: 'String', required: true, allowedValues: [], description: 'Product id' },
      { name: 'price', type: 'Number', required: true, allowedValues: [], description: '' },
      { name: 'variant', type: 'String | Null', required: false, allowedValues: [], description: '' },
      { name: 'size', type: 'String', required: false, allowedValues: ['S', 'M', 'L'], description: '' },
      { name: 'tags', type: 'Array[String]', required: false, allowedValues: [], description: '' },
      { name: 'published_at', type: 'Date', required: false, allowedValues: [], description: '' },
      { name: 'brand', type: 'Object', required: false, allowedValues: [], description: 'Brand of the product' },
      { name: 'brand.name', type: 'String', required: true, allowedValues: [], description: '' },
      { name: 'brand.country', type: 'String', required: false, allowedValues: [], description: '' },
      { name: 'context.locale', type: 'String', required: true, allowedValues: [], description: 'Browser locale' },
    ]);
    expect(plan.events[1].properties).toEqual([]);
  });

  it('sends IDENTIFY and GROUP traits to their tabs, PAGE and SCREEN rules to Page & Screen, and notes the COMMON rule', () => {
    expect(plan.identify.map((t) => [t.name, t.type, t.required, t.allowedValues])).toEqual([
      ['email', 'String', true, []],
      ['age', 'Integer', false, ['18', '21', '65']],
    ]);
    expect(plan.group.map((t) => [t.name, t.allowedValues])).toEqual([['plan', ['free', 'pro']]]);
    expect(plan.pages).toEqual([
      { name: 'Pricing', method: 'Page', properties: ['path', 'referrer'], description: 'The pricing page' },
      { name: 'Settings', method: 'Screen', properties: [], description: '' },
    ]);
    expect(plan.notes.join(' ')).toMatch(/COMMON rule/);
  });

  it('reads the bare {rules} body the same way', () => {
    const response = JSON.parse(fixture('protocols-rules.json').content);
    const [bare] = readImportFiles([{ name: 'rules.json', content: JSON.stringify({ rules: response.data.rules }) }]);
    expect(bare).toEqual({ ...plan, source: 'rules.json' });
  });

  it('reads closed schemas, date-time patterns and the null a nullable enum repeats', () => {
    const rules = {
      rules: [
        {
          type: 'TRACK',
          key: 'Closed',
          version: 1,
          jsonSchema: {
            type: 'object',
            additionalProperties: false,
            properties: {
              properties: {
                type: 'object',
                additionalProperties: false,
                properties: {
                  when: { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?(Z|[+-]\\d{2}:\\d{2})$' },
                  size: { type: ['string', 'null'], enum: ['S', 'M', null] },
                  address: { type: 'object', additionalProperties: false, properties: { city: { type: 'string' } } },
                },
              },
            },
          },
        },
      ],
    };
    const [closed] = readImportFiles([{ name: 'closed.json', content: JSON.stringify(rules) }]);
    expect(closed.events[0].properties.map((p) => [p.name, p.type, p.allowedValues.join('|')])).toEqual([
      ['when', 'Date', ''],
      ['size', 'String | Null', 'S|M'],
      ['address.city', 'String', ''],
    ]);
  });

  it('never lets a property named __proto__ reach Object.prototype', () => {
    const rules = {
      rules: [
        { type: 'TRACK', key: 'Hack', version: 1, jsonSchema: JSON.parse('{"properties":{"properties":{"properties":{"__proto__":{"type":"string"}}}}}') },
      ],
    };
    const [hacked] = readImportFiles([{ name: 'x.json', content: JSON.stringify(rules).replace('"type":"string"}', '"type":"string","polluted":1}') }]);
    expect(hacked.events[0].properties.map((p) => p.name)).toEqual(['__proto__']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('Typewriter plan.json', () => {
  it('reads the plan.json typewriter writes (unwrapped schemas with eventMetadata)', () => {
    const [plan] = readImportFiles([fixture('typewriter-plan.json')]);
    expect(plan.format).toBe('typewriter');
    expect(plan.events.map((e) => [e.name, e.description])).toEqual([
      ['Order Completed', 'User completed the order'],
      ['Signed Up', 'After the sign-up form'],
    ]);
    expect(plan.events[0].properties.map((p) => [p.name, p.type, p.required, p.allowedValues.join('|')])).toEqual([
      ['currency', 'String', false, 'USD|EUR'],
      ['order_id', 'String', true, ''],
      ['products', 'Array[Object]', true, ''],
      ['products.$.quantity', 'Integer', false, ''],
      ['products.$.sku', 'String', true, ''],
      ['total', 'Number', false, ''],
    ]);
  });

  it("reads Typewriter v7's rules.events", () => {
    const [plan] = readImportFiles([fixture('typewriter-v7-plan.json')]);
    expect(plan.format).toBe('typewriter');
    expect(plan.events).toEqual([
      {
        name: 'Order Completed',
        description: 'User completed the order',
        properties: [
          { name: 'order_id', type: 'String', required: true, allowedValues: [], description: 'Order id' },
          { name: 'revenue', type: 'Number', required: false, allowedValues: [], description: '' },
        ],
      },
    ]);
  });
});
