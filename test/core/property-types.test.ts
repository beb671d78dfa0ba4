import { compatibleTypes, readType } from '../../src/core/property-types';

describe('readType', () => {
  it.each([
    ['String', 'String'],
    ['string', 'String'],
    ['String | Object', 'Object | String'],
    ['String, Array[String]', 'Array[String] | String'],
    ['Array [String]', 'Array[String]'],
    ['', ''],
  ])('reads %j as %j', (text, key) => {
    expect(readType(text)).toEqual({ valid: true, key });
  });

  it('suggests the closest valid type', () => {
    expect(readType('int')).toEqual({ valid: false, suggestion: 'Integer' });
    expect(readType('foo')).toEqual({ valid: false, suggestion: undefined });
    expect(readType('x'.repeat(300))).toEqual({ valid: false });
  });
});

describe('compatibleTypes', () => {
  it.each([
    ['Number', 'Integer', true],
    ['Number', 'Float', true],
    ['Integer', 'Float', false],
    ['Array', 'Array[Object]', true],
    ['String', 'Any', true],
    ['String', 'Number', false],
  ] as const)('%s and %s: %s', (a, b, expected) => {
    expect(compatibleTypes(a, b)).toBe(expected);
    expect(compatibleTypes(b, a)).toBe(expected);
  });
});
