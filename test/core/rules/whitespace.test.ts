import { checkName } from '../../../src/core/check';
import { findingsOf } from '../helpers';

describe('whitespace', () => {
  it.each([
    [' Order Completed', 'a space before it'],
    ['Order Completed ', 'a space after it'],
    ['Order  Completed', 'doubled spaces'],
    ['Order\tCompleted', 'a tab'],
    ['Order\nCompleted', 'a line break'],
    ['Order\u00a0Completed', 'an unusual space character'],
    ['  Order   Completed\n', 'a space before it, a space after it and doubled spaces'],
  ])('rejects %j (%s) and suggests the trimmed name', (name, what) => {
    const findings = findingsOf('whitespace', 'event', name);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ severity: 'error', suggestion: 'Order Completed' });
    expect(findings[0].message).toContain(what);
  });

  it('is the only finding when the trimmed name is fine', () => {
    expect(checkName('event', 'Order Completed ').map((f) => f.rule)).toEqual(['whitespace']);
    expect(checkName('property', ' first_name').map((f) => f.rule)).toEqual(['whitespace']);
    expect(checkName('page', 'Home  Page').map((f) => f.rule)).toEqual(['whitespace']);
  });

  it('leaves the other rules to judge the trimmed name', () => {
    expect(checkName('event', 'order completed ').map((f) => f.rule)).toEqual(['whitespace', 'event-casing']);
    expect(checkName('event', 'order completed ').find((f) => f.rule === 'event-casing')!.suggestion).toBe('Order Completed');
  });

  it.each(['', ' ', '\t\n', 'Order Completed'])('has nothing to say about %j', (name) => {
    expect(findingsOf('whitespace', 'event', name)).toEqual([]);
    expect(checkName('event', name.trim() === '' ? name : '')).toEqual([]);
  });
});
