/**
 * Characters that code generators (Typewriter), warehouses and destinations
 * cannot turn into a name (conventions.md, event-characters): `:` not
 * followed by a space, `% # ? & * = \ ; < >`, double quotes, symbols and
 * emoji, trailing punctuation, or no letter at all.
 *
 * Values are someone else's: characters inside a date, a time, a URL, a
 * placeholder or an e-mail address are left to the value rules, and so is
 * the path syntax of property names (`.`, `$`, `*`, `[]`). Spaces, control
 * and format characters belong to `whitespace`: this module reads cleaned
 * names.
 */
import { findValues, type FoundValue } from './values';
import { splitPath } from './names';

/** Which kind of name is read: property names are paths. */
export type CharacterTarget = 'event' | 'property';

export interface CharacterProblems {
  /** The offending characters, each once, in order of appearance. */
  readonly characters: readonly string[];
  /** The punctuation the name ends in, when it ends in one. */
  readonly trailing?: string;
  /** True when the name has no letter at all ("123", an emoji alone). */
  readonly noLetter: boolean;
}

/** Characters that are never part of a name. `:` is handled apart: only `: ` is a separator. */
const FORBIDDEN = /[%#?&*=\\;<>"“”]/u;
/**
 * Every character that may be forbidden: the list above, `:`, symbols (math,
 * currency, modifiers, other: emoji, ©, ™), pictographs, and the modifiers
 * and joiners that travel with emoji.
 */
const CANDIDATE = /[:%#?&*=\\;<>"“”\p{S}\p{Extended_Pictographic}\uFE0E\uFE0F\u20E3\u{E0020}-\u{E007F}]/gu;
/**
 * Punctuation a name may end in: a closing bracket (a bracketed value is
 * another rule's), an apostrophe ("Users'") and an underscore (the casing
 * rules' to judge).
 */
const TRAILING_OK = /[\p{Pe}'’_]/u;
const PUNCTUATION = /\p{P}/u;
const LETTER = /\p{L}/u;

interface Span {
  start: number;
  end: number;
}

/** The stretches of a name the character rule does not read: values, and for properties the path syntax. */
function exemptSpans(text: string, target: CharacterTarget): { values: Span[]; all: Span[] } {
  const values: Span[] = findValues(text).map((v: FoundValue) => ({ start: v.start, end: v.end }));
  const all = values.slice();
  if (target === 'property' && /[.[\]$*]/.test(text)) {
    let at = 0;
    for (const part of splitPath(text)) {
      if (!part.isName) all.push({ start: at, end: at + part.text.length });
      at += part.text.length;
    }
  }
  return { values, all };
}

/** Marks the code units that spans cover: one pass, so names of 50,000 characters with thousands of values stay linear. */
function coverage(length: number, spans: readonly Span[]): Uint8Array {
  const covered = new Uint8Array(length);
  for (const s of spans) covered.fill(1, s.start, s.end);
  return covered;
}

interface Reading {
  problems?: CharacterProblems;
  /** Where the characters reported are: the name without them is built only when asked for. */
  cut: readonly number[];
  /** The name without the characters reported, once built. */
  cleaned?: string;
}

/** The last character of a text (a whole code point). */
function lastChar(text: string): string {
  const code = text.charCodeAt(text.length - 1);
  return code >= 0xdc00 && code <= 0xdfff && text.length > 1 ? text.slice(-2) : text.slice(-1);
}

/** ASCII characters that may be forbidden: the list, `:`, and the ASCII symbols ($ + ^ ` | ~). */
const ASCII_CANDIDATE = new Uint8Array(128);
for (const ch of ':%#?&*=\\;<>"$+^`|~') ASCII_CANDIDATE[ch.charCodeAt(0)] = 1;
const SINGLE_CANDIDATE = new RegExp(`^${CANDIDATE.source}$`, 'u');
const nonAscii = new Map<string, boolean>();

/** Whether a character outside ASCII may be forbidden (symbols, emoji, curly double quotes); remembered per character. */
function isCandidate(ch: string): boolean {
  let known = nonAscii.get(ch);
  if (known === undefined) {
    if (nonAscii.size > 5000) nonAscii.clear();
    nonAscii.set(ch, (known = SINGLE_CANDIDATE.test(ch)));
  }
  return known;
}

function read(text: string, target: CharacterTarget): Reading {
  const last = lastChar(text);
  const endsInPunctuation = PUNCTUATION.test(last) && !TRAILING_OK.test(last);
  const candidates: number[] = [];
  // A loop over code units, not a pattern: one lookup per ASCII character, and positions only (no object per character).
  for (let at = 0; at < text.length; at++) {
    const code = text.charCodeAt(at);
    if (code < 128) {
      if (ASCII_CANDIDATE[code] === 0) continue;
      if (code === 58 && (at === text.length - 1 || text.charCodeAt(at + 1) === 32)) continue;
      candidates.push(at);
      continue;
    }
    const wide = code >= 0xd800 && code <= 0xdbff && at + 1 < text.length;
    if (isCandidate(wide ? text.slice(at, at + 2) : text.charAt(at))) candidates.push(at);
    if (wide) at++;
  }
  const hasLetter = LETTER.test(text);
  // Most names hold none of these: no value search for them.
  if (candidates.length === 0 && !endsInPunctuation && hasLetter) return { cut: [], cleaned: text };
  const { values, all } = exemptSpans(text, target);
  const exempt = coverage(text.length, all);
  const seen = new Set<string>();
  const characters: string[] = [];
  const cut: number[] = [];
  for (const at of candidates) {
    if (exempt[at] === 1) continue;
    cut.push(at);
    const ch = String.fromCodePoint(text.codePointAt(at)!);
    if (!seen.has(ch)) {
      seen.add(ch);
      characters.push(ch);
    }
  }
  const lastAt = text.length - last.length;
  const trailing = endsInPunctuation && exempt[lastAt] === 0 && !FORBIDDEN.test(last) && !(target === 'property' && last === '.') ? last : undefined;
  // A name that is only a value ("2019", "{id}") is the value rules' to report.
  const noLetter = !hasLetter && values.length === 0;
  if (characters.length === 0 && trailing === undefined && !noLetter) return { cut: [], cleaned: text };
  const problems: CharacterProblems = trailing === undefined ? { characters, noLetter } : { characters, trailing, noLetter };
  return { problems, cut };
}

/** Builds the name without the characters at `cut`, and without trailing punctuation. */
function clean(text: string, target: CharacterTarget, cut: readonly number[]): string {
  const filler = target === 'event' ? ' ' : '';
  let out = '';
  let from = 0;
  for (const at of cut) {
    const length = text.codePointAt(at)! > 0xffff ? 2 : 1;
    out += text.slice(from, at) + filler;
    from = at + length;
  }
  out += text.slice(from);
  // Cut trailing punctuation and spaces (a loop, not a pattern: runs can be long).
  let end = out.length;
  while (end > 0) {
    const ch = out.charAt(end - 1);
    if (ch !== ' ' && !(PUNCTUATION.test(ch) && !TRAILING_OK.test(ch))) break;
    if (target === 'property' && /[.\]$*]/.test(ch)) break;
    end--;
  }
  return out.slice(0, end).replace(/ {2,}/g, ' ').trim();
}

/** Remembers the last readings: three rules read each name. */
const memo: Record<CharacterTarget, Map<string, Reading>> = { event: new Map(), property: new Map() };
const CLEAN: Reading = { cut: [] };
/** A name made of letters, digits, spaces and the harmless ASCII punctuation needs no reading. */
const PLAIN = /^[A-Za-z0-9 _'().,!@/[\]{}-]*[A-Za-z0-9_'()\]}]$/;
const HAS_LETTER = /[A-Za-z]/;

