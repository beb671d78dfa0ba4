/**
 * Regression: converting to Title Case is stable (issue 10). fast-check found
 * ["ꭰⰀ𝓐", "Title Case"]: "𝓐" is an upper-case letter with no lower-case
 * form, so the converted "Ꭰⰰ𝓐" read as two words run together ("ⰰ𝓐") and
 * converting again gave "Ꭰⰰ 𝓐", a name the checker then refused.
 */
import { convertCasing, followsCasing } from '../../src/core/casing';

describe('convertCasing is stable on letters without a lower-case form', () => {
  it.each(['ꭰⰀ𝓐', 'order𝓐', 'aⰀ𝓐b', '𝓐𝓑 Completed'])('%s', (text) => {
    for (const casing of ['Title Case', 'Sentence case', 'lower case'] as const) {
      const once = convertCasing(text, casing);
      expect([casing, convertCasing(once, casing)]).toEqual([casing, once]);
    }
    const title = convertCasing(text, 'Title Case');
    expect([title, followsCasing(title, 'Title Case')]).toEqual([title, true]);
  });

  it('still splits a real hump: a lower-case letter before a capital that has a lower-case form', () => {
    expect(convertCasing('signUp', 'Title Case')).toBe('Sign Up');
    expect(followsCasing('Sign Up', 'Title Case')).toBe(true);
    expect(followsCasing('SignUp', 'Title Case')).toBe(false);
  });
});
