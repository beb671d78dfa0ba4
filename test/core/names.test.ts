import { isDefinedName, isSpecEventName, mapPathNames, splitPath } from '../../src/core/names';

describe('splitPath', () => {
  it.each([
    ['products.$.product_id', ['products', 'product_id']],
    ['products[].product_id', ['products', 'product_id']],
    ['products[0].name', ['products', 'name']],
    ['campaign.source', ['campaign', 'source']],
    ['campaign[source]', ['campaign', 'source']],
    ['items.*.sku', ['items', 'sku']],
    ['plain', ['plain']],
    ['', []],
  ])('finds the names in %j and gives the path back whole', (path, names) => {
    const parts = splitPath(path);
    expect(parts.filter((p) => p.isName).map((p) => p.text)).toEqual(names);
    expect(parts.map((p) => p.text).join('')).toBe(path);
  });

  it('rewrites only the names', () => {
    expect(mapPathNames('Products[].Product ID', (n) => n.toLowerCase().replace(' ', '_'))).toBe('products[].product_id');
  });
});

describe('defined names', () => {
  it('knows spec properties and reserved names where they apply', () => {
    expect(isDefinedName('startupTime', 'track')).toBe(true);
    expect(isDefinedName('campaign[source]', 'track')).toBe(true);
    expect(isDefinedName('firstName', 'identify')).toBe(true);
    expect(isDefinedName('firstName', 'track')).toBe(false);
    expect(isDefinedName('context.anything', 'group')).toBe(true);
    expect(isDefinedName('first_name_x', 'track')).toBe(false);
  });

  it('knows spec event names exactly as spelled', () => {
    expect(isSpecEventName('Order Completed')).toBe(true);
    expect(isSpecEventName('order completed')).toBe(false);
  });
});
