import { isAction, isBaseVerb, isPastTense, pastParticiple } from '../../../src/core/lexicon/verbs';

describe('the verb lexicon', () => {
  it.each(['Completed', 'Added', 'Sent', 'Read', 'Shared', 'Bought', 'Paid', 'Written', 'Agreed', 'Stopped', 'Applied'])('knows %j is a past tense', (word) => {
    expect(isPastTense(word)).toBe(true);
  });

  it.each(['Feed', 'Speed', 'Need', 'Embed', 'Hundred', 'Bed', 'Red', 'Sacred', 'Order', '3ed'])('knows %j is not', (word) => {
    expect(isPastTense(word)).toBe(false);
  });

  it.each(['Playing', 'Loading', 'Buffering'])('knows %j, a progressive form, is an action', (word) => {
    expect(isAction(word)).toBe(true);
  });

  it.each(['Pricing', 'Landing', 'Thing', 'String', 'Ping', 'Wedding', 'Morning'])('knows %j is a noun', (word) => {
    expect(isAction(word)).toBe(false);
  });

  it('knows base forms', () => {
    expect(['Read', 'Click', 'Add', 'View', 'Sign'].every(isBaseVerb)).toBe(true);
    expect(['Checkout', 'Order', 'Homepage', 'Signup', 'Account'].some(isBaseVerb)).toBe(false);
  });

  it.each([
    ['read', 'read'],
    ['add', 'added'],
    ['stop', 'stopped'],
    ['submit', 'submitted'],
    ['apply', 'applied'],
    ['save', 'saved'],
    ['send', 'sent'],
    ['buy', 'bought'],
    ['choose', 'chosen'],
    ['sync', 'synced'],
    ['play', 'played'],
  ])('puts %j in the past tense: %j', (base, past) => {
    expect(pastParticiple(base)).toBe(past);
  });
});
