/**
 * event-dynamic-value: an event name must not hold a value that changes from
 * call to call (a date, time, long number, id, e-mail, URL or placeholder):
 * every distinct name becomes its own event, and its own warehouse table.
 */
import { splitWords } from '../casing';
import { removeEmbedded, removeValues, type FoundValue, findValues, type ValueKind } from '../values';
import { fixEventName, LONG_NAME, propertyName, quote } from './shared';
import type { NameRule, RuleContext } from './types';

const WHAT: Record<ValueKind, string> = {
  date: 'a date',
  time: 'a time',
  number: 'a long number',
  id: 'an id',
  email: 'an e-mail address',
  url: 'a web address',
  path: 'a path',
  placeholder: 'a template placeholder',
};

const PROPERTY: Record<ValueKind, string> = {
  date: 'date',
  time: 'time',
  number: 'number',
  id: 'id',
  email: 'email',
  url: 'url',
  path: 'path',
  placeholder: 'value',
};

/** The property to send the value as; a placeholder names it (`{productId}` -> product_id). */
function propertyFor(value: FoundValue, context: RuleContext): string {
  if (value.kind === 'placeholder') {
    const words = splitWords(value.text, context.accepted);
    const named = /\p{L}{2,}/u.test(words.join('')) ? propertyName(words, context) : '';
    if (named !== '') return named;
  }
  return propertyName([PROPERTY[value.kind]], context);
}

export const eventDynamicValue: NameRule<'event-dynamic-value'> = {
  kind: 'name',
  id: 'event-dynamic-value',
  severity: 'error',
  title: 'Changing values in event names',
  description: 'Event names hold no dates, times, long numbers, ids, e-mail addresses, URLs or placeholders; those go in properties.',
  doc: {
    reason: 'A name that holds a value (a date, an id, an e-mail address) makes a new event, and a new warehouse table, for every value.',
    good: ['User Signed Up', 'Report Exported'],
    bad: ['User Signed Up (11-01-2019)', 'Report 2019 Exported', 'Product {id} Viewed', 'Invite Sent to jane@example.com'],
    fix: 'Apply the suggestion (the name without the value) and send the value as a property, as the hint says.',
  },
  targets: ['event'],
  check({ text }, context) {
    if (text === '') return undefined;
    const values = findValues(text);
    if (values.length === 0) return undefined;
    const value = values[0];
    const suggestion = text.length > LONG_NAME ? '' : fixEventName(removeEmbedded(removeValues(text)), context);
    return {
      message:
        `This event name holds ${WHAT[value.kind]} (${quote(value.text)}), a value that changes from call to call. ` +
        'Every different value makes a separate event, and a separate table in a warehouse.',
      suggestion: suggestion === '' ? undefined : suggestion,
      hint: `Send ${quote(value.text)} as a property such as ${propertyFor(value, context)} instead.`,
    };
  },
};
