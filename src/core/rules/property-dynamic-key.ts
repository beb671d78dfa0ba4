/**
 * property-dynamic-key: a property or trait name must not hold a value (a
 * date, a number of four or more digits, an id, an e-mail address):
 * `user_12345`, `signup_2019_11_01`. Each value would become its own column.
 */
import { findValues, KEY_VALUE_KINDS, removeValues, type ValueKind } from '../values';
import { splitWords } from '../casing';
import { LONG_NAME, propertyName, quote } from './shared';
import type { NameRule } from './types';

const WHAT: Partial<Record<ValueKind, string>> = { date: 'a date', number: 'a long number', id: 'an id', email: 'an e-mail address' };
const SUFFIX: Partial<Record<ValueKind, string>> = { date: 'date', number: 'id', id: 'id', email: 'email' };

export const propertyDynamicKey: NameRule<'property-dynamic-key'> = {
  kind: 'name',
  id: 'property-dynamic-key',
  severity: 'error',
  title: 'Values in property names',
  description: 'Property and trait names hold no dates, long numbers, ids or e-mail addresses ("user_12345").',
  doc: {
    reason: 'A property name that holds a value makes a new column for every value, which no report can add up.',
    good: ['user_id', 'signup_date'],
    bad: ['user_12345', 'signup_2019_11_01'],
    fix: 'Name the property for what it holds, as the hint suggests, and send the value as its value.',
  },
  targets: ['property'],
  check({ text }, context) {
    if (text === '') return undefined;
    const values = findValues(text, KEY_VALUE_KINDS);
    if (values.length === 0) return undefined;
    const value = values[0];
    const words = text.length > LONG_NAME ? [] : splitWords(removeValues(text, KEY_VALUE_KINDS), context.accepted);
    const suffix = SUFFIX[value.kind] ?? 'value';
    if (words.length === 0 || words[words.length - 1].toLowerCase() !== suffix) words.push(suffix);
    return {
      message:
        `This name holds ${WHAT[value.kind] ?? 'a value'} (${quote(value.text)}). ` +
        'Every different value would make a separate property, and a separate column in a warehouse.',
      hint: `Name the property for what it holds, such as ${propertyName(words, context)}, and send ${quote(value.text)} as its value.`,
    };
  },
};
