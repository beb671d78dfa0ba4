/**
 * Finds values inside names: dates, times, long numbers, ids, e-mail
 * addresses, URLs, template placeholders (a name that changes from call to
 * call), and values written after a separator, in quotes or in trailing
 * brackets (`Read Blog Post - Best Tracking Plans Ever`).
 *
 * Cells can hold 50,000 characters, so every pattern here runs in linear
 * time: no nested or overlapping quantifiers, and e-mail addresses are found
 * by scanning around each "@" instead of with a backtracking pattern.
 */
import { nonEmptyMatches } from './matches';
import { normalizeSpaces } from './casing';
import { MONTHS } from './lexicon/words';

export type ValueKind = 'date' | 'time' | 'number' | 'id' | 'email' | 'url' | 'path' | 'placeholder';

export interface FoundValue {
  kind: ValueKind;
  start: number;
  end: number;
  text: string;
}

const MONTH = MONTHS.slice()
  .sort((a, b) => b.length - a.length)
  .join('|');

const PATTERNS: readonly { kind: ValueKind; pattern: RegExp; accept?: (text: string) => boolean }[] = [
  { kind: 'url', pattern: /\b(?:https?|ftp):\/\/\S+|\bwww\.\S+/gi },
  { kind: 'id', pattern: /(?<![0-9a-z])[0-9a-f]{8}[-_]?[0-9a-f]{4}[-_]?[0-9a-f]{4}[-_]?[0-9a-f]{4}[-_]?[0-9a-f]{12}(?![0-9a-z])/gi },
  { kind: 'date', pattern: /(?<!\d)(?:\d{4}[-/._]\d{1,2}[-/._]\d{1,2}|\d{1,2}[-/._]\d{1,2}[-/._](?:\d{4}|\d{2}))(?!\d)/g },
  {
    kind: 'date',
    pattern: new RegExp(`(?<!\\p{L})(?:${MONTH})\\.?[ _-]?(?:\\d{1,2}(?:st|nd|rd|th)?(?:,?[ _-]?\\d{4})?|\\d{4})(?![\\p{L}\\d])`, 'giu'),
  },
  { kind: 'date', pattern: new RegExp(`(?<!\\d)\\d{1,2}(?:st|nd|rd|th)?[ _-]?(?:${MONTH})(?!\\p{L})(?:,?[ _-]?\\d{4}(?!\\d))?`, 'giu') },
  { kind: 'time', pattern: /(?<!\d)\d{1,2}:\d{2}(?::\d{2})?(?:\s?[ap]\.?m\.?)?(?![\d])/gi },
  { kind: 'time', pattern: /(?<![\p{L}\d])\d{1,2} ?[ap]m(?![\p{L}\d])/giu },
  { kind: 'number', pattern: /(?<![\d,])\d{1,3}(?:,\d{3})+(?![\d])|\d{4,}/g },
  {
    kind: 'id',
    pattern: /(?<![0-9a-z])[0-9a-f]{8,}(?![0-9a-z])/gi,
    accept: (text) => /\d/.test(text) && /[a-f]/i.test(text),
  },
  { kind: 'placeholder', pattern: /\{\{[^{}]*\}\}|\$?\{[^{}]*\}|<[^<>\s][^<>]*>|%(?:\d+\$)?[sdifu@](?![\p{L}\d])/gu },
  { kind: 'placeholder', pattern: /(?:^|(?<=\s)):[A-Za-z_][A-Za-z0-9_]*/g },
];

/** Kinds of value that make a property or trait name dynamic. */
export const KEY_VALUE_KINDS: ReadonlySet<ValueKind> = new Set(['date', 'number', 'id', 'email']);

function findEmails(text: string, found: FoundValue[]): void {
  let at = text.indexOf('@');
  while (at !== -1) {
    let start = at;
    while (start > 0 && /[A-Za-z0-9._%+-]/.test(text.charAt(start - 1))) start--;
    let end = at + 1;
    while (end < text.length && /[A-Za-z0-9.-]/.test(text.charAt(end))) end++;
    const domain = text.slice(at + 1, end).replace(/\.+$/, '');
    if (start < at && /^[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}$/.test(domain)) {
      found.push({ kind: 'email', start, end: at + 1 + domain.length, text: text.slice(start, at + 1 + domain.length) });
    }
    at = text.indexOf('@', end > at + 1 ? end : at + 1);
  }
}

