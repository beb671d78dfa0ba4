import { findEmbeddedValue, findValues, KEY_VALUE_KINDS, removeEmbedded, removeValues } from '../../src/core/values';

describe('findValues', () => {
  it('finds each kind of changing value, in order', () => {
    const found = findValues('a 2019-11-01 b 10:30 c 12345 d bob@example.com e https://x.io f {id}');
    expect(found.map((v) => [v.kind, v.text])).toEqual([
      ['date', '2019-11-01'],
      ['time', '10:30'],
      ['number', '12345'],
      ['email', 'bob@example.com'],
      ['url', 'https://x.io'],
      ['placeholder', '{id}'],
    ]);
  });

  it('reports overlapping matches once', () => {
    expect(findValues('Item 3f2b8c1a-9d4e-4f5a-8b6c-7d8e9f0a1b2c').map((v) => v.kind)).toEqual(['id']);
  });

  it('limits property names to dates, numbers, ids and e-mail addresses', () => {
    expect(findValues('page_{id}_10:30', KEY_VALUE_KINDS)).toEqual([]);
    expect(findValues('user_12345', KEY_VALUE_KINDS).map((v) => v.text)).toEqual(['12345']);
  });

  it('gives the positions of each value', () => {
    const [value] = findValues('Signed Up 2019-11-01');
    expect('Signed Up 2019-11-01'.slice(value.start, value.end)).toBe('2019-11-01');
  });
});

describe('removeValues', () => {
  it.each([
    ['User Signed Up (11-01-2019)', 'User Signed Up'],
    ['Signed Up on 2019-11-01', 'Signed Up'],
    ['Report - 11-01-2019', 'Report'],
    ['user_signed_up_2019_11_01', 'user_signed_up'],
    ['12345', ''],
    ['Order Completed', 'Order Completed'],
  ])('cuts the values out of %j', (name, rest) => {
    expect(removeValues(name)).toBe(rest);
  });
});

describe('findEmbeddedValue', () => {
  it('splits at the first separator', () => {
    expect(findEmbeddedValue('Read Blog Post - Best Tracking Plans Ever - Part 2')).toEqual({
      rest: 'Read Blog Post',
      value: 'Best Tracking Plans Ever - Part 2',
      how: 'separator',
    });
  });

  it('finds quoted and bracketed values', () => {
    expect(findEmbeddedValue('Button "Buy Now" Clicked')).toMatchObject({ rest: 'Button Clicked', value: 'Buy Now', how: 'quotes' });
    expect(findEmbeddedValue('Video Played (Trailer)')).toMatchObject({ rest: 'Video Played', value: 'Trailer', how: 'brackets' });
  });

  it.each(["Men's Shoes Viewed", 'Time: ', ' - Alone', 'A/B Test', '(Beta)', 'Blog-Post Read'])('finds nothing in %j', (name) => {
    expect(findEmbeddedValue(name)).toBeUndefined();
  });

  it('cuts every embedded value out', () => {
    expect(removeEmbedded('Category Viewed: Shoes (Sale) "Red"')).toBe('Category Viewed');
  });
});
