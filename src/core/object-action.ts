/**
 * The Object + Action reading of an event name: what was acted on, then what
 * happened, in the past tense ("Blog Post Read"). Works on words, so the
 * same analysis serves every event casing.
 */
import { isAction, isBaseVerb, isPastTense, pastParticiple, PARTICLES, PREPOSITIONS } from './lexicon/verbs';
import { MINOR_WORDS, NOUN_TOO, UI_NOUNS } from './lexicon/words';

export type ActionReading =
  /** Object + Action, or an action with its particle ("Signed Up"). */
  | { kind: 'ok' }
  /**
   * Starts with a verb and has no action after it: a base form ("Read Blog
   * Post") or a past tense followed by its object ("Viewed Product", "Added
   * to Cart"). `fixed` is the Object + Action order, when it can be given.
   */
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

/** Particles that always stay with the verb before them ("Signed Up", "Opted Out"). */
const ALWAYS_PARTICLES = new Set(['up', 'out', 'off', 'down', 'back', 'away']);

/** Whether words[i] is a particle of the verb before it: "in" is one in "Logged In" and "Signed In with Google", not in "Shared in Slack". */
function isParticleAt(words: readonly string[], i: number): boolean {
  const w = lower(words[i]);
  if (!PARTICLES.has(w)) return false;
  if (ALWAYS_PARTICLES.has(w)) return true;
  return i === words.length - 1 || MINOR_WORDS.has(lower(words[i + 1]));
}

/**
 * A name that starts with a past tense and has no action after it. Passes
 * when it is only the action with its particle ("Signed Up", "Downloaded",
 * "Signed In with Google"); otherwise reads Action + Object ("Viewed
 * Product"), with the object first as the fix when the object is a plain
 * noun phrase ("Product Viewed"; "Added to Cart" has none).
 */
function readPastFirst(words: readonly string[], first: number): ActionReading {
  let at = first + 1;
  const particle: string[] = [];
  if (at < words.length && isParticleAt(words, at)) particle.push(words[at++]);
  const rest = words.slice(at);
  if (!rest.some(hasLetter)) return { kind: 'ok' };
  if (particle.length > 0 && PREPOSITIONS.has(lower(rest[0]))) return { kind: 'ok' };
  const plain = rest.every((w) => hasLetter(w) && !PREPOSITIONS.has(lower(w)) && !MINOR_WORDS.has(lower(w)) && !PARTICLES.has(lower(w)));
  const verb = words[first];
  return { kind: 'action-object', verb, fixed: plain ? [...words.slice(0, first), ...rest, verb, ...particle] : undefined };
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
  if (!laterAction && isPastTense(words[first])) return readPastFirst(words, first);
  if (!laterAction && !isAction(words[first])) return { kind: 'no-action' };
  return { kind: 'ok' };
}

/** A past form to suggest for a name that has none: "Clicked" for controls, "Viewed" for the rest. */
export function likelyAction(words: readonly string[]): string {
  const last = lower(words[words.length - 1] ?? '');
  return ['button', 'link', 'cta', 'icon', 'banner', 'tab', 'toggle', 'card'].includes(last) ? 'Clicked' : 'Viewed';
}

/** An event's family: the Object + Action its last two words make, and the qualifier in front. */
export interface FamilyReading {
  /** The last two words in lower case, joined: "page viewed". */
  key: string;
  /** The last two words as written: ["Page", "Viewed"]. */
  tail: string[];
  /** The qualifier as written: every word before the tail ("Home", "Switch to Build"). */
  head: string[];
}

/**
 * Reads an event name of three or more words whose last word is an action
 * and whose word before it is an object (conventions.md, event-family):
 * "Home Page Viewed" -> "Home" + "Page Viewed"; "Switch to Build Mode
 * Clicked" -> "Switch to Build" + "Mode Clicked". Undefined for any other
 * name ("Workspace Created" has no qualifier; "Product Added to Wishlist"
 * does not end in an action).
 */
export function readFamily(words: readonly string[]): FamilyReading | undefined {
  const n = words.length;
  if (n < 3 || !isAction(words[n - 1])) return undefined;
  const object = words[n - 2];
  if (!hasLetter(object) || isAction(object) || MINOR_WORDS.has(lower(object)) || PARTICLES.has(lower(object))) return undefined;
  const head = words.slice(0, n - 2);
  if (!head.some(hasLetter)) return undefined;
  const tail = [object, words[n - 1]];
  return { key: tail.map(lower).join(' '), tail, head };
}
