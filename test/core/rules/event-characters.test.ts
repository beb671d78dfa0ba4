import { checkName } from '../../../src/core/check';
import { findingsOf, oneFindingOf, rulesOn, settingsWith } from '../helpers';

describe('event-characters', () => {
  it.each([
    ['Checkout:Started', ':', 'Checkout Started'],
    ['Discount % Applied', '%', 'Discount Applied'],
    ['Step #2 Completed', '#', 'Step 2 Completed'],
    ['Is Gift?', '?', 'Is Gift'],
    ['Terms & Conditions Accepted', '&', 'Terms Conditions Accepted'],
    ['Rating * Submitted', '*', 'Rating Submitted'],
    ['Filter=Price Applied', '=', 'Filter Price Applied'],
    ['Path\\Opened', '\\', 'Path Opened'],
    ['Order; Completed', ';', 'Order Completed'],
    ['Price > Limit Reached', '>', undefined],
    ['Order “Completed', '“', 'Order Completed'],
    ['Order Completed 🎉', '🎉', 'Order Completed'],
    ['Order Completed ™', '™', 'Order Completed'],
    ['Product $ Viewed', '$', 'Product Viewed'],
  ])('rejects %j (%s) and suggests %j', (name, character, suggestion) => {
    if (suggestion === undefined) {
      // ' > ' is a separator: event-embedded-value reports the name, and this rule stays quiet.
      expect(findingsOf('event-characters', 'event', name)).toEqual([]);
      expect(rulesOn('event', name)).toContain('event-embedded-value');
      return;
    }
    oneFindingOf('event-characters', 'event', name, { severity: 'error', suggestion, message: `"${character}"` });
  });

  it('reports a trailing full stop or other trailing punctuation, not an Object + Action problem', () => {
    expect(rulesOn('event', 'Order Completed.')).toEqual(['event-characters']);
    expect(findingsOf('event-characters', 'event', 'Order Completed.')[0].message).toContain('a trailing "."');
    expect(rulesOn('event', 'Order Completed!')).toEqual(['event-characters']);
    expect(rulesOn('event', 'Order Completed,')).toEqual(['event-characters']);
  });

  it('reports a name with no letter at all, without a suggestion', () => {
    for (const name of ['123', '🎉', '!!!', '---']) {
      const [finding] = findingsOf('event-characters', 'event', name);
      expect([name, finding?.suggestion, finding?.message]).toEqual([name, undefined, expect.stringContaining('no letter')]);
    }
  });

  it.each([
    "Women's Shoes Viewed",
    'Order Completed',
    'Sign-up Form Completed',
    'Product Added to Wishlist',
    'Step 2 Completed',
    'Café Visited',
    '注文完了',
    "Users' Settings Viewed",
  ])('accepts %j', (name) => {
    expect(findingsOf('event-characters', 'event', name)).toEqual([]);
  });

  it.each([
    ['User Signed Up (11-01-2019)', 'event-dynamic-value'],
    ['Signed Up 11/01/19', 'event-dynamic-value'],
    ['Video Played at 10:30', 'event-dynamic-value'],
    ['Page https://example.com/a?b=c Viewed', 'event-dynamic-value'],
    ['Product {id} Viewed', 'event-dynamic-value'],
    ['Product %s Viewed', 'event-dynamic-value'],
    ['Product :id Viewed', 'event-dynamic-value'],
    ['Invite Sent to jane@example.com', 'event-dynamic-value'],
    ['Read Blog Post - Best Tracking Plans Ever', 'event-embedded-value'],
    ['Checkout: Started', 'event-embedded-value'],
    ['Video "Intro #1" Played', 'event-embedded-value'],
  ])('is not reported for the characters of a value: %j gets %s only', (name, rule) => {
    expect(rulesOn('event', name)).toEqual([rule]);
  });

  it('leaves spaces, control and format characters to whitespace', () => {
    expect(rulesOn('event', 'Order\u200bCompleted ')).not.toContain('event-characters');
    expect(rulesOn('event', 'Order\tCompleted')).toEqual(['whitespace']);
  });

  it('judges casing and Object + Action on the name without the characters, reporting them only if they still fail', () => {
    expect(rulesOn('event', 'Checkout:Started')).toEqual(['event-characters']);
    expect(rulesOn('event', 'order completed!')).toEqual(['event-characters', 'event-casing']);
    expect(findingsOf('event-casing', 'event', 'order completed!')[0].suggestion).toBe('Order Completed');
    expect(rulesOn('event', 'Read Blog Post?')).toEqual(['event-characters', 'event-object-action']);
  });

  describe('in property and trait names', () => {
    it.each([
      ['discount%', 'discount'],
      ['is_gift?', 'is_gift'],
      ['price=usd', 'priceusd'],
      ['utm:source', 'utmsource'],
      ['rating⭐', 'rating'],
    ])('rejects %j and suggests %j', (name, suggestion) => {
      const [finding, ...rest] = findingsOf('event-characters', 'property', name);
      expect(rest).toEqual([]);
      expect(finding).toMatchObject({ severity: 'error', suggestion });
      expect(finding.message).toContain('property name');
    });

    it.each([
      'products.$.product_id',
      'products[].product_id',
      'campaign.source',
      'campaign[source]',
      'products.*.sku',
      'context.groupId',
      'first_name',
      "user's_name",
    ])('does not flag the path syntax of %j', (name) => {
      expect(findingsOf('event-characters', 'property', name)).toEqual([]);
    });

    it('names trait names as such, and judges their casing without the characters', () => {
      expect(findingsOf('event-characters', 'property', 'plan#', undefined, 'identify')[0].message).toContain('trait name');
      expect(checkName('property', 'firstName?', settingsWith({}), 'identify').map((f) => [f.rule, f.suggestion])).toEqual([
        ['event-characters', 'firstName'],
        ['property-casing', 'first_name'],
      ]);
    });

    it('leaves a property name that holds a value to property-dynamic-key', () => {
      expect(rulesOn('property', '2019')).toEqual(['property-dynamic-key']);
    });
  });
});
