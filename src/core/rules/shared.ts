/**
 * Helpers the rules share: writing a fixed event name in the document's
 * casing and Object + Action order, naming a property for a value, and
 * quoting cell text in messages.
 */
import { joinWords, splitWords, wordsFor } from '../casing';
import { isAction, isBaseVerb, PARTICLES, PREPOSITIONS } from '../lexicon/verbs';
import { MINOR_WORDS, TITLED_OBJECTS } from '../lexicon/words';
import { readObjectAction } from '../object-action';
import type { RuleContext } from './types';

/**
 * Names longer than this still get findings, but no rewritten suggestion or
 * example: nobody wants a 50,000-character suggestion, and building one
 * would cost more than the rest of the check.
 */
export const LONG_NAME = 2000;

/** Quotes cell text for a message, shortened so a 50,000-character cell does not make a 50,000-character message. */
export function quote(text: string, max = 60): string {
  // A value that carries its own quotes ("Hey Jude") is not quoted twice.
  const quoted = /^(["“'‘])(.+)(["”'’])$/.exec(text);
  if (quoted) text = quoted[2];
  if (text.length <= max) return `"${text}"`;
  const chars = Array.from(text);
  return `"${chars.length > max ? chars.slice(0, max - 1).join('') + '…' : text}"`;
}

/** Lists quoted texts: `"a"`, `"a" and "b"`, `"a", "b" and 2 more`. */
export function quoteList(texts: readonly string[], max = 3): string {
  const shown = texts.slice(0, max).map((t) => quote(t));
  const more = texts.length - shown.length;
  if (more > 0) return `${shown.join(', ')} and ${more} more`;
  if (shown.length <= 1) return shown.join('');
  return `${shown.slice(0, -1).join(', ')} and ${shown[shown.length - 1]}`;
}

const wordMemo = new WeakMap<RuleContext, Map<string, readonly string[]>>();

/** The words of an event name as the document's event casing reads them; remembered for the rest of the check. */
export function eventWords(text: string, context: RuleContext): readonly string[] {
  let memo = wordMemo.get(context);
  if (!memo) wordMemo.set(context, (memo = new Map()));
  let words = memo.get(text);
  if (!words) memo.set(text, (words = wordsFor(text, context.settings.eventCasing, context.eventAccepted)));
  return words;
}

/**
 * An event name put right: Object + Action order when it reads Action +
 * Object, in the document's casing. Returns '' when nothing is left.
 */
export function fixEventName(text: string, context: RuleContext): string {
  let words: readonly string[] = eventWords(text, context);
  const reading = readObjectAction(words);
  if (reading.kind === 'action-object' && reading.fixed) words = reading.fixed;
  return joinWords(words, context.settings.eventCasing, context.eventAccepted);
}

/** The object of an event name: its words without the verb, particles, prepositional tail and minor words. */
export function objectWords(text: string, context: RuleContext): string[] {
  const words = splitWords(text, context.accepted);
  const out: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i].toLowerCase();
    if (PREPOSITIONS.has(w) && out.length > 0) break;
    if (isAction(words[i]) || PARTICLES.has(w) || MINOR_WORDS.has(w)) continue;
    if (i === 0 && isBaseVerb(w)) continue;
    if (!/\p{L}/u.test(w)) continue;
    out.push(words[i]);
  }
  return out;
}

/** A property name in the document's property casing. */
export function propertyName(words: readonly string[], context: RuleContext): string {
  return joinWords(words, context.settings.propertyCasing, context.accepted);
}

/** A property to hold a value cut out of an event name: "Read Blog Post" -> blog_post_title. */
export function propertyForObject(eventText: string, context: RuleContext): string | undefined {
  const object = objectWords(eventText, context);
  if (object.length === 0) return undefined;
  const last = object[object.length - 1].toLowerCase();
  const name = propertyName([...object, TITLED_OBJECTS.has(last) ? 'title' : 'name'], context);
  return name === '' ? undefined : name;
}
