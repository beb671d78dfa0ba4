/**
 * Word splitting, casing detection and casing conversion for event, property
 * and trait names. `change-case` splits compact names into words; what it does
 * not know (Title Case's minor words, acronyms, the team's accepted words such
 * as iOS or PayPal) lives here. Every converter produces a name its checker
 * accepts, so a suggestion never trips the rule that made it.
 */
import { nonEmptyMatches } from './matches';
import { split } from 'change-case';
import { isAction, isBaseVerb } from './lexicon/verbs';
import { BUILT_IN_BRANDS } from './lexicon/brands';
import { MINOR_WORDS } from './lexicon/words';
import type { EventCasing, PropertyCasing } from './settings';

export type Casing = EventCasing | PropertyCasing;

/** Space-like characters: every Unicode space separator, tabs, line and paragraph breaks. */
const SPACE_LIKE = /[\t\n\v\f\r\u0085\u2028\u2029\p{Zs}]+/gu;
/**
 * Invisible characters: every other control character and every format
 * character (zero-width spaces and joiners, U+2060, U+FEFF, the soft hyphen,
 * direction marks and isolates), and the blank Hangul fillers.
 */
const INVISIBLE = /[\p{Cc}\p{Cf}\u115F\u1160\u3164\uFFA0]/gu;
/** Whether a name needs cleaning at all: most do not, and testing first avoids a new string per cell. */
const UNCLEAN = /^ | $| {2}|[^\P{Zs} ]|[\p{Cc}\p{Cf}\u115F\u1160\u3164\uFFA0\u2028\u2029]/u;

/** Whether a name is already clean: a loop over char codes for ASCII names (100,000 cells), the full test otherwise. */
function isClean(text: string): boolean {
  const n = text.length;
  if (n === 0) return true;
  if (text.charCodeAt(0) === 32 || text.charCodeAt(n - 1) === 32) return false;
  let space = false;
  for (let i = 0; i < n; i++) {
    const code = text.charCodeAt(i);
    if (code === 32) {
      if (space) return false;
      space = true;
      continue;
    }
    space = false;
    if (code < 32 || code === 127) return false;
    if (code >= 128) return !UNCLEAN.test(text);
  }
  return true;
}

/**
 * Cleans a name (conventions.md, whitespace): every run of spaces, tabs,
 * line breaks and unusual space characters becomes one ASCII space,
 * invisible characters are removed, and the ends are trimmed.
 */
export function normalizeSpaces(text: string): string {
  if (isClean(text)) return text;
  return text.replace(SPACE_LIKE, ' ').replace(INVISIBLE, '').replace(/ {2,}/g, ' ').trim();
}

/** Whether a name holds an invisible (control or format) character other than a tab or line break. */
export function hasInvisible(text: string): boolean {
  return new RegExp(INVISIBLE.source, 'u').test(text.replace(SPACE_LIKE, ' '));
}

// ---------------------------------------------------------------- accepted words

/** The team's accepted words, compiled once per check. */
export interface AcceptedWords {
  /** Exact spellings. */
  readonly exact: ReadonlySet<string>;
  /** Lower-cased spelling -> the accepted spelling. */
  readonly byLower: ReadonlyMap<string, string>;
  /** Finds the words as written; undefined when there are none. */
  readonly exactPattern?: RegExp;
  /** Finds the words in any case. */
  readonly anyCasePattern?: RegExp;
}

export const NO_ACCEPTED_WORDS: AcceptedWords = { exact: new Set(), byLower: new Map() };

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

const compiled = new Map<string, AcceptedWords>();

