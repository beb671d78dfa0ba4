/**
 * event-casing: event names follow the document's event casing (Title Case by
 * default). Spec event names pass as Segment spells them, whatever the casing,
 * because destinations map them by their exact name.
 */
import { convertCasing, describeCasing, followsCasing } from '../casing';
import { isSpecEventName } from '../names';
import { LONG_NAME, quote } from './shared';
import type { NameRule } from './types';

export const eventCasing: NameRule = {
  kind: 'name',
  id: 'event-casing',
  severity: 'error',
  title: 'Event name casing',
  description: 'Event names follow the chosen casing (Title Case by default: "Order Completed").',
  targets: ['event'],
  suppressedBy: ['event-dynamic-value', 'event-embedded-value'],
  check({ text }, context) {
    const casing = context.settings.eventCasing;
    if (text === '' || isSpecEventName(text) || followsCasing(text, casing, context.accepted)) return undefined;
    // In a name of several words, one mixed-case word is usually a brand ("iOS", "PayPal").
    const tokens = text.split(' ');
    const brand = tokens.length > 1 ? tokens.find((t) => /\p{Ll}\p{Lu}/u.test(t)) : undefined;
    return {
      message: `Event names use ${casing}: ${describeCasing(casing)}.`,
      suggestion: text.length > LONG_NAME ? undefined : convertCasing(text, casing, context.accepted),
      hint: brand ? `If ${quote(brand)} is spelled this way on purpose (a brand or product name), add it to the accepted words in the settings.` : undefined,
    };
  },
};
