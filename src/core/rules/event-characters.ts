/**
 * event-characters: event and property names hold no character that code
 * generators (Typewriter), warehouses and destinations cannot turn into a
 * name: `:` without a space after it, `% # ? & * = \ ; < >`, double quotes,
 * symbols and emoji, trailing punctuation, or no letter at all.
 *
 * It reports only what no other rule does: values (dates, times, URLs,
 * placeholders, e-mail addresses, quoted or bracketed values) belong to the
 * value rules, spaces and invisible characters to `whitespace`, and path
 * syntax (`.`, `$`, `[]`) is not a character problem.
 */
import { describeCharacterProblems, findCharacterProblems, withoutBadCharacters } from '../characters';
import { isDefinedName, isSpecEventName } from '../names';
import { LONG_NAME } from './shared';
import type { NameRule } from './types';

export const eventCharacters: NameRule<'event-characters'> = {
  kind: 'name',
  id: 'event-characters',
  severity: 'error',
  title: 'Characters names cannot hold',
  description:
    'Event and property names hold letters, digits, spaces and light punctuation only: no ":" without a space, "%", "#", "?", "&", "*", "=", "\\", ";", "<", ">", double quotes, symbols or emoji, no trailing punctuation, and at least one letter.',
  doc: {
    reason:
      'Code generators such as Typewriter, warehouses and destinations turn names into identifiers and column names, and these characters either break them or are silently dropped, so two names can collide.',
    good: ['Checkout Started', "Women's Shoes Viewed", 'Order Completed', 'products.$.product_id', 'discount_percent'],
    bad: ['Checkout:Started', 'Order Completed.', 'Order Completed 🎉', 'Is Gift?', 'discount%', '123'],
    fix: 'Remove the characters (the suggestion does it where a name is left), or spell them out: "discount_percent" rather than "discount%".',
  },
  targets: ['event', 'property'],
  suppressedBy: ['event-dynamic-value', 'event-embedded-value'],
  check({ text, target, scope }) {
    if (text === '') return undefined;
    if (target === 'event' ? isSpecEventName(text) : isDefinedName(text, scope)) return undefined;
    const kind = target === 'event' ? 'event' : 'property';
    const found = findCharacterProblems(text, kind);
    if (!found) return undefined;
    const what = target === 'event' ? 'event name' : scope === 'track' ? 'property name' : 'trait name';
    const cleaned = text.length > LONG_NAME ? '' : withoutBadCharacters(text, kind);
    return {
      message:
        `This ${what} has ${describeCharacterProblems(found)}. ` +
        'Code generators, warehouses and destinations cannot turn such characters into a name: they break the build or are dropped, so two names can become one.',
      suggestion: /\p{L}/u.test(cleaned) ? cleaned : undefined,
      hint: found.noLetter ? 'Name the event or property in words that say what it is.' : undefined,
    };
  },
};
