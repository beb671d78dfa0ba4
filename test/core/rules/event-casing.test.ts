import { type EventCasing } from '../../../src/core/settings';
import { findingsOf, oneFindingOf, settingsWith } from '../helpers';

const titleCase = settingsWith({});

describe('event-casing (Title Case, the default)', () => {
  it.each([
    'Order Completed',
    'Product Added to Wishlist',
    'Product Removed from Wishlist',
    'Product Added To Wishlist',
    'URL Copied',
    'CTA Clicked',
    'SKUs Compared',
    'Step 2 Completed',
    '3D Model Viewed',
    '2fa Enabled',
    'Signed Up',
    "Men's Shoes Viewed",
    'Terms & Conditions Accepted',
    'Wi-Fi Connected',
    'E-mail Sent',
    'Add-On Installed',
    'Café Visited',
    'Заказ Оформлен',
    '注文完了',
    'Order Completed 🎉',
    // A hyphenated word is judged by its first letter (conventions.md, issue 15).
    'Sign-up Form Completed',
    'Opt-in Confirmed',
    'Two-Factor Authentication Enabled',
    'Add-ons CTA Clicked',
    'Rate-limited',
    'Multi-Image Uploaded',
    'Add-on Installed',
    'Check-in Completed',
    // Built-in brand spellings pass as written.
    'OAuth Connected',
    'iOS App Opened',
    'macOS App Installed',
    'PayPal Checkout Completed',
    'GitHub Repository Linked',
    'YouTube Video Shared',
    'LinkedIn Profile Connected',
    'WhatsApp Message Sent',
    'iPhone Paired',
    'eBay Listing Created',
  ])('accepts %j', (name) => {
    expect(findingsOf('event-casing', 'event', name, titleCase)).toEqual([]);
  });

  it.each([
    ['order_completed', 'Order Completed'],
    ['OrderCompleted', 'Order Completed'],
    ['order.completed', 'Order Completed'],
    ['order-completed', 'Order Completed'],
    ['Order_Completed', 'Order Completed'],
    ['order completed', 'Order Completed'],
    ['Order completed', 'Order Completed'],
    ['product added to wishlist', 'Product Added to Wishlist'],
    ['user signed up', 'User Signed Up'],
    ['signUp Completed', 'Sign Up Completed'],
    ['the Order Completed', 'The Order Completed'],
    ['URLCopied', 'URL Copied'],
    ['заказ оформлен', 'Заказ Оформлен'],
  ])('rejects %j and suggests %j', (name, suggestion) => {
    const [finding, ...rest] = findingsOf('event-casing', 'event', name, titleCase);
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({ rule: 'event-casing', severity: 'error', suggestion });
    expect(finding.message).toMatch(/^Event names use Title Case: every word starts with a capital letter/);
  });

  it('explains mixed-case words as possible brands and accepts them once they are accepted words', () => {
    const [finding] = findingsOf('event-casing', 'event', 'HubSpot Contact Synced', titleCase);
    expect(finding.hint).toMatch(/"HubSpot".*accepted words/);
    expect(findingsOf('event-casing', 'event', 'HubSpot Contact Synced', settingsWith({ acceptedWords: ['HubSpot'] }))).toEqual([]);
  });

  it('rejects a hyphenated word that starts in lower case, and lower-case words joined by hyphens', () => {
    expect(findingsOf('event-casing', 'event', 'Form sign-up Completed', titleCase)).toHaveLength(1);
    expect(findingsOf('event-casing', 'event', 'order-completed', titleCase)[0].suggestion).toBe('Order Completed');
  });

  it('spells built-in brands as brands in Title Case suggestions, and as plain words in snake_case', () => {
    expect(findingsOf('event-casing', 'event', 'ios_app_opened', titleCase)[0].suggestion).toBe('iOS App Opened');
    expect(findingsOf('event-casing', 'event', 'paypal checkout completed', titleCase)[0].suggestion).toBe('PayPal Checkout Completed');
    const snake = settingsWith({ eventCasing: 'snake_case' });
    expect(findingsOf('event-casing', 'event', 'iOS App Opened', snake)[0].suggestion).toBe('ios_app_opened');
    expect(findingsOf('event-casing', 'event', 'ios_app_opened', snake)).toEqual([]);
  });

  it('judges the casing on the name without the characters event-characters reports', () => {
    expect(findingsOf('event-casing', 'event', 'Order Completed.', titleCase)).toEqual([]);
    expect(findingsOf('event-casing', 'event', 'Checkout:Started', titleCase)).toEqual([]);
    expect(findingsOf('event-casing', 'event', 'checkout:started', titleCase)[0].suggestion).toBe('Checkout Started');
  });

  it('spells accepted words as accepted in its suggestions', () => {
    const settings = settingsWith({ acceptedWords: ['iOS', 'PayPal'] });
    expect(findingsOf('event-casing', 'event', 'ios_app_opened', settings)[0].suggestion).toBe('iOS App Opened');
    expect(findingsOf('event-casing', 'event', 'paypal checkout completed', settings)[0].suggestion).toBe('PayPal Checkout Completed');
  });

  it('accepts the spec event names as Segment spells them, whatever the casing', () => {
    const snake = settingsWith({ eventCasing: 'snake_case' });
    expect(findingsOf('event-casing', 'event', 'Order Completed', snake)).toEqual([]);
    expect(findingsOf('event-casing', 'event', 'Order Shipped', snake)[0].suggestion).toBe('order_shipped');
  });
});