/** Compiles a list of accepted words (blank and duplicate entries are ignored). */
export function compileAcceptedWords(words: readonly string[] | undefined): AcceptedWords {
  const clean = Array.from(new Set((words ?? []).map((w) => normalizeSpaces(String(w))).filter((w) => w !== '')));
  if (clean.length === 0) return NO_ACCEPTED_WORDS;
  const key = clean.join('\u0000');
  const cached = compiled.get(key);
  if (cached) return cached;
  const byLower = new Map<string, string>();
  for (const word of clean) if (!byLower.has(word.toLowerCase())) byLower.set(word.toLowerCase(), word);
  // Longest first, so "PayPal Credit" wins over "PayPal".
  const source = clean
    .slice()
    .sort((a, b) => b.length - a.length)
    .map(escapeRegExp)
    .join('|');
  const result: AcceptedWords = {
    exact: new Set(clean),
    byLower,
    exactPattern: new RegExp(source, 'gu'),
    anyCasePattern: new RegExp(source, 'giu'),
  };
  if (compiled.size > 50) compiled.clear();
  compiled.set(key, result);
  return result;
}

const LETTER = /\p{L}/u;
const UPPER = /\p{Lu}/u;
const LOWER_OR_DIGIT = /[\p{Ll}\p{N}]/u;

/**
 * Whether an accepted word found at [start, end) stands on its own: not in the
 * middle of a longer lower-case word ("paypal" inside "mypaypalx").
 */
function standsAlone(text: string, start: number, end: number): boolean {
  const before = text.charAt(start - 1);
  const after = text.charAt(end);
  const first = text.charAt(start);
  const beforeOk = before === '' || !LETTER.test(before) || (LOWER_OR_DIGIT.test(before) && UPPER.test(first));
  const afterOk = after === '' || !LETTER.test(after) || UPPER.test(after);
  return beforeOk && afterOk;
}

interface Piece {
  text: string;
  accepted: boolean;
}

/** Cuts text into accepted words (respelled as accepted) and the pieces between them. */
function cutAccepted(text: string, accepted: AcceptedWords, anyCase: boolean): Piece[] {
  const pattern = anyCase ? accepted.anyCasePattern : accepted.exactPattern;
  if (!pattern) return [{ text, accepted: false }];
  const pieces: Piece[] = [];
  let last = 0;
  for (const match of nonEmptyMatches(pattern, text)) {
    const start = match.index;
    const end = start + match[0].length;
    if (!standsAlone(text, start, end)) continue;
    if (start > last) pieces.push({ text: text.slice(last, start), accepted: false });
    pieces.push({ text: accepted.byLower.get(match[0].toLowerCase()) ?? match[0], accepted: true });
    last = end;
  }
  if (last < text.length) pieces.push({ text: text.slice(last), accepted: false });
  return pieces;
}

// ---------------------------------------------------------------- words

/**
 * The words of a name in any casing, without punctuation: "order_completed",
 * "OrderCompleted" and "Order Completed" all give ["order"/"Order", "Completed"].
 * Accepted words are kept whole and in their accepted spelling.
 */
export function splitWords(text: string, accepted: AcceptedWords = NO_ACCEPTED_WORDS): string[] {
  const words: string[] = [];
  for (const piece of cutAccepted(text, accepted, true)) {
    if (piece.accepted) {
      words.push(piece.text);
      continue;
    }
    // A built-in brand that is not an accepted word is still one word: "iOS" -> "ios", not "i" and "os".
    for (const part of cutAccepted(piece.text, brandWords(), true)) {
      if (part.accepted) words.push(part.text.toLowerCase());
      else for (const word of split(part.text)) if (word !== '') words.push(word);
    }
  }
  return words;
}

let brands: AcceptedWords | undefined;
function brandWords(): AcceptedWords {
  return (brands ??= compileAcceptedWords(BUILT_IN_BRANDS));
}

function hasAcceptedWord(text: string, pattern: RegExp): boolean {
  pattern.lastIndex = 0;
  const found = pattern.test(text);
  pattern.lastIndex = 0;
  return found;
}

/**
 * What joins words inside a token: underscores, dots, hyphens, case changes.
 * A case change needs a capital that has a lower-case form (`(?=\p{Lu})\p{CWL}`):
 * letters such as "𝓐" are \p{Lu} but have none, so Title Case cannot lower
 * them, and a hump before them would split the converted name again.
 */
const JOINED = /_|\p{L}[.-]\p{L}|\p{Ll}(?=\p{Lu})\p{CWL}|\p{Lu}\p{Lu}\p{Ll}/u;

