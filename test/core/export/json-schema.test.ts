import Ajv from 'ajv';
import { DATE_TIME_PATTERN, objectSchema, splitAllowedValues, splitPath, typeSchema } from '../../../src/core/export/json-schema';
import { strictAjv } from './strict-ajv';

describe('typeSchema', () => {
  it.each([
    ['String', { type: 'string' }],
    ['integer', { type: 'integer' }],
    ['Float', { type: 'number' }],
    ['Number', { type: 'number' }],
    ['Boolean', { type: 'boolean' }],
    ['Object', { type: 'object' }],
    ['Array', { type: 'array' }],
    ['Null', { type: 'null' }],
    ['Any', {}],
    ['Date', { type: 'string', format: 'date-time' }],
    ['Array[String]', { type: 'array', items: { type: 'string' } }],
    ['Array [Object]', { type: 'array', items: { type: 'object' } }],
    ['String | Object', { type: ['string', 'object'] }],
    ['String, Array[String]', { type: ['string', 'array'], items: { type: 'string' } }],
    ['String | Null', { type: ['string', 'null'] }],
    ['Date | Null', { type: ['string', 'null'], format: 'date-time' }],
    ['String | Any', {}],
    ['Number | Integer', { type: 'number' }],
    ['Integer | Float', { type: 'number' }],
    ['Integer | Null', { type: ['integer', 'null'] }],
  ])('maps %s', (text, schema) => {
    expect(typeSchema(text)).toEqual(schema);
  });

  it('leaves an empty or unknown type untyped', () => {
    expect(typeSchema('')).toBeUndefined();
    expect(typeSchema(undefined)).toBeUndefined();
    expect(typeSchema('Strnig')).toBeUndefined();
    expect(typeSchema('String | Whatever')).toBeUndefined();
  });
});

describe('splitPath', () => {
  const products = [
    { name: 'products', array: true },
    { name: 'sku', array: false },
  ];
  const campaign = [
    { name: 'campaign', array: false },
    { name: 'source', array: false },
  ];
  // Each pair of spellings names the same path.
  it.each([
    ['products.$.sku', products],
    ['products[].sku', products],
    ['campaign.source', campaign],
    ['campaign[source]', campaign],
    ['order_id', [{ name: 'order_id', array: false }]],
  ])('splits %s', (name, segments) => {
    expect(splitPath(name)).toEqual(segments);
  });
});

describe('splitAllowedValues', () => {
  it('splits on commas and line breaks, trims, drops quotes and repeats', () => {
    expect(splitAllowedValues('a, b\n"c"\r\nd,,a')).toEqual(['a', 'b', 'c', 'd']);
    expect(splitAllowedValues(undefined)).toEqual([]);
  });

  it('keeps the commas of a quoted value, one per line or several on a line', () => {
    expect(splitAllowedValues('"media, news"\nsports')).toEqual(['media, news', 'sports']);
    expect(splitAllowedValues('"media, news", sports, “a, b”')).toEqual(['media, news', 'sports', 'a, b']);
    expect(splitAllowedValues('media, news')).toEqual(['media', 'news']);
  });
});

