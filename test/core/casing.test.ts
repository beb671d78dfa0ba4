import fc from 'fast-check';
import { propertyRuns } from '../property-runs';
import { compileAcceptedWords, convertCasing, followsCasing, isAcronym, normalizeSpaces, splitPhrase, splitWords } from '../../src/core/casing';
import { EVENT_CASINGS } from '../../src/core/settings';

describe('splitWords', () => {
  it.each([
    ['order_completed', ['order', 'completed']],
    ['OrderCompleted', ['Order', 'Completed']],
    ['orderCompleted', ['order', 'Completed']],
    ['Order Completed', ['Order', 'Completed']],
    ['order.completed', ['order', 'completed']],
    ['URLCopied', ['URL', 'Copied']],
    ['feature_1', ['feature', '1']],
    ['  spaced   out ', ['spaced', 'out']],
    ['', []],
  ])('splits %j', (name, words) => {
    expect(splitWords(name)).toEqual(words);
  });

  it('keeps accepted words whole, in their accepted spelling', () => {
    const accepted = compileAcceptedWords(['iOS', 'PayPal']);
    expect(splitWords('iOSAppOpened', accepted)).toEqual(['iOS', 'App', 'Opened']);
    expect(splitWords('paypal_checkout', accepted)).toEqual(['PayPal', 'checkout']);
    expect(splitWords('mypaypalx', accepted)).toEqual(['mypaypalx']);
  });
});

describe('splitPhrase', () => {
  it('keeps punctuation that belongs to a word and splits what joins words', () => {
    expect(splitPhrase("Men's Shoes (Beta)")).toEqual(["Men's", 'Shoes', '(Beta)']);
    expect(splitPhrase('E-mail order-completed signUp')).toEqual(['E-mail', 'order', 'completed', 'sign', 'Up']);
    expect(splitPhrase('iOS eBay')).toEqual(['iOS', 'eBay']);
  });
});

describe('followsCasing and convertCasing', () => {
  it.each([
    ['Title Case', 'Product Added to Wishlist'],
    ['Sentence case', 'Product added to wishlist'],
    ['lower case', 'product added to wishlist'],
    ['snake_case', 'product_added_to_wishlist'],
    ['camelCase', 'productAddedToWishlist'],
    ['PascalCase', 'ProductAddedToWishlist'],
  ] as const)('write %s', (casing, expected) => {
    for (const source of ['product_added_to_wishlist', 'Product Added to Wishlist', 'productAddedToWishlist', 'Product-Added-To-Wishlist']) {
      const converted = convertCasing(source, casing);
      expect([source, converted]).toEqual([source, expected]);
      expect(followsCasing(converted, casing)).toBe(true);
    }
  });

  it('always converts to a name its checker accepts, or to nothing', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 40 }), fc.constantFrom(...EVENT_CASINGS), (text, casing) => {
        const converted = convertCasing(text, casing);
        if (converted !== '' && /[\p{L}\p{N}]/u.test(converted)) {
          // Phrase casings cannot fix words that carry no letters in their case (emoji, some scripts); compact ones drop them.
          if (!followsCasing(converted, casing)) expect(convertCasing(converted, casing)).toBe(converted);
        }
      }),
      propertyRuns(500),
    );
  });

  it('knows acronyms', () => {
    expect(['URL', 'CTA', 'IDs', 'SKUs'].map(isAcronym)).toEqual([true, true, true, true]);
    expect(['Url', 'A', 'Is', 'iOS'].map(isAcronym)).toEqual([false, false, false, false]);
  });
});

describe('normalizeSpaces', () => {
  it.each([
    [' a  b\t\nc ', 'a b c'],
    ['a\u00a0b', 'a b'],
    ['clean', 'clean'],
    ['', ''],
  ])('tidies %j', (text, expected) => {
    expect(normalizeSpaces(text)).toBe(expected);
  });
});
