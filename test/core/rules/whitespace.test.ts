import { checkName } from '../../../src/core/check';
import { findingsOf, oneFindingOf } from '../helpers';

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
    oneFindingOf('whitespace', 'event', name, { severity: 'error', suggestion: 'Order Completed', message: what });
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

  it.each([
    ['Order\u2003Completed', 'Order Completed', 'an unusual space character'],
    ['Order\u3000Completed', 'Order Completed', 'an unusual space character'],
    ['Order Completed\u200b', 'Order Completed', 'an invisible character'],
    ['Order\u200bCompleted', 'OrderCompleted', 'an invisible character'],
    ['Order Com\u00adpleted', 'Order Completed', 'an invisible character'],
    ['\ufeffOrder Completed', 'Order Completed', 'an invisible character'],
    ['Order\u200e Completed', 'Order Completed', 'an invisible character'],
    ['\u202eOrder Completed\u202c', 'Order Completed', 'an invisible character'],
    ['\u2066Order Completed\u2069', 'Order Completed', 'an invisible character'],
    ['Order\u2060Completed', 'OrderCompleted', 'an invisible character'],
    ['Order Completed\u0007', 'Order Completed', 'an invisible character'],
  ])('rejects %j and suggests the cleaned name %j (%s)', (name, cleaned, what) => {
    const [finding, ...rest] = findingsOf('whitespace', 'event', name);
    expect(rest).toEqual([]);
    expect(finding.suggestion).toBe(cleaned);
    expect(finding.message).toContain(what);
  });

  it('flags invisible characters in property and trait names too, and judges casing on the cleaned name', () => {
    expect(checkName('property', 'first\u200b_name').map((f) => f.rule)).toEqual(['whitespace']);
    expect(checkName('property', 'first_name\u00ad', undefined, 'identify').map((f) => f.rule)).toEqual(['whitespace']);
    expect(checkName('event', 'Order\u00a0Completed').map((f) => f.rule)).toEqual(['whitespace']);
  });
});