describe('objectSchema', () => {
  it('nests array items and object fields and keeps required and descriptions', () => {
    const schema = objectSchema([
      { name: 'order_id', type: 'String', required: true, description: 'The order' },
      { name: 'products', type: 'Array[Object]', required: false, description: 'Line items' },
      { name: 'products.$.sku', type: 'String', required: true },
      { name: 'products[].price', type: 'Float', required: false },
      { name: 'campaign[source]', type: 'String', required: true },
      { name: 'campaign.medium', type: 'String', required: false },
    ]);
    expect(schema).toEqual({
      type: 'object',
      required: ['order_id'],
      properties: {
        order_id: { type: 'string', description: 'The order' },
        products: {
          type: 'array',
          description: 'Line items',
          items: { type: 'object', required: ['sku'], properties: { sku: { type: 'string' }, price: { type: 'number' } } },
        },
        campaign: { type: 'object', required: ['source'], properties: { source: { type: 'string' }, medium: { type: 'string' } } },
      },
    });
  });

  it('keeps the children of a parent row written after them', () => {
    const schema = objectSchema([
      { name: 'products.$.sku', type: 'String', required: true },
      { name: 'products', type: 'Array', required: true, description: 'Line items' },
    ]);
    expect(schema.properties!.products).toEqual({
      type: 'array',
      description: 'Line items',
      items: { type: 'object', required: ['sku'], properties: { sku: { type: 'string' } } },
    });
    expect(schema.required).toEqual(['products']);
  });

  it('types allowed values as the field is and puts an array field’s enum on its items', () => {
    const schema = objectSchema([
      { name: 'plan', type: 'String', required: false, allowedValues: 'free, pro\nenterprise' },
      { name: 'seats', type: 'Integer', required: false, allowedValues: '1, 5, 10' },
      { name: 'tags', type: 'Array[String]', required: false, allowedValues: 'red, blue' },
    ]);
    expect(schema.properties!.plan.enum).toEqual(['free', 'pro', 'enterprise']);
    expect(schema.properties!.seats.enum).toEqual([1, 5, 10]);
    expect(schema.properties!.tags).toEqual({ type: 'array', items: { type: 'string', enum: ['red', 'blue'] } });
  });

  it('lets a String | Null field with allowed values be null', () => {
    const schema = objectSchema([{ name: 'coupon', type: 'String | Null', required: true, allowedValues: 'SPRING, FALL' }]);
    expect(schema.properties!.coupon).toEqual({ type: ['string', 'null'], enum: ['SPRING', 'FALL', null] });
    const validate = strictAjv().compile(schema);
    expect(validate({ coupon: null })).toBe(true);
    expect(validate({ coupon: 'FALL' })).toBe(true);
    expect(validate({ coupon: 'WINTER' })).toBe(false);
  });

  it('puts the allowed values of an array on its items, a quoted value with its comma', () => {
    const schema = objectSchema([
      { name: 'categories', type: 'Array[String]', required: false, allowedValues: '"media, news"\nsports' },
      { name: 'tags', type: 'Array[String] | Null', required: false, allowedValues: 'a, b' },
    ]);
    expect(schema.properties!.categories).toEqual({ type: 'array', items: { type: 'string', enum: ['media, news', 'sports'] } });
    expect(schema.properties!.tags).toEqual({ type: ['array', 'null'], items: { type: 'string', enum: ['a', 'b'] } });
    const validate = strictAjv().compile(schema);
    expect(validate({ categories: ['media, news'], tags: null })).toBe(true);
    expect(validate({ categories: ['media'] })).toBe(false);
  });

  it('keeps __proto__ and constructor as properties of their own', () => {
    const schema = objectSchema([
      { name: '__proto__', type: 'String', required: true },
      { name: 'constructor', type: 'Integer', required: false },
      { name: 'toString.__proto__', type: 'Boolean', required: false },
    ]);
    expect(Object.getPrototypeOf(schema.properties)).toBe(Object.prototype);
    expect(Object.keys(schema.properties!)).toEqual(['__proto__', 'constructor', 'toString']);
    expect(JSON.parse(JSON.stringify(schema))).toEqual(
      JSON.parse(
        '{"type":"object","properties":{"__proto__":{"type":"string"},"constructor":{"type":"integer"},"toString":{"type":"object","properties":{"__proto__":{"type":"boolean"}}}},"required":["__proto__"]}',
      ),
    );
    expect(({} as Record<string, unknown>).type).toBeUndefined(); // nothing leaked into Object.prototype
  });

  it('closes objects whose fields it lists, and writes Dates as a pattern when asked', () => {
    const schema = objectSchema(
      [
        { name: 'placed_at', type: 'Date', required: true },
        { name: 'products.$.sku', type: 'String', required: true },
        { name: 'extra', type: 'Object', required: false },
      ],
      { closed: true, dates: 'pattern' },
    );
    expect(schema.additionalProperties).toBe(false);
    expect(schema.properties!.products.items!.additionalProperties).toBe(false);
    expect(schema.properties!.extra).toEqual({ type: 'object' });
    expect(schema.properties!.placed_at).toEqual({ type: 'string', pattern: DATE_TIME_PATTERN });
    const validate = new Ajv({ allErrors: true }).compile(schema); // Ajv's defaults, as Typewriter's client uses them
    expect(validate({ placed_at: new Date(0).toISOString(), products: [{ sku: 'a' }], extra: { any: 1 } })).toBe(true);
    expect(validate({ placed_at: 'yesterday', products: [] })).toBe(false);
    expect(validate({ placed_at: new Date(0).toISOString(), products: [{ sku: 'a', skew: 1 }] })).toBe(false);
  });

  it('keeps the first of two rows with one name', () => {
    const schema = objectSchema([
      { name: 'id', type: 'String', required: false },
      { name: 'id', type: 'Integer', required: true },
    ]);
    expect(schema.properties!.id).toEqual({ type: 'string' });
    expect(schema.required).toBeUndefined();
  });

  it('validates payloads as the rows say', () => {
    const schema = objectSchema([
      { name: 'order_id', type: 'String', required: true },
      { name: 'products.$.sku', type: 'String', required: true },
      { name: 'placed_at', type: 'Date', required: false },
      { name: 'plan', type: 'String', required: false, allowedValues: 'free, pro' },
    ]);
    const validate = new Ajv({ allErrors: true, strict: false, validateFormats: false }).compile(schema);
    expect(validate({ order_id: 'o1', products: [{ sku: 'a' }], plan: 'pro' })).toBe(true);
    expect(validate({ products: [] })).toBe(false);
    expect(validate({ order_id: 'o1', products: [{ price: 3 }] })).toBe(false);
    expect(validate({ order_id: 'o1', plan: 'gold' })).toBe(false);
    expect(validate({ order_id: 1 })).toBe(false);
  });
});
