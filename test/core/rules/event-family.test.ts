import { check } from '../../../src/core/check';
import { event, settingsWith, trackPlan } from '../helpers';

const families = (names: string[], settings = settingsWith({})) =>
  check(trackPlan(names.flatMap((name) => event(name))), settings).filter((f) => f.rule === 'event-family');

describe('event-family', () => {
  it("reports the guide's example with one event and an account_tier property as advice, not a fix", () => {
    const found = families(['Business Tier Workspace Created', 'Free Tier Workspace Created']);
    expect(found.map((f) => f.text)).toEqual(['Business Tier Workspace Created', 'Free Tier Workspace Created']);
    expect(found[0]).toMatchObject({ severity: 'warning', row: 2, column: 3 });
    expect(found[0].suggestion).toBeUndefined();
    expect(found[0].message).toContain('"Workspace Created"');
    expect(found[0].message).toContain('account_tier');
    expect(found[0].message).toContain('"Business Tier" and "Free Tier"');
  });

  it.each([
    [['Home Page Viewed', 'Pricing Page Viewed', 'Login Page Viewed'], 'Page Viewed', 'page_name'],
    [['Switch to Build Mode Clicked', 'Switch to Design Mode Clicked'], 'Mode Clicked', 'mode'],
    [['Business Tier Workspace Created', 'Free Tier Workspace Created'], 'Workspace Created', 'account_tier'],
    [['Free Workspace Created', 'Paid Workspace Created'], 'Workspace Created', 'account_plan'],
    [['iOS Video Shared', 'Android Video Shared', 'Web Video Shared'], 'Video Shared', 'platform'],
    [['Gold Badge Earned', 'Silver Badge Earned'], 'Badge Earned', 'badge_tier'],
    [['Big Box Shipped', 'Small Box Shipped'], 'Box Shipped', 'box_size'],
    [['Team Workspace Created', 'Personal Workspace Created'], 'Workspace Created', 'account_type'],
    [['Payment Method Added', 'Shipping Method Added'], 'Method Added', 'method'],
    [['Blog Post Read', 'Forum Post Read'], 'Post Read', 'post_name'],
  ])('marks every member of %j, naming %j and %s', (names, shared, property) => {
    const found = families(names);
    expect(found.map((f) => f.text)).toEqual(names);
    expect(found[0].message).toContain(`"${shared}"`);
    expect(found[0].message).toContain(property);
    expect(found.every((f) => f.suggestion === undefined)).toBe(true);
  });

  it('leaves out the event that is only the Object + Action, and marks the others', () => {
    const found = families(['Workspace Created', 'Team Workspace Created', 'Personal Workspace Created']);
    expect(found.map((f) => f.text)).toEqual(['Team Workspace Created', 'Personal Workspace Created']);
  });

  it('compares words case-insensitively and in any casing', () => {
    expect(families(['Home Page Viewed', 'pricing page viewed'])).toHaveLength(2);
    const snake = settingsWith({ eventCasing: 'snake_case', propertyCasing: 'camelCase' });
    const found = families(['business_tier_workspace_created', 'free_tier_workspace_created'], snake);
    expect(found).toHaveLength(2);
    expect(found[0].message).toContain('"workspace_created"');
    expect(found[0].message).toContain('accountTier');
  });

  it.each([
    [['Video Playback Buffer Started', 'Video Playback Seek Started']],
    [['Product Added', 'Wishlist Product Added to Cart', 'Product Added to Wishlist']],
    [['Signed Up', 'User Signed Up']],
    [['Order Completed', 'Order Refunded']],
    [['Workspace Created', 'workspace created']],
    [['Home Page Viewed', 'home page viewed']],
    [['Free Workspace Created']],
  ])('accepts %j', (names) => {
    expect(families(names)).toEqual([]);
  });

  it('never counts or marks spec events', () => {
    expect(families(['Video Playback Started', 'Mobile Video Playback Started'])).toEqual([]);
    expect(families(['Video Playback Started', 'Video Content Started', 'Video Ad Started'])).toEqual([]);
    const found = families(['Video Playback Started', 'Mobile Video Playback Started', 'Web Video Playback Started']);
    expect(found.map((f) => f.text)).toEqual(['Mobile Video Playback Started', 'Web Video Playback Started']);
  });
});
