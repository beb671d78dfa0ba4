import { describeCharacterProblems, findCharacterProblems, withoutBadCharacters } from '../../src/core/characters';

describe('findCharacterProblems', () => {
  it.each([
    ['Checkout:Started', 'event', [':'], undefined, false],
    ['Order Completed.', 'event', [], '.', false],
    ['Order Completed 🎉', 'event', ['🎉'], undefined, false],
    ['Is Gift?', 'event', ['?'], undefined, false],
    ['a%b#c&d*e=f\\g;h>i<j"k', 'event', ['%', '#', '&', '*', '=', '\\', ';', '>', '<', '"'], undefined, false],
    ['“Order”', 'event', ['“', '”'], undefined, false],
    ['123', 'event', [], undefined, true],
    ['🎉', 'event', ['🎉'], undefined, true],
    ['$email', 'property', ['$'], undefined, false],
  ] as const)('finds in %j: %j, trailing %j, no letter %j', (text, target, characters, trailing, noLetter) => {
    const found = findCharacterProblems(text, target);
    expect(found).toBeDefined();
    expect(found!.characters).toEqual(characters);
    expect(found!.trailing).toBe(trailing);
    expect(found!.noLetter).toBe(noLetter);
  });

  it.each([
    ['Checkout: Started', 'event'],
    ["Women's Shoes Viewed", 'event'],
    ['Video Played at 10:30', 'event'],
    ['Product {id} Viewed', 'event'],
    ['Product :id Viewed', 'event'],
    // "<i>" is a placeholder: event-dynamic-value's, not a character problem.
    ['Step <i> Done', 'event'],
    ['Page https://example.com/?a=b&c=d Viewed', 'event'],
    ['Invite Sent to jane@example.com', 'event'],
    ['products.$.product_id', 'property'],
    ['products[].product_id', 'property'],
    ['products.*.sku', 'property'],
    ['campaign[source]', 'property'],
    ['2019', 'property'],
    ['', 'event'],
  ] as const)('finds nothing in %j (%s)', (text, target) => {
    expect(findCharacterProblems(text, target)).toBeUndefined();
  });
});

describe('withoutBadCharacters', () => {
  it.each([
    ['Checkout:Started', 'event', 'Checkout Started'],
    ['Order Completed.', 'event', 'Order Completed'],
    ['Order Completed!!!', 'event', 'Order Completed'],
    ['Order Completed 🎉', 'event', 'Order Completed'],
    ['Order Completed 👍🏽', 'event', 'Order Completed'],
    ['Video Played at 10:30.', 'event', 'Video Played at 10:30'],
    ['discount%', 'property', 'discount'],
    ['$email', 'property', 'email'],
    ['products.$.price%', 'property', 'products.$.price'],
    ['Order Completed', 'event', 'Order Completed'],
    ['🎉', 'event', ''],
  ] as const)('turns %j (%s) into %j', (text, target, cleaned) => {
    expect(withoutBadCharacters(text, target)).toBe(cleaned);
  });

  it('stays linear on long names full of candidates', () => {
    const text = 'a:b%'.repeat(12500);
    expect(withoutBadCharacters(text, 'event')).toBe(Array(12500).fill('a b').join(' '));
  });
});

describe('describeCharacterProblems', () => {
  it('lists characters, trailing punctuation and a missing letter in words', () => {
    expect(describeCharacterProblems({ characters: [':'], noLetter: false })).toBe('the character ":"');
    expect(describeCharacterProblems({ characters: ['%', '#'], trailing: '.', noLetter: false })).toBe('the characters "%" and "#" and a trailing "."');
    expect(describeCharacterProblems({ characters: [], noLetter: true })).toBe('no letter at all');
    expect(describeCharacterProblems({ characters: ['a', 'b', 'c', 'd', 'e', 'f', 'g'], noLetter: false })).toBe(
      'the characters "a", "b", "c", "d" and "e" and 2 more',
    );
  });
});
