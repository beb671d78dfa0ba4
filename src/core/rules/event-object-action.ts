/**
 * event-object-action: event names read Object + Action, the action in the
 * past tense ("Blog Post Read"). Flags names that start with a base-form verb
 * ("Read Blog Post") and names with no action at all ("Homepage").
 */
import { joinWords } from '../casing';
import { likelyAction, readObjectAction } from '../objectAction';
import { eventWords, LONG_NAME, quote } from './shared';
import type { NameRule } from './types';

const RULE = 'Event names read Object + Action: first what was acted on, then what happened, in the past tense';

export const eventObjectAction: NameRule = {
  kind: 'name',
  id: 'event-object-action',
  severity: 'warning',
  title: 'Object + Action order',
  description: 'Event names say what was acted on, then what happened, in the past tense ("Blog Post Read", "Order Completed").',
  targets: ['event'],
  suppressedBy: ['event-dynamic-value', 'event-embedded-value'],
  check({ text }, context) {
    if (text === '') return undefined;
    const words = eventWords(text, context);
    const reading = readObjectAction(words);
    const casing = context.settings.eventCasing;
    if (reading.kind === 'action-object') {
      const suggestion = reading.fixed && text.length <= LONG_NAME ? joinWords(reading.fixed, casing, context.accepted) : undefined;
      return {
        message: `${RULE} (as in "Blog Post Read"). This name starts with the action ${quote(reading.verb)}.`,
        suggestion,
        hint: suggestion
          ? undefined
          : `Put the object first and the action after it, in the past tense: for example "Product Added" rather than "Add to Cart".`,
      };
    }
    if (reading.kind === 'no-action') {
      const example = text.length <= LONG_NAME ? joinWords([...words, likelyAction(words)], casing, context.accepted) : '';
      return {
        message: `${RULE} (as in "Order Completed"). This name does not say what happened.`,
        hint: `Add the action after the object, in the past tense${example ? `: for example ${quote(example)}` : ''}.`,
      };
    }
    return undefined;
  },
};
