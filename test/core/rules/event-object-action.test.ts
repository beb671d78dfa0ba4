import { findingsOf, oneFindingOf, settingsWith } from '../helpers';

describe('event-object-action', () => {
  it.each([
    'Blog Post Read',
    'Order Completed',
    'Product Added to Wishlist',
    'Product Removed from Wishlist',
    'Video Content Playing',
    'Video Ad Playing',
    'Signed Up',
    'Signed In',
    'Account Added User',
    'Application Installed',
    'Deep Link Opened',
    'Products Searched',
    'Checkout Step Viewed',
    'Order Refunded',
    'Coupon Denied',
    'Cart Shared',
    'Invite Sent',
    'Install Attributed',
    'Push Notification Bounced',
    // Past tense first with only a particle, or an action later on (conventions.md).
    'Logged Out',
    'Downloaded',
    'Signed In with Google',
    'Used Car Viewed',
    'Saved Search Deleted',
    'Switch to Build Mode Clicked',
    'Sign-up Form Completed',
    'Opt-in Confirmed',
    'Password Reset',
    'Reset',
  ])('accepts %j', (name) => {
    expect(findingsOf('event-object-action', 'event', name)).toEqual([]);
  });

  it.each([
    'sent',
    'read',
    'seen',
    'shown',
    'bought',
    'sold',
    'paid',
    'made',
    'built',
    'taken',
    'given',
    'written',
    'done',
    'won',
    'lost',
    'found',
    'left',
    'kept',
    'held',
    'chosen',
    'begun',
    'run',
    'set',
    'put',
    'shared',
    'wrote',
    'began',
    'sped',
  ])('knows the irregular past tense %j', (verb) => {
    expect(findingsOf('event-object-action', 'event', `Message ${verb[0].toUpperCase()}${verb.slice(1)}`)).toEqual([]);
  });

  it.each([
    ['Read Blog Post', 'Blog Post Read'],
    ['Click Signup Button', 'Signup Button Clicked'],
    ['View Product', 'Product Viewed'],
    ['Add Product to Cart', 'Product Added to Cart'],
    ['Add to Cart', 'Product Added'],
    ['Add to Wishlist', 'Product Added to Wishlist'],
    ['Sign Up', 'Signed Up'],
    ['Log In', 'Logged In'],
    ['Sign In with Google', 'Signed In with Google'],
    ['Send Invite', 'Invite Sent'],
    ['Buy Gift Card', 'Gift Card Bought'],
    ['Stop Video', 'Video Stopped'],
    ['Submit Form', 'Form Submitted'],
    ['Apply Coupon', 'Coupon Applied'],
    ['Write Review', 'Review Written'],
    ['Share Post on Facebook', 'Post Shared on Facebook'],
    ['Start Trial', 'Trial Started'],
  ])('rejects Action + Object %j and suggests %j', (name, suggestion) => {
    oneFindingOf('event-object-action', 'event', name, { severity: 'warning', suggestion, message: 'Object + Action' });
  });

  it.each([
    ['Viewed Product', 'Product Viewed'],
    ['Clicked Button', 'Button Clicked'],
    ['Clicked Signup Button', 'Signup Button Clicked'],
    ['Completed Onboarding', 'Onboarding Completed'],
  ])('rejects past tense + object %j and suggests %j', (name, suggestion) => {
    oneFindingOf('event-object-action', 'event', name, { severity: 'warning', suggestion, message: `starts with the action "${name.split(' ')[0]}"` });
  });

  it.each(['Added to Cart', 'Registered To Bid', 'Shared on Facebook'])('rejects past tense + phrase %j without a suggestion', (name) => {
    const [finding, ...rest] = findingsOf('event-object-action', 'event', name);
    expect(rest).toEqual([]);
    expect(finding.suggestion).toBeUndefined();
    expect(finding.hint).toContain('object first');
  });

  it('leaves a trailing full stop to event-characters', () => {
    expect(findingsOf('event-object-action', 'event', 'Order Completed.')).toEqual([]);
    expect(findingsOf('event-object-action', 'event', 'Read Blog Post.')[0].suggestion).toBe('Blog Post Read');
  });

  it('gives the message without a suggestion when the object is unknown', () => {
    const [finding] = findingsOf('event-object-action', 'event', 'Go to Checkout');
    expect(finding.suggestion).toBeUndefined();
    expect(finding.message).toContain('starts with the action "Go"');
    expect(finding.hint).toContain('Product Added');
  });

  it.each([
    ['Homepage', 'Homepage Viewed'],
    ['Signup Button', 'Signup Button Clicked'],
    ['Checkout', 'Checkout Viewed'],
    ['Pricing Page', 'Pricing Page Viewed'],
    ['Purchase Button', 'Purchase Button Clicked'],
    ['Search Results', 'Search Results Viewed'],
    ['Sign Up Button', 'Sign Up Button Clicked'],
  ])('rejects %j, which says no action, with an example in the hint', (name, example) => {
    const [finding, ...rest] = findingsOf('event-object-action', 'event', name);
    expect(rest).toEqual([]);
    expect(finding.suggestion).toBeUndefined();
    expect(finding.message).toContain('does not say what happened');
    expect(finding.hint).toContain(`"${example}"`);
  });

  it('writes its suggestion in the chosen casing', () => {
    expect(findingsOf('event-object-action', 'event', 'read_blog_post', settingsWith({ eventCasing: 'snake_case' }))[0].suggestion).toBe('blog_post_read');
    expect(findingsOf('event-object-action', 'event', 'readBlogPost', settingsWith({ eventCasing: 'camelCase' }))[0].suggestion).toBe('blogPostRead');
    expect(findingsOf('event-object-action', 'event', 'Read blog post', settingsWith({ eventCasing: 'Sentence case' }))[0].suggestion).toBe('Blog post read');
  });
});
