/**
 * event-object-action: event names read Object + Action, the action in the
 * past tense ("Blog Post Read"). Flags names that start with a base-form verb
 * ("Read Blog Post") and names with no action at all ("Homepage").
 */
import { joinWords } from '../casing';
import { withoutBadCharacters } from '../characters';
import { likelyAction, readObjectAction } from '../object-action';
import { eventWords, LONG_NAME, quote } from './shared';
import type { NameRule } from './types';

/** A category tag in square brackets before the name: "[Digest Playground] Back Button Click". */
const LEADING_TAG = /^\[[^\]]*\] +(?=\S)/;

const RULE = 'Event names read Object + Action: first what was acted on, then what happened, in the past tense';

export const eventObjectAction: NameRule<'event-object-action'> = {
  kind: 'name',
  id: 'event-object-action',
  severity: 'warning',
  title: 'Object + Action order',
  description:
    'Event names say what was acted on, then what happened, in the past tense ("Blog Post Read", "Order Completed"); a bare action with its particle ("Signed Up") is fine.',
  doc: {
    reason: "Object + Action names in the past tense sort together by object and read the same way across the plan, as Segment's planning guide recommends.",
    good: ['Blog Post Read', 'Product Added to Wishlist', 'Signed Up', 'Video Content Playing', 'Switch to Build Mode Clicked'],
    bad: ['Read Blog Post', 'Viewed Product', 'Added to Cart', 'Homepage', 'Signup Button'],
    fix: 'Put the object first and the action after it, in the past tense: apply the suggestion where one is given ("Viewed Product" -> "Product Viewed"), else rename by hand.',
  },
  targets: ['event'],
  suppressedBy: ['event-dynamic-value', 'event-embedded-value'],
  check({ text: written }, context) {
    // Characters that event-characters reports ("Order Completed.") are judged by it, not here,
    // and a leading category tag ("[Templates] Create Template Click") is not part of the Object + Action.
    const cleaned = written.length > LONG_NAME ? written : withoutBadCharacters(written, 'event');
    const tag = LEADING_TAG.exec(cleaned)?.[0] ?? '';
    const text = cleaned.slice(tag.length);
    if (text === '') return undefined;
    const words = eventWords(text, context);
    const reading = readObjectAction(words);
    const casing = context.settings.eventCasing;
    if (reading.kind === 'action-object') {
      const suggestion = reading.fixed && text.length <= LONG_NAME ? tag + joinWords(reading.fixed, casing, context.eventAccepted) : undefined;
      return {
        message: `${RULE} (as in "Blog Post Read"). This name starts with the action ${quote(reading.verb)}.`,
        suggestion,
        hint: suggestion
          ? undefined
          : `Put the object first and the action after it, in the past tense: for example "Product Added" rather than "Add to Cart".`,
      };
    }
    if (reading.kind === 'no-action') {
      const example = text.length <= LONG_NAME ? joinWords([...words, likelyAction(words)], casing, context.eventAccepted) : '';
      return {
        message: `${RULE} (as in "Order Completed"). This name does not say what happened.`,
        hint: `Add the action after the object, in the past tense${example ? `: for example ${quote(example)}` : ''}.`,
      };
    }
    return undefined;
  },
};