function findPaths(text: string, found: FoundValue[]): void {
  const token = /\S+/g;
  let match: RegExpExecArray | null;
  while ((match = token.exec(text)) !== null) {
    const t = match[0];
    const isPath = (t.charAt(0) === '/' && /[\p{L}\p{N}]/u.test(t)) || /[\p{L}\p{N}]\/[^/\s]*[\p{L}\p{N}]\/[\p{L}\p{N}]/u.test(t);
    if (isPath && !/^\S+:\/\//.test(t) && !/^[\d/.-]+$/.test(t)) found.push({ kind: 'path', start: match.index, end: match.index + t.length, text: t });
  }
}

/** Keeps the earliest of overlapping values (and the longest of those starting together). */
function dropOverlaps(found: FoundValue[]): FoundValue[] {
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: FoundValue[] = [];
  let reach = -1;
  for (const value of found) {
    if (value.start < reach) continue;
    kept.push(value);
    reach = value.end;
  }
  return kept;
}

/** The last search: several rules read the same name in turn, and a 50,000-character one costs milliseconds to search. */
let last: { text: string; kinds?: ReadonlySet<ValueKind>; found: readonly FoundValue[] } | undefined;

/** The values a name holds, in order. `kinds` limits the search (property names look for fewer). */
export function findValues(text: string, kinds?: ReadonlySet<ValueKind>): FoundValue[] {
  if (last && last.kinds === kinds && last.text === text) return last.found.slice();
  const found = searchValues(text, kinds);
  last = { text, kinds, found };
  return found.slice();
}

function searchValues(text: string, kinds?: ReadonlySet<ValueKind>): FoundValue[] {
  const found: FoundValue[] = [];
  const wanted = (kind: ValueKind) => !kinds || kinds.has(kind);
  for (const { kind, pattern, accept } of PATTERNS) {
    if (!wanted(kind)) continue;
    for (const match of nonEmptyMatches(pattern, text)) {
      if (accept && !accept(match[0])) continue;
      found.push({ kind, start: match.index, end: match.index + match[0].length, text: match[0] });
    }
  }
  if (wanted('email') && text.includes('@')) findEmails(text, found);
  if (wanted('path') && text.includes('/')) findPaths(text, found);
  return dropOverlaps(found);
}

// ---------------------------------------------------------------- embedded values

export interface EmbeddedValue {
  /** The name without the value: the part before a separator, or the name without its quotes or brackets. */
  rest: string;
  value: string;
  how: 'separator' | 'quotes' | 'brackets';
}

const SEPARATORS = [' - ', ' – ', ' — ', ': ', ' | ', ' / ', ' > '];
const QUOTED = /"([^"]+)"|“([^“”]+)”|«([^«»]+)»|(?:^|(?<=\s))'([^']+)'(?=\s|$)|‘([^‘’]+)’/;
const TRAILING_BRACKETS = /[([]([^()[\]]*)[)\]]$/;

/** A value carried in an event name after a separator, in quotes or in trailing brackets. */
export function findEmbeddedValue(name: string): EmbeddedValue | undefined {
  const text = normalizeSpaces(name);
  let best: { at: number; length: number } | undefined;
  for (const separator of SEPARATORS) {
    const at = text.indexOf(separator);
    if (at > 0 && (!best || at < best.at)) best = { at, length: separator.length };
  }
  if (best) {
    const rest = text.slice(0, best.at).trim();
    const value = text.slice(best.at + best.length).trim();
    if (/[\p{L}\p{N}]/u.test(rest) && /[\p{L}\p{N}]/u.test(value)) return { rest, value, how: 'separator' };
  }
  const quoted = QUOTED.exec(text);
  if (quoted) {
    const value = (quoted.slice(1).find((g) => g !== undefined) ?? '').trim();
    const rest = normalizeSpaces(text.slice(0, quoted.index) + ' ' + text.slice(quoted.index + quoted[0].length));
    if (/[\p{L}\p{N}]/u.test(value)) return { rest, value, how: 'quotes' };
  }
  const bracket = TRAILING_BRACKETS.exec(text);
  if (bracket && bracket.index > 0) {
    const value = bracket[1].trim();
    const rest = text.slice(0, bracket.index).trim();
    if (/[\p{L}\p{N}]/u.test(value) && /[\p{L}\p{N}]/u.test(rest)) return { rest, value, how: 'brackets' };
  }
  return undefined;
}

// ---------------------------------------------------------------- cleaning

/** Words that only introduce a value ("Signed Up on 11-01-2019"); they go with it. */
const VALUE_INTRODUCERS = /(?:^|\s)(?:on|at|for|from|by|of|via|with|to)\s*$/i;

const DANGLING = new Set([...' \t-–—:|/>,.;_#@+&']);

/** Trims separators and punctuation left dangling at either end (a loop, not a pattern: runs can be long). */
function trimDangling(text: string): string {
  let start = 0;
  let end = text.length;
  while (start < end && DANGLING.has(text.charAt(start))) start++;
  while (end > start && DANGLING.has(text.charAt(end - 1))) end--;
  return text.slice(start, end);
}

/** Tidies what is left after values are cut out: empty brackets and quotes, dangling separators. */
function tidy(text: string): string {
  let out = text;
  for (let i = 0; i < 3; i++) {
    const before = out;
    out = out
      .replace(/\$?\{\s*\}|\(\s*\)|\[\s*\]|<\s*>|""|“\s*”|''/g, ' ')
      .replace(/\s+/g, ' ')
      .replace(/\s[-–—:|/>]\s(?=[-–—:|/>]\s|$)/g, ' ');
    out = trimDangling(out).trim();
    if (out === before) break;
  }
  return out;
}

/** The name with its changing values cut out: `User Signed Up (11-01-2019)` -> `User Signed Up`. */
export function removeValues(name: string, kinds?: ReadonlySet<ValueKind>): string {
  let text = normalizeSpaces(name);
  // Cutting a value can join digits into a new one ("12{x}34"), so repeat until nothing is left.
  for (let round = 0; round < 5; round++) {
    const values = findValues(text, kinds);
    if (values.length === 0) break;
    let out = '';
    let last = 0;
    for (const value of values) {
      let head = text.slice(last, value.start);
      head = head.replace(VALUE_INTRODUCERS, ' ');
      out += head + ' ';
      last = value.end;
    }
    out += text.slice(last);
    text = tidy(out);
  }
  return text;
}

/** The name with every embedded value cut out: `Read Blog Post - Best Tracking Plans Ever` -> `Read Blog Post`. */
export function removeEmbedded(name: string): string {
  let text = normalizeSpaces(name);
  for (let round = 0; round < 10; round++) {
    const embedded = findEmbeddedValue(text);
    if (!embedded) break;
    text = tidy(embedded.rest);
  }
  return text;
}
