import { checkName } from '../../../src/core/check';
import { findingsOf, oneFindingOf, settingsWith } from '../helpers';

describe('property-casing (snake_case, the default)', () => {
  it('leaves a name that holds a value to property-dynamic-key alone', () => {
    expect(checkName('property', 'a@b.com').map((f) => f.rule)).toEqual(['property-dynamic-key']);
  });

  it.each([
    'first_name',
    'order_id',
    'feature_1',
    'products.$.product_id',
    'products[].product_id',
    'campaign.source',
    'campaign[source]',
    'products[0].name',
    'context.groupId',
    'context.userAgentData',
    'startupTime',
    'droppedFrames',
  ])('accepts %j on the Track tab', (name) => {
    expect(findingsOf('property-casing', 'property', name)).toEqual([]);
  });

  it.each([
    ['firstName', 'first_name'],
    ['Product ID', 'product_id'],
    ['ProductId', 'product_id'],
    ['orderID', 'order_id'],
    ['order-id', 'order_id'],
    ['products[].productId', 'products[].product_id'],
    ['products.$.Product ID', 'products.$.product_id'],
    ['Campaign[Source]', 'campaign[source]'],
    ['user.FirstName', 'user.first_name'],
    ['Café Name', 'cafe_name'],
    ['_private', 'private'],
  ])('rejects %j and suggests %j', (name, suggestion) => {
    oneFindingOf('property-casing', 'property', name, { severity: 'error', suggestion, message: /^Property names use snake_case/ });
  });

  it('accepts reserved traits where Segment reserves them, and only there', () => {
    expect(findingsOf('property-casing', 'property', 'firstName', undefined, 'identify')).toEqual([]);
    expect(findingsOf('property-casing', 'property', 'createdAt', undefined, 'group')).toEqual([]);
    expect(findingsOf('property-casing', 'property', 'address.postalCode', undefined, 'identify')).toEqual([]);
    expect(findingsOf('property-casing', 'property', 'firstName', undefined, 'group')[0].suggestion).toBe('first_name');
    const [onTrack] = findingsOf('property-casing', 'property', 'firstName', undefined, 'track');
    expect(onTrack.suggestion).toBe('first_name');
  });

  it('calls traits traits', () => {
    expect(findingsOf('property-casing', 'property', 'Plan Name', undefined, 'identify')[0].message).toMatch(/^Trait names use snake_case/);
  });

  it('offers no suggestion when no part of a name can be written in ASCII', () => {
    const [finding] = findingsOf('property-casing', 'property', '名前');
    expect(finding.rule).toBe('property-casing');
    expect(finding.suggestion).toBeUndefined();
  });

  it('accepts accepted words as written', () => {
    expect(findingsOf('property-casing', 'property', 'iOS_version', settingsWith({ acceptedWords: ['iOS'] }))).toEqual([]);
    expect(findingsOf('property-casing', 'property', 'iOS_version')).toHaveLength(1);
  });
});

describe('property-casing (camelCase)', () => {
  const camel = settingsWith({ propertyCasing: 'camelCase' });
  it.each(['firstName', 'orderId', 'orderID', 'products.$.productId', 'campaign[adGroup]', 'product_id', 'image_url', 'context.groupId'])(
    'accepts %j',
    (name) => {
      expect(findingsOf('property-casing', 'property', name, camel)).toEqual([]);
    },
  );
  it.each([
    ['last_login', 'lastLogin'],
    ['Product ID', 'productId'],
    ['ProductName', 'productName'],
    ['products.$.item_name', 'products.$.itemName'],
  ])('rejects %j and suggests %j', (name, suggestion) => {
    oneFindingOf('property-casing', 'property', name, { suggestion, message: /^Property names use camelCase/ }, camel);
  });
});
