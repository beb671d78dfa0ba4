import { checkName } from '../../../src/core/check';
import { findingsOf, rulesOn, settingsWith } from '../helpers';

describe('event-dynamic-value', () => {
  it("handles the guide's example: the value goes, the event stays, nothing else is reported", () => {
    const findings = checkName('event', 'User Signed Up (11-01-2019)');
    expect(findings.map((f) => f.rule)).toEqual(['event-dynamic-value']);
    expect(findings[0]).toMatchObject({ severity: 'error', suggestion: 'User Signed Up' });
    expect(findings[0].hint).toContain('"11-01-2019"');
    expect(findings[0].message).toContain('a date');
  });

  it.each([
    ['Report Downloaded 11-01-2019', '11-01-2019', 'date'],
    ['Report Downloaded 2019-11-01', '2019-11-01', 'date'],
    ['Report Downloaded 11/01/19', '11/01/19', 'date'],
    ['Report Downloaded 11.01.2019', '11.01.2019', 'date'],
    ['Report Downloaded Nov 2019', 'Nov 2019', 'date'],
    ['Report Downloaded November 1', 'November 1', 'date'],
    ['Report Downloaded November 1st, 2019', 'November 1st, 2019', 'date'],
    ['Report Downloaded 1 November', '1 November', 'date'],
    ['Webinar Joined 10:30', '10:30', 'time'],
    ['Webinar Joined 10am', '10am', 'time'],
    ['Level 1000 Reached', '1000', 'long number'],
    ['Points 10,000 Earned', '10,000', 'long number'],
    ['Order 123456789 Completed', '123456789', 'long number'],
    ['Item 3f2b8c1a-9d4e-4f5a-8b6c-7d8e9f0a1b2c Viewed', '3f2b8c1a-9d4e-4f5a-8b6c-7d8e9f0a1b2c', 'id'],
    ['Session 5f3a9c2e1b Started', '5f3a9c2e1b', 'id'],
    ['Email Sent to bob@example.com', 'bob@example.com', 'e-mail address'],
    ['Page https://example.com/pricing Viewed', 'https://example.com/pricing', 'web address'],
    ['Page www.example.com Viewed', 'www.example.com', 'web address'],
    ['Page /products/shoes Viewed', '/products/shoes', 'path'],
    ['Page {id} Viewed', '{id}', 'placeholder'],
    ['Page ${name} Viewed', '${name}', 'placeholder'],
    ['Page <name> Viewed', '<name>', 'placeholder'],
    ['Page %s Viewed', '%s', 'placeholder'],
    ['Page :id Viewed', ':id', 'placeholder'],
    ['Page {{slug}} Viewed', '{{slug}}', 'placeholder'],
  ])('finds the value in %j', (name, value, kind) => {
    const [finding, ...rest] = findingsOf('event-dynamic-value', 'event', name);
    expect(rest).toEqual([]);
    expect(finding.message).toContain(`"${value}"`);
    expect(finding.message).toContain(kind);
    expect(finding.suggestion).toBeDefined();
    expect(finding.suggestion).not.toContain(value);
  });

  it.each([
    ['Report Downloaded on 2019-11-01', 'Report Downloaded'],
    ['Page {id} Viewed', 'Page Viewed'],
    ['Email Sent to bob@example.com', 'Email Sent'],
    ['Report Nov 2019 Downloaded', 'Report Downloaded'],
    ['user_signed_up_2019_11_01', 'User Signed Up'],
    ['Read Blog Post 2019', 'Blog Post Read'],
    ['Report - 11-01-2019', 'Report'],
  ])('suggests %j -> %j, fixing casing and order too', (name, suggestion) => {
    expect(findingsOf('event-dynamic-value', 'event', name)[0].suggestion).toBe(suggestion);
  });

  it('names the property after a placeholder, in the property casing', () => {
    expect(findingsOf('event-dynamic-value', 'event', 'Product {productId} Viewed')[0].hint).toContain('product_id');
    expect(findingsOf('event-dynamic-value', 'event', 'Product {product_id} Viewed', settingsWith({ propertyCasing: 'camelCase' }))[0].hint).toContain(
      'productId',
    );
  });

  it.each([
    'Step 2 Completed',
    'Top 100 Viewed',
    '2FA Enabled',
    'MP4 Downloaded',
    'Video 360 Viewed',
    'Version 2.0 Released',
    'March Madness Bracket Viewed',
    'Mayday Called',
    '50% Discount Applied',
    'A/B Test Started',
    'Q&A Opened',
    'Decade Selected',
    'Order Completed',
  ])('accepts %j', (name) => {
    expect(findingsOf('event-dynamic-value', 'event', name)).toEqual([]);
  });

  it('wins over the other event rules on the same cell', () => {
    expect(rulesOn('event', 'read_blog_post - 2019-11-01')).toEqual(['event-dynamic-value']);
    expect(rulesOn('event', 'Homepage 2019')).toEqual(['event-dynamic-value']);
  });

  it('lets the other rules speak when it is switched off', () => {
    const settings = settingsWith({ disabledRules: ['event-dynamic-value'] });
    expect(rulesOn('event', 'user signed up 11-01-2019', settings)).toContain('event-casing');
  });
});