/**
 * The words of a name written with spaces, keeping punctuation that belongs to
 * a word ("Men's", "(Beta)", "E-mail"), but splitting what joins words:
 * underscores, dots between letters, hyphens between lower-case words and
 * lower-to-upper changes ("signUp").
 */
export function splitPhrase(text: string, accepted: AcceptedWords = NO_ACCEPTED_WORDS): string[] {
  const words: string[] = [];
  // A name with no accepted word in it (most names) takes the fast path for every word.
  const plain = !accepted.anyCasePattern || !hasAcceptedWord(text, accepted.anyCasePattern);
  for (const token of normalizeSpaces(text).split(' ')) {
    if (token === '') continue;
    // Most words need no splitting; one test instead of five rewrites keeps 50,000-character cells fast.
    if (plain && !JOINED.test(token)) {
      words.push(token);
      continue;
    }
    for (const piece of cutAccepted(token, accepted, true)) {
      if (piece.accepted) {
        words.push(piece.text);
        continue;
      }
      let parts = piece.text.replace(/_+/g, ' ').replace(/(\p{L})\.(?=\p{L})/gu, '$1 ');
      // Hyphens join words ("order-completed", "Product-Added") but also make words ("E-mail", "Add-on", "Wi-Fi").
      if (!UPPER.test(parts) || hyphenJoinsWords(parts)) parts = parts.replace(/(\p{L})-(?=\p{L})/gu, '$1 ');
      // A brand written like "iOS" or "eBay" stays one word: splitting it gives "I OS".
      parts = parts.replace(/\p{Ll}(?=(?=\p{Lu})\p{CWL})/gu, (ch: string, at: number, all: string) =>
        at === 0 || !LETTER.test(all.charAt(at - 1)) ? ch : ch + ' ',
      );
      parts = parts.replace(/(\p{Lu})(?=\p{Lu}\p{Ll})/gu, '$1 ');
      for (const part of parts.split(' ')) if (part !== '') words.push(part);
    }
  }
  return words;
}

// ---------------------------------------------------------------- word predicates

function isCased(ch: string): boolean {
  return ch.toUpperCase() !== ch.toLowerCase();
}

function isUpperChar(ch: string): boolean {
  return isCased(ch) && ch === ch.toUpperCase() && ch !== ch.toLowerCase();
}

/** The first letter or digit of a word, or '' when it has none. */
function firstAlnum(word: string): string {
  const match = /[\p{L}\p{N}]/u.exec(word);
  return match ? match[0] : '';
}

/** "URL", "CTA", "IDs": at least two letters and no lower-case letter before the last one. */
export function isAcronym(word: string): boolean {
  const letters = word.replace(/[^\p{L}]/gu, '');
  if (letters.length < 2) return false;
  const body = /s$/.test(letters) && letters.length > 2 ? letters.slice(0, -1) : letters;
  return body === body.toUpperCase() && body !== body.toLowerCase();
}

/** "signUp", "OrderCompleted", "URLCopied": words run together. ("IDs" and "SKUs" are plurals, not humps.) */
function hasCamelHump(word: string): boolean {
  return /\p{Ll}(?=\p{Lu})\p{CWL}|\p{Lu}{2}\p{Ll}{2}/u.test(word);
}

function joinsWords(word: string): boolean {
  return word.includes('_') || /\p{L}\.\p{L}/u.test(word);
}

function hyphenJoinsWords(word: string): boolean {
  if (!/\p{L}-\p{L}/u.test(word)) return false;
  const parts = word.split('-');
  return parts.length > 2 || parts.every((p) => p.replace(/[^\p{L}]/gu, '').length >= 3);
}

function startsUpper(word: string): boolean {
  const first = firstAlnum(word);
  if (first === '' || /\p{N}/u.test(first) || !isCased(first)) return true;
  return isUpperChar(first);
}

function hasUpper(word: string): boolean {
  for (const ch of word) if (isUpperChar(ch)) return true;
  return false;
}

function strip(word: string): string {
  return word.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
}

function isAcceptedToken(token: string, accepted: AcceptedWords): boolean {
  if (accepted.exact.size === 0) return false;
  return accepted.exact.has(token) || accepted.exact.has(strip(token));
}

