/**
 * event-embedded-value: an event name must not carry a property value after a
 * separator, in quotes or in trailing brackets ("Read Blog Post - Best
 * Tracking Plans Ever"). The fix keeps the event and names a property for
 * the value, as Segment's planning guide does (blog_post_title).
 */
import { findEmbeddedValue, removeEmbedded } from '../values';
import { fixEventName, LONG_NAME, propertyForObject, quote } from './shared';
import type { NameRule } from './types';

export const eventEmbeddedValue: NameRule<'event-embedded-value'> = {
  kind: 'name',
  id: 'event-embedded-value',
  severity: 'error',
  title: 'Values in event names',
  description: 'Event names carry no values after a dash, colon or bar, in quotes or in brackets; those go in properties.',
  doc: {
    reason: 'A value written after a separator, in quotes or in brackets makes a separate event for every value, which belongs in a property instead.',
    good: ['Blog Post Read', 'Video Played'],
    bad: ['Read Blog Post - Best Tracking Plans Ever', 'Plan Selected: Pro', 'Video "Intro" Played'],
    fix: 'Apply the suggestion (the part before the value, in Object + Action order) and send the value as the property the hint names, such as blog_post_title.',
  },
  targets: ['event'],
  suppressedBy: ['event-dynamic-value'],
  check({ text }, context) {
    if (text === '') return undefined;
    const embedded = findEmbeddedValue(text);
    if (!embedded) return undefined;
    const long = text.length > LONG_NAME;
    const rest = long ? '' : removeEmbedded(text);
    const suggestion = long ? '' : fixEventName(rest, context);
    const property = long ? undefined : propertyForObject(rest, context);
    return {
      message: `This event name carries a value (${quote(embedded.value)}) that belongs in a property. ` + 'Every different value would make a separate event.',
      suggestion: suggestion === '' ? undefined : suggestion,
      hint: property ? `Send ${quote(embedded.value)} as the property ${property}.` : `Send ${quote(embedded.value)} as the value of a property.`,
    };
  },
};
