/**
 * The Object + Action reading of an event name: what was acted on, then what
 * happened, in the past tense ("Blog Post Read"). Works on words, so the
 * same analysis serves every event casing.
 */
import { isAction, isBaseVerb, pastParticiple, PARTICLES, PREPOSITIONS } from './lexicon/verbs';
import { DIMENSIONS, NOUN_TOO, QUALIFIERS, UI_NOUNS } from './lexicon/words';

export type ActionReading =
  /** Object + Action, or an action with its particle ("Signed Up"). */
  | { kind: 'ok' }
  /** Starts with a base-form verb and has no action after it: "Read Blog Post". */
  | { kind: 'action-object'; verb: string; fixed?: string[] }
  /** No past-tense or -ing word: "Homepage", "Signup Button". */
  | { kind: 'no-action' };

const hasLetter = (word: string) => /\p{L}/u.test(word);
const lower = (word: string) => word.toLowerCase();

/** Whether the first word is a verb here, not a noun that looks like one ("Purchase Button"). */
function startsWithVerb(words: readonly string[], first: number): boolean {
  const word = words[first];
  if (!isBaseVerb(word)) return false;
  const last = lower(words[words.length - 1]);
  return !(words.length - first > 1 && NOUN_TOO.has(lower(word)) && UI_NOUNS.has(last));
}

/** Where the object of an action is well known: what one adds to a cart is a product. */
function knownObject(verb: string, tail: readonly string[]): string[] | undefined {
  if (tail.length === 0) return undefined;
  const v = lower(verb);
  const place = lower(tail[tail.length - 1]);
  if (v !== 'add' && v !== 'remove' && v !== 'move' && v !== 'save') return undefined;
  const past = pastParticiple(v);
  if (place === 'cart' || place === 'bag' || place === 'basket') return ['Product', past];
  if (place === 'wishlist' || place === 'favorites' || place === 'favourites') return ['Product', past, ...tail];
  return undefined;
}

/**
 * Rewrites an Action + Object name in Object + Action order, verb in the past
 * tense: ["Read", "Blog", "Post"] -> ["Blog", "Post", "read"], ["Sign", "Up"] ->
 * ["signed", "Up"], ["Add", "Product", "to", "Cart"] -> ["Product", "added",
 * "to", "Cart"]. Undefined when the object is unknown ("Add to Cart" has none,
 * unless it is a well-known one).
 */
export function toObjectAction(words: readonly string[]): string[] | undefined {
  const first = words.findIndex(hasLetter);
  if (first === -1) return undefined;
  const prefix = words.slice(0, first);
  const verb = words[first];
  let at = first + 1;
  const particle: string[] = [];
  if (at < words.length && PARTICLES.has(lower(words[at]))) particle.push(words[at++]);
  const object: string[] = [];
  while (at < words.length && !PREPOSITIONS.has(lower(words[at]))) object.push(words[at++]);
  const tail = words.slice(at);
  const past = pastParticiple(verb);
  if (object.length === 0 && particle.length === 0) {
    if (tail.length === 0) return past === lower(verb) ? undefined : [...prefix, past];
    const known = knownObject(verb, tail);
    return known ? [...prefix, ...known] : undefined;
  }
  return [...prefix, ...object, past, ...particle, ...tail];
}

/** Reads a name's words as Object + Action (conventions.md, event-object-action). */
export function readObjectAction(words: readonly string[]): ActionReading {
  const first = words.findIndex(hasLetter);
  if (first === -1) return { kind: 'ok' };
  let laterAction = false;
  for (let i = first + 1; i < words.length; i++) {
    if (isAction(words[i])) {
      laterAction = true;
      break;
    }
  }
  // A lone word that is both a base form and a past tense ("Reset") reads as the past tense.
  const loneAction = first === words.length - 1 && isAction(words[first]);
  if (!laterAction && !loneAction && startsWithVerb(words, first)) {
    return { kind: 'action-object', verb: words[first], fixed: toObjectAction(words) };
  }
  if (!laterAction && !isAction(words[first])) return { kind: 'no-action' };
  return { kind: 'ok' };
}

/** A past form to suggest for a name that has none: "Clicked" for controls, "Viewed" for the rest. */
export function likelyAction(words: readonly string[]): string {
  const last = lower(words[words.length - 1] ?? '');
  return ['button', 'link', 'cta', 'icon', 'banner', 'tab', 'toggle', 'card'].includes(last) ? 'Clicked' : 'Viewed';
}

/** An event's family: the Object + Action it ends in and the qualifier before it. */
export interface FamilyReading {
  /** Lower-case words of the shared tail, joined: "workspace created". */
  key: string;
  /** The tail as written: ["Workspace", "Created"]. */
  tail: string[];
  /** The qualifier as written: ["Business", "Tier"]; empty when there is none. */
  head: string[];
}

/** A word that qualifies an event ("Free", "iOS") or names the dimension of a qualifier ("Tier"). */
export function isQualifierWord(word: string): boolean {
  const w = lower(word);
  return QUALIFIERS[w] !== undefined || DIMENSIONS.has(w);
}

/**
 * Splits an event name into a leading qualifier and the Object + Action it
 * qualifies. The tail starts at the object (the word before the first action
 * word, not counting a leading one) and takes in the words before it up to
 * the last qualifier word: "Business Tier Workspace Created" -> "Business
 * Tier" + "Workspace Created"; "Partner Portal Blog Post Viewed" has no
 * qualifier. Undefined when the name has no object before an action
 * ("Signed Up").
 */
export function readFamily(words: readonly string[]): FamilyReading | undefined {
  for (let k = 1; k < words.length; k++) {
    if (!isAction(words[k])) continue;
    if (!hasLetter(words[k - 1])) return undefined;
    let start = k - 1;
    while (start > 0 && !isQualifierWord(words[start - 1])) start--;
    const tail = words.slice(start);
    return { key: tail.map(lower).join(' '), tail, head: words.slice(0, start) };
  }
  return undefined;
}
