/**
 * Reading the Type cell: the template's types (String, Number, ...), unions
 * (`String | Object`, `String, Array[String]`) and arrays of a type
 * (`Array[String]`, `Array [String]`), case-insensitively; and the closest
 * valid type for common wrong ones (`int` -> Integer, `list` -> Array).
 */
import { TYPES } from './template';

const BASE = new Map<string, string>(TYPES.map((t) => [t.toLowerCase(), t]));

/** Common ways of writing a type that the template does not use, and the type they mean. */
const SYNONYMS: Record<string, string> = {
  str: 'String',
  text: 'String',
  varchar: 'String',
  char: 'String',
  chars: 'String',
  enum: 'String',
  uuid: 'String',
  email: 'String',
  url: 'String',
  uri: 'String',
  id: 'String',
  strings: 'String',
  int: 'Integer',
  ints: 'Integer',
  long: 'Integer',
  bigint: 'Integer',
  short: 'Integer',
  int32: 'Integer',
  int64: 'Integer',
  smallint: 'Integer',
  whole: 'Integer',
  count: 'Integer',
  num: 'Number',
  numeric: 'Number',
  decimal: 'Number',
  money: 'Number',
  currency: 'Number',
  price: 'Number',
  numbers: 'Number',
  double: 'Float',
  real: 'Float',
  float32: 'Float',
  float64: 'Float',
  bool: 'Boolean',
  bit: 'Boolean',
  flag: 'Boolean',
  checkbox: 'Boolean',
  'true/false': 'Boolean',
  'yes/no': 'Boolean',
  obj: 'Object',
  dict: 'Object',
  dictionary: 'Object',
  map: 'Object',
  hash: 'Object',
  json: 'Object',
  struct: 'Object',
  record: 'Object',
  objects: 'Object',
  list: 'Array',
  arr: 'Array',
  tuple: 'Array',
  set: 'Array',
  collection: 'Array',
  arrays: 'Array',
  datetime: 'Date',
  'date-time': 'Date',
  'date time': 'Date',
  timestamp: 'Date',
  time: 'Date',
  iso8601: 'Date',
  'iso 8601': 'Date',
  'iso date': 'Date',
  dates: 'Date',
  none: 'Null',
  nil: 'Null',
  nothing: 'Null',
  mixed: 'Any',
  unknown: 'Any',
  '*': 'Any',
  variant: 'Any',
  anything: 'Any',
};

export interface TypeReading {
  valid: boolean;
  /** For a valid type: its parts in the template's spelling, sorted and joined with " | ". */
  key?: string;
  /** For an invalid one: the closest valid type, when there is one. */
  suggestion?: string;
}

function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = row[0];
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const up = row[j];
      row[j] = Math.min(row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
      diagonal = up;
    }
  }
  return row[b.length];
}

/**
 * The template type a type word means, in the template's spelling: its own
 * (`string` -> String) or a synonym other tools and people use (`int`,
 * `bool`, `list`, `datetime`); undefined for a word it does not know.
 */
export function templateTypeWord(word: string): string | undefined {
  const w = word.toLowerCase().replace(/\s+/g, ' ').trim();
  return BASE.get(w) ?? (Object.prototype.hasOwnProperty.call(SYNONYMS, w) ? SYNONYMS[w] : undefined);
}

/** The template type a word means: exact, a synonym, or a near miss ("Strng"). */
function closestBase(word: string): string | undefined {
  const w = word.toLowerCase().replace(/\s+/g, ' ').trim();
  const exact = templateTypeWord(w);
  if (exact) return exact;
  if (w.length < 3 || w.length > 16) return undefined;
  let best: string | undefined;
  let bestDistance = 3;
  for (const candidate of [...BASE.keys(), ...Object.keys(SYNONYMS)]) {
    if (Math.abs(candidate.length - w.length) >= bestDistance) continue;
    const d = editDistance(w, candidate);
    if (d < bestDistance && d <= (w.length <= 4 ? 1 : 2)) {
      bestDistance = d;
      best = BASE.get(candidate) ?? SYNONYMS[candidate];
    }
  }
  return best;
}

interface PartReading {
  valid: boolean;
  canonical?: string;
  suggestion?: string;
}

function readPart(part: string): PartReading {
  const text = part.trim();
  const plain = /^([A-Za-z]+)$/.exec(text);
  if (plain) {
    const base = BASE.get(plain[1].toLowerCase());
    if (base) return { valid: true, canonical: base };
    return { valid: false, suggestion: closestBase(plain[1]) };
  }
  const bracketed = /^([A-Za-z]+)\s*(?:\[\s*([A-Za-z]+)\s*\]|<\s*([A-Za-z]+)\s*>)$/.exec(text);
  if (bracketed) {
    const outer = bracketed[1].toLowerCase();
    const innerWord = bracketed[2] ?? bracketed[3];
    const inner = BASE.get(innerWord.toLowerCase());
    if (outer === 'array' && inner && bracketed[2] !== undefined) return { valid: true, canonical: `Array[${inner}]` };
    const outerMeans = closestBase(outer);
    const innerMeans = inner ?? closestBase(innerWord);
    return { valid: false, suggestion: outerMeans === 'Array' && innerMeans ? `Array[${innerMeans}]` : undefined };
  }
  // "string[]" and "list of strings" mean an array of that type.
  const suffixed = /^([A-Za-z]+)\s*\[\s*\]$/.exec(text) ?? /^(?:array|list)\s+of\s+([A-Za-z]+)$/i.exec(text);
  if (suffixed) {
    const inner = closestBase(suffixed[1]);
    return { valid: false, suggestion: inner ? `Array[${inner}]` : 'Array' };
  }
  if (text.length <= 20) return { valid: false, suggestion: closestBase(text) };
  return { valid: false };
}

/** Reads a Type cell. An empty cell is valid (the type is simply not stated). */
export function readType(text: string): TypeReading {
  const trimmed = text.trim();
  if (trimmed === '') return { valid: true, key: '' };
  if (trimmed.length > 200) return { valid: false };
  const separator = trimmed.includes('|') ? '|' : trimmed.includes(',') ? ',' : /\s+or\s+/i.test(trimmed) ? 'or' : undefined;
  const parts = separator === undefined ? [trimmed] : separator === 'or' ? trimmed.split(/\s+or\s+/i) : trimmed.split(separator);
  const readings = parts.map(readPart);
  if (separator !== 'or' && readings.every((r) => r.valid)) {
    const key = Array.from(new Set(readings.map((r) => r.canonical!)))
      .sort()
      .join(' | ');
    return { valid: true, key };
  }
  if (readings.some((r) => !r.valid && !r.suggestion)) return { valid: false };
  const fixed = readings.map((r) => (r.valid ? r.canonical! : r.suggestion!));
  const joiner = separator === ',' ? ', ' : ' | ';
  return { valid: false, suggestion: Array.from(new Set(fixed)).join(joiner) };
}

/** Whether two valid types can describe the same property: equal, Any, a number and its kinds, an array and its typed form. */
export function compatibleTypes(a: string, b: string): boolean {
  if (a === b || a === 'Any' || b === 'Any') return true;
  const pair = (x: string, y: string) => (a === x && b === y) || (a === y && b === x);
  if (pair('Number', 'Integer') || pair('Number', 'Float')) return true;
  if ((a === 'Array' && b.startsWith('Array[')) || (b === 'Array' && a.startsWith('Array['))) return true;
  return false;
}