describe('event-casing per casing choice', () => {
  const cases: [EventCasing, string[], [string, string][]][] = [
    [
      'Sentence case',
      ['Order shipped', 'URL copied', 'Product added to wishlist', 'Café visited'],
      [
        ['Order Shipped', 'Order shipped'],
        ['order_shipped', 'Order shipped'],
        ['order shipped', 'Order shipped'],
        ['ShareLink Copied', 'Share link copied'],
      ],
    ],
    [
      'lower case',
      ['order shipped', 'product added to wishlist'],
      [
        ['Order Shipped', 'order shipped'],
        ['order_shipped', 'order shipped'],
        ['URL copied', 'url copied'],
      ],
    ],
    [
      'snake_case',
      ['order_shipped', 'step_2_completed', 'order'],
      [
        ['Order Shipped', 'order_shipped'],
        ['OrderShipped', 'order_shipped'],
        ['order shipped', 'order_shipped'],
        ['order__shipped', 'order_shipped'],
        ['Café Visited', 'cafe_visited'],
      ],
    ],
    [
      'camelCase',
      ['orderShipped', 'urlCopied', 'orderID'],
      [
        ['Order Shipped', 'orderShipped'],
        ['order_shipped', 'orderShipped'],
        ['OrderShipped', 'orderShipped'],
      ],
    ],
    [
      'PascalCase',
      ['OrderShipped', 'URLCopied'],
      [
        ['Order Shipped', 'OrderShipped'],
        ['order_shipped', 'OrderShipped'],
        ['orderShipped', 'OrderShipped'],
      ],
    ],
  ];
  describe.each(cases)('%s', (eventCasing, good, bad) => {
    const settings = settingsWith({ eventCasing });
    it.each(good)('accepts %j', (name) => {
      expect(findingsOf('event-casing', 'event', name, settings)).toEqual([]);
    });
    it.each(bad)('rejects %j and suggests %j', (name, suggestion) => {
      oneFindingOf('event-casing', 'event', name, { suggestion, message: `Event names use ${eventCasing}` }, settings);
    });
  });

  it('accepts accepted words as written in compact casings', () => {
    expect(findingsOf('event-casing', 'event', 'iOS_app_opened', settingsWith({ eventCasing: 'snake_case', acceptedWords: ['iOS'] }))).toEqual([]);
    expect(findingsOf('event-casing', 'event', 'iOSAppOpened', settingsWith({ eventCasing: 'camelCase', acceptedWords: ['iOS'] }))).toEqual([]);
    expect(findingsOf('event-casing', 'event', 'iOSAppOpened', settingsWith({ eventCasing: 'PascalCase', acceptedWords: ['iOS'] }))).toEqual([]);
    expect(findingsOf('event-casing', 'event', 'iOSAppOpened', settingsWith({ eventCasing: 'PascalCase' }))).toHaveLength(1);
  });

  it('offers no suggestion when the casing cannot write the name', () => {
    const [finding] = findingsOf('event-casing', 'event', '注文 完了', settingsWith({ eventCasing: 'snake_case' }));
    expect(finding.rule).toBe('event-casing');
    expect(finding.suggestion).toBeUndefined();
  });
});
