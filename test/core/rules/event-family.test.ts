import { check } from '../../../src/core/check';
import { event, settingsWith, trackPlan } from '../helpers';

const families = (names: string[], settings = settingsWith({})) =>
  check(trackPlan(names.flatMap((name) => event(name))), settings).filter((f) => f.rule === 'event-family');

describe('event-family', () => {
  it("reports the guide's example with one event and an account_tier property as advice", () => {
    const found = families(['Business Tier Workspace Created', 'Free Tier Workspace Created']);
    expect(found.map((f) => f.text)).toEqual(['Business Tier Workspace Created', 'Free Tier Workspace Created']);
    expect(found[0]).toMatchObject({ severity: 'warning', row: 2, column: 3 });
    expect(found[0].suggestion).toBeUndefined();
    expect(found[0].hint).toContain('"Workspace Created"');
    expect(found[0].hint).toContain('account_tier');
    expect(found[0].hint).toContain('"Business Tier" and "Free Tier"');
  });

  it('reports only the qualified events when the plain one exists', () => {
    const found = families(['Workspace Created', 'Team Workspace Created', 'Personal Workspace Created']);
    expect(found.map((f) => f.text)).toEqual(['Team Workspace Created', 'Personal Workspace Created']);
    expect(found[0].hint).toContain('account_type');
  });

  it.each([
    [['Free Workspace Created', 'Paid Workspace Created'], 'account_plan'],
    [['iOS Video Shared', 'Android Video Shared', 'Web Video Shared'], 'platform'],
    [['Gold Badge Earned', 'Silver Badge Earned'], 'badge_tier'],
    [['Big Box Shipped', 'Small Box Shipped'], 'box_size'],
  ])('reports %j with a property such as %s', (names, property) => {
    const found = families(names);
    expect(found).toHaveLength(names.length);
    expect(found[0].hint).toContain(property);
  });

  it('writes the advice in the chosen casings', () => {
    const found = families(['business_tier_workspace_created', 'free_tier_workspace_created'], settingsWith({ eventCasing: 'snake_case', propertyCasing: 'camelCase' }));
    expect(found[0].hint).toContain('"workspace_created"');
    expect(found[0].hint).toContain('accountTier');
  });

  it.each([
    [['Video Playback Buffer Started', 'Video Playback Seek Started', 'Video Playback Started', 'Video Content Started', 'Video Ad Started']],
    [['Product Added', 'Wishlist Product Added to Cart', 'Product Added to Wishlist']],
    [['Signed Up', 'User Signed Up']],
    [['Order Completed', 'Order Refunded']],
    [['Workspace Created', 'workspace created']],
    [['Payment Method Added', 'Shipping Method Added']],
    [['Blog Post Read', 'Forum Post Read']],
    [['Blog Post Viewed', 'Partner Portal Blog Post Viewed', 'Admin Blog Post Viewed']],
    [['Free Workspace Created']],
  ])('accepts %j', (names) => {
    expect(families(names)).toEqual([]);
  });

  it('never reports spec events, but reports custom events that join their family', () => {
    const found = families(['Video Playback Started', 'Mobile Video Playback Started']);
    expect(found.map((f) => f.text)).toEqual(['Mobile Video Playback Started']);
  });
});
