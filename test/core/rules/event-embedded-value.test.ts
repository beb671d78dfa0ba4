import { checkName } from '../../../src/core/check';
import { findingsOf, settingsWith } from '../helpers';

describe('event-embedded-value', () => {
  it("handles the guide's example: event in Object + Action order, value as blog_post_title, nothing else reported", () => {
    const findings = checkName('event', 'Read Blog Post - Best Tracking Plans Ever');
    expect(findings.map((f) => f.rule)).toEqual(['event-embedded-value']);
    expect(findings[0]).toMatchObject({ severity: 'error', suggestion: 'Blog Post Read' });
    expect(findings[0].hint).toBe('Send "Best Tracking Plans Ever" as the property blog_post_title.');
  });

  it('does not quote a quoted value twice in its hint', () => {
    const [finding] = findingsOf('event-embedded-value', 'event', 'Song Played: "Hey Jude"');
    expect(finding.hint).toBe('Send "Hey Jude" as the property song_title.');
  });

  it.each([' – ', ' — ', ': ', ' | ', ' / ', ' > ', ' - '])('finds a value after %j', (separator) => {
    const [finding] = findingsOf('event-embedded-value', 'event', `Category Viewed${separator}Shoes`);
    expect(finding.suggestion).toBe('Category Viewed');
    expect(finding.hint).toBe('Send "Shoes" as the property category_name.');
  });

  it.each([
    ['Button "Buy Now" Clicked', 'Button Clicked', 'Buy Now'],
    ['Button “Buy Now” Clicked', 'Button Clicked', 'Buy Now'],
    ["Button 'Buy Now' Clicked", 'Button Clicked', 'Buy Now'],
    ['Video Played (Trailer)', 'Video Played', 'Trailer'],
    ['Video Played [Trailer]', 'Video Played', 'Trailer'],
  ])('finds the value in %j', (name, suggestion, value) => {
    const [finding] = findingsOf('event-embedded-value', 'event', name);
    expect(finding.suggestion).toBe(suggestion);
    expect(finding.message).toContain(`"${value}"`);
  });

  it('names the property in the property casing', () => {
    const [finding] = findingsOf('event-embedded-value', 'event', 'Read Blog Post - Best Tracking Plans Ever', settingsWith({ propertyCasing: 'camelCase' }));
    expect(finding.hint).toContain('blogPostTitle');
  });

  it.each(["Men's Shoes Viewed", 'Add-on Installed', 'Order Completed', 'A/B Test Started', 'Q&A Opened', 'Rock-n-Roll Played', 'Pro (Annual)'])(
    'accepts %j',
    (name) => {
      const expected = name === 'Pro (Annual)' ? 1 : 0;
      expect(findingsOf('event-embedded-value', 'event', name)).toHaveLength(expected);
    },
  );
});
