/**
 * Values too large for one document property. Apps Script refuses a
 * property value over 9 KB, so a long JSON text is kept in parts: the main
 * key holds `{"parts":N}` and keys `<key>.part1` ... `<key>.partN` hold the
 * text, each under PART_BYTES of UTF-8.
 */

/** Under the 9 KB limit with room to spare. */
export const PART_BYTES = 8000;

function utf8Length(codePoint: number): number {
  return codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;
}

/** Cuts text into pieces of at most `maxBytes` UTF-8 bytes each, never inside a character. */
export function splitByBytes(text: string, maxBytes: number): string[] {
  const parts: string[] = [];
  let start = 0;
  let bytes = 0;
  for (let i = 0; i < text.length;) {
    const codePoint = text.codePointAt(i)!;
    const width = codePoint > 0xffff ? 2 : 1;
    const size = utf8Length(codePoint);
    if (bytes + size > maxBytes) {
      parts.push(text.slice(start, i));
      start = i;
      bytes = 0;
    }
    bytes += size;
    i += width;
  }
  if (start < text.length || !parts.length) parts.push(text.slice(start));
  return parts;
}

const partKey = (key: string, n: number) => `${key}.part${n}`;

/** The stored text under `key`, put back together from its parts when it was split. */
export function joinParts(key: string, props: Record<string, string>): string | undefined {
  const main = props[key];
  const header = /^\{"parts":(\d+)\}$/.exec(main ?? '');
  if (!header) return main;
  const pieces: string[] = [];
  for (let n = 1; n <= Number(header[1]); n++) {
    const piece = props[partKey(key, n)];
    // A missing part: the text will not parse, and its reader says so.
    if (piece === undefined) break;
    pieces.push(piece);
  }
  return pieces.join('');
}

/** The properties to set for `text` under `key`, and the parts left over from a longer text to delete. */
export function splitIntoParts(key: string, text: string, props: Record<string, string>): { set: Record<string, string>; remove: string[] } {
  const parts = splitByBytes(text, PART_BYTES);
  const set: Record<string, string> = {};
  if (parts.length === 1) set[key] = text;
  else {
    set[key] = JSON.stringify({ parts: parts.length });
    parts.forEach((part, i) => (set[partKey(key, i + 1)] = part));
  }
  const prefix = `${key}.part`;
  const remove = Object.keys(props).filter((k) => k.startsWith(prefix) && !(k in set));
  return { set, remove };
}