// ---------------------------------------------------------------- checking

const SNAKE = /^[a-z][a-z0-9]*(?:_[a-z0-9]+)*$/;
const CAMEL = /^[a-z][a-zA-Z0-9]*$/;
const PASCAL = /^[A-Z][a-zA-Z0-9]*$/;

/** Replaces accepted words written as accepted by a neutral word of the right shape for the casing. */
function neutralizeAccepted(text: string, casing: 'snake_case' | 'camelCase' | 'PascalCase', accepted: AcceptedWords): string {
  if (!accepted.exactPattern) return text;
  return cutAccepted(text, accepted, false)
    .map((piece, i) => {
      if (!piece.accepted) return piece.text;
      if (casing === 'snake_case') return 'x';
      if (casing === 'PascalCase') return 'X';
      return i === 0 ? 'x' : 'X';
    })
    .join('');
}

function followsPhraseCasing(text: string, casing: 'Title Case' | 'Sentence case' | 'lower case', accepted: AcceptedWords): boolean {
  if (text !== normalizeSpaces(text)) return false;
  const tokens = text.split(' ');
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    if (isAcceptedToken(token, accepted)) continue;
    if (joinsWords(token)) return false;
    if (casing === 'lower case') {
      if (hasUpper(token)) return false;
      continue;
    }
    if (hasCamelHump(token)) return false;
    // A hyphenated word is judged by its first letter: "Sign-up", "Opt-in", "Two-Factor", "Add-ons".
    if (i === 0) {
      if (!startsUpper(token)) return false;
      continue;
    }
    if (casing === 'Title Case') {
      if (!startsUpper(token) && !MINOR_WORDS.has(token.toLowerCase())) return false;
    } else if (hasUpper(token) && !isAcronym(token)) {
      return false;
    }
  }
  return true;
}

/** Whether a name follows a casing. Accepted words pass as written. */
export function followsCasing(text: string, casing: Casing, accepted: AcceptedWords = NO_ACCEPTED_WORDS): boolean {
  switch (casing) {
    case 'Title Case':
    case 'Sentence case':
    case 'lower case':
      return followsPhraseCasing(text, casing, accepted);
    case 'snake_case':
      return SNAKE.test(neutralizeAccepted(text, casing, accepted));
    case 'camelCase':
      return CAMEL.test(neutralizeAccepted(text, casing, accepted));
    case 'PascalCase':
      return PASCAL.test(neutralizeAccepted(text, casing, accepted));
  }
}

// ---------------------------------------------------------------- conversion

function lowerWord(word: string): string {
  return word.toLowerCase();
}

/** "order" -> "Order"; acronyms stay; a word starting with a digit stays lower case ("3d"). */
function capitalize(word: string): string {
  if (isAcronym(word)) return word;
  const first = firstAlnum(word);
  if (first === '' || /\p{N}/u.test(first)) return word.toLowerCase();
  const at = word.indexOf(first);
  return word.slice(0, at) + upperLetter(first) + word.slice(at + first.length).toLowerCase();
}

/**
 * A letter's capital, when it has a single-letter one. Some letters have
 * none ("ᾀ".toUpperCase() is two letters, "ἈΙ"): they stay as written, so
 * converting twice gives the same name.
 */
function upperLetter(letter: string): string {
  const upper = letter.toUpperCase();
  return [...upper].length === [...letter].length ? upper : letter;
}

/** Particles that stay with the verb before them. Some are always particles there ("Signed Up", "Opted Out"). */
const ALWAYS_PARTICLES = new Set(['up', 'out', 'off', 'down', 'back', 'away']);
/** Others are particles only at the end or before a preposition ("Logged In", "Signed In with Google", but "Shared on Facebook"). */
const END_PARTICLES = new Set(['in', 'on', 'over', 'through']);

