/**
 * event-casing: event names follow the document's event casing (Title Case by
 * default). Spec event names pass as Segment spells them, whatever the casing,
 * because destinations map them by their exact name.
 */
import { convertCasing, describeCasing, followsCasing } from '../casing';
import { withoutBadCharacters } from '../characters';
import { BUILT_IN_BRANDS } from '../lexicon/brands';
import { isSpecEventName } from '../names';
import { LONG_NAME, quote } from './shared';
import type { NameRule } from './types';

export const eventCasing: NameRule<'event-casing'> = {
  kind: 'name',
  id: 'event-casing',
  severity: 'error',
  title: 'Event name casing',
  description:
    'Event names follow the chosen casing (Title Case by default: "Order Completed"); hyphenated words ("Sign-up") and brands ("iOS", "PayPal") pass as written.',
  doc: {
    reason:
      'Tools treat "Order Completed" and "order_completed" as two different events, so one casing for the whole plan keeps every report counting one event.',
    good: ['Order Completed', 'Product Added to Wishlist', 'URL Copied', 'Sign-up Form Completed', 'iOS App Opened'],
    bad: ['order_completed', 'OrderCompleted', 'order-completed', 'Order completed'],
    fix: `Apply the suggestion: the same words in the chosen casing. In Title Case and Sentence case these brand spellings pass as written: ${BUILT_IN_BRANDS.join(', ')}; add others to the accepted words in the settings.`,
  },
  targets: ['event'],
  suppressedBy: ['event-dynamic-value', 'event-embedded-value'],
  check({ text: written }, context) {
    const casing = context.settings.eventCasing;
    if (written === '' || isSpecEventName(written)) return undefined;
    // Characters that event-characters reports are its to fix: the casing is judged on the name without them.
    const text = written.length > LONG_NAME ? written : withoutBadCharacters(written, 'event');
    if (text === '' || followsCasing(text, casing, context.eventAccepted)) return undefined;
    // In a name of several words, one mixed-case word is usually a brand ("iOS", "PayPal").
    const tokens = text.split(' ');
    const brand = tokens.length > 1 ? tokens.find((t) => /\p{Ll}\p{Lu}/u.test(t)) : undefined;
    return {
      message: `Event names use ${casing}: ${describeCasing(casing)}.`,
      suggestion: text.length > LONG_NAME ? undefined : convertCasing(text, casing, context.eventAccepted),
      hint: brand ? `If ${quote(brand)} is spelled this way on purpose (a brand or product name), add it to the accepted words in the settings.` : undefined,
    };
  },
};
