import { findingsOf, oneFindingOf } from '../helpers';

describe('property-dynamic-key', () => {
  it.each([
    ['user_12345', '12345', 'user_id'],
    ['signup_2019_11_01', '2019_11_01', 'signup_date'],
    ['signup_11-01-2019', '11-01-2019', 'signup_date'],
    ['bob@example.com_score', 'bob@example.com', 'score_email'],
    ['session_5f3a9c2e1b7d', '5f3a9c2e1b7d', 'session_id'],
    ['item_3f2b8c1a-9d4e-4f5a-8b6c-7d8e9f0a1b2c', '3f2b8c1a-9d4e-4f5a-8b6c-7d8e9f0a1b2c', 'item_id'],
    ['user_id_12345', '12345', 'user_id'],
  ])('rejects %j', (name, value, property) => {
    const finding = oneFindingOf('property-dynamic-key', 'property', name, { severity: 'error', message: `"${value}"` });
    expect(finding.hint).toContain(property);
    expect(finding.suggestion).toBeUndefined();
  });

  it.each(['feature_1', 'utm_v2', 'address_line_1', 'product_id', 'top_100', 'products.$.price', 'ipv6_address'])('accepts %j', (name) => {
    expect(findingsOf('property-dynamic-key', 'property', name)).toEqual([]);
  });

  it('checks traits too', () => {
    expect(findingsOf('property-dynamic-key', 'property', 'plan_2024', undefined, 'identify')).toHaveLength(1);
  });
});