/** Whether words[i] is a particle of the action before it, which Title Case capitalizes like the verb. */
function isParticle(words: readonly string[], i: number): boolean {
  if (i === 0 || !(isAction(words[i - 1]) || isBaseVerb(words[i - 1]))) return false;
  const w = words[i].toLowerCase();
  if (ALWAYS_PARTICLES.has(w)) return true;
  if (!END_PARTICLES.has(w)) return false;
  return i === words.length - 1 || MINOR_WORDS.has(words[i + 1].toLowerCase());
}

/** Capitalizes a compact word, acronyms included ("ID" -> "Id"), as camelCase and PascalCase write it. */
function capitalizeCompact(word: string): string {
  if (word === '') return word;
  const first = [...word][0];
  return upperLetter(first) + word.slice(first.length).toLowerCase();
}

/** Folds accents away and drops what cannot appear in an ASCII identifier: "Café" -> "Cafe". */
export function toAsciiWord(word: string): string {
  return word
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^A-Za-z0-9]/g, '');
}

/**
 * Writes words in a casing. Phrase casings keep the words' punctuation;
 * compact casings keep letters and digits only.
 */
export function joinWords(words: readonly string[], casing: Casing, accepted: AcceptedWords = NO_ACCEPTED_WORDS): string {
  const isAccepted = (w: string) => accepted.exact.has(w);
  switch (casing) {
    case 'Title Case':
      return words
        .map((w, i) => {
          if (isAccepted(w)) return w;
          if (i > 0 && MINOR_WORDS.has(w.toLowerCase()) && !isParticle(words, i)) return w.toLowerCase();
          return w.includes('-') ? w.split('-').map(capitalize).join('-') : capitalize(w);
        })
        .join(' ');
    case 'Sentence case':
      return words.map((w, i) => (isAccepted(w) ? w : i === 0 ? capitalize(w) : isAcronym(w) ? w : lowerWord(w))).join(' ');
    case 'lower case':
      return words.map((w) => (isAccepted(w) ? w : lowerWord(w))).join(' ');
    case 'snake_case':
    case 'camelCase':
    case 'PascalCase': {
      const compact = words.map((w) => (isAccepted(w) ? w : toAsciiWord(w))).filter((w) => w !== '');
      if (casing === 'snake_case') return compact.map((w) => (isAccepted(w) ? w : w.toLowerCase())).join('_');
      return compact.map((w, i) => (isAccepted(w) ? w : casing === 'camelCase' && i === 0 ? w.toLowerCase() : capitalizeCompact(w))).join('');
    }
  }
}

function isPhraseCasing(casing: Casing): casing is 'Title Case' | 'Sentence case' | 'lower case' {
  return casing === 'Title Case' || casing === 'Sentence case' || casing === 'lower case';
}

/** The words of a name as the casing's converter reads them. */
export function wordsFor(text: string, casing: Casing, accepted: AcceptedWords = NO_ACCEPTED_WORDS): string[] {
  return isPhraseCasing(casing) ? splitPhrase(text, accepted) : splitWords(text, accepted);
}

/**
 * Converts a name to a casing: `order_completed` -> `Order Completed`,
 * `firstName` -> `first_name`. Returns '' when nothing of the name can be
 * written in that casing.
 */
export function convertCasing(text: string, casing: Casing, accepted: AcceptedWords = NO_ACCEPTED_WORDS): string {
  return joinWords(wordsFor(text, casing, accepted), casing, accepted);
}

/** A plain description of a casing, for messages: "every word starts with a capital letter". */
export function describeCasing(casing: Casing): string {
  switch (casing) {
    case 'Title Case':
      return 'every word starts with a capital letter (short words such as "to" and "from" may stay lower case), and words are separated by single spaces, as in "Order Completed"';
    case 'Sentence case':
      return 'only the first word starts with a capital letter, and words are separated by single spaces, as in "Order completed"';
    case 'lower case':
      return 'every word is in lower-case letters, separated by single spaces, as in "order completed"';
    case 'snake_case':
      return 'lower-case letters and digits, words joined by underscores, as in "order_completed"';
    case 'camelCase':
      return 'words run together, each word after the first starting with a capital letter, as in "orderCompleted"';
    case 'PascalCase':
      return 'words run together, every word starting with a capital letter, as in "OrderCompleted"';
  }
}