function cachedRead(text: string, target: CharacterTarget): Reading {
  if (PLAIN.test(text) && HAS_LETTER.test(text)) return CLEAN;
  const byText = memo[target];
  let reading = byText.get(text);
  if (!reading) {
    if (byText.size > 5000) byText.clear();
    byText.set(text, (reading = read(text, target)));
  }
  return reading;
}

/** What event-characters reports in a cleaned name; undefined when nothing. */
export function findCharacterProblems(text: string, target: CharacterTarget): CharacterProblems | undefined {
  if (text === '') return undefined;
  return cachedRead(text, target).problems;
}

/**
 * The name without the characters event-characters reports: each becomes a
 * space in an event name ("Checkout:Started" -> "Checkout Started") and is
 * dropped from a property name; trailing punctuation is cut. The name is
 * returned unchanged when it has nothing to report.
 */
export function withoutBadCharacters(text: string, target: CharacterTarget): string {
  if (text === '') return text;
  const reading = cachedRead(text, target);
  if (!reading.problems) return text;
  if (reading.cleaned === undefined) reading.cleaned = clean(text, target, reading.cut);
  return reading.cleaned;
}

/** Describes what was found, for messages: `"%" and "#"`, `a trailing "."`, `no letter`. */
export function describeCharacterProblems(found: CharacterProblems): string {
  const parts: string[] = [];
  if (found.characters.length > 0) {
    const shown = found.characters.slice(0, 5).map((c) => `"${c}"`);
    const more = found.characters.length - shown.length;
    const list = shown.length === 1 ? shown[0] : `${shown.slice(0, -1).join(', ')} and ${shown[shown.length - 1]}`;
    parts.push(`${found.characters.length === 1 ? 'the character' : 'the characters'} ${list}${more > 0 ? ` and ${more} more` : ''}`);
  }
  if (found.trailing !== undefined) parts.push(`a trailing "${found.trailing}"`);
  if (found.noLetter) parts.push('no letter at all');
  return parts.length === 1 ? parts[0] : `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}`;
}
