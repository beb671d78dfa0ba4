/**
 * Property and trait names as paths (`products.$.product_id`,
 * `products[].product_id`, `campaign.source`, `campaign[source]`), and the
 * names Segment defines, which the casing rule accepts as spelled because
 * Segment and its destinations depend on the exact spelling.
 */
import { RESERVED_NAMES, SPECS } from './specs';

/** One piece of a path: a name to check, or syntax (`.`, `[`, `]`, `$`, `*`, an index) kept as written. */
export interface PathPart {
  text: string;
  isName: boolean;
}

/** Splits a property path into its names and the syntax between them; joining the texts gives the path back. */
export function splitPath(path: string): PathPart[] {
  const parts: PathPart[] = [];
  let current = '';
  let inBracket = false;
  const flush = () => {
    if (current === '') return;
    const wildcard = current === '$' || current === '*' || (inBracket && /^\d+$/.test(current));
    parts.push({ text: current, isName: !wildcard });
    current = '';
  };
  for (const ch of path) {
    if (ch === '.' || ch === '[' || ch === ']') {
      flush();
      if (ch === '[') inBracket = true;
      if (ch === ']') inBracket = false;
      parts.push({ text: ch, isName: false });
    } else {
      current += ch;
    }
  }
  flush();
  return parts;
}

/** Rewrites every name of a path with `convert`, keeping the path's syntax. */
export function mapPathNames(path: string, convert: (name: string) => string): string {
  return splitPath(path)
    .map((part) => (part.isName ? convert(part.text) : part.text))
    .join('');
}

/** Where a property or trait name is declared: it decides which defined names apply. */
export type NameScope = 'track' | 'identify' | 'group';

let definedByScope: Record<NameScope, ReadonlySet<string>> | undefined;

function definedSets(): Record<NameScope, ReadonlySet<string>> {
  if (!definedByScope) {
    const track = new Set<string>(RESERVED_NAMES.track);
    for (const spec of SPECS) for (const event of spec.events) for (const p of event.properties) track.add(p.name);
    definedByScope = { track, identify: new Set(RESERVED_NAMES.identify), group: new Set(RESERVED_NAMES.group) };
  }
  return definedByScope;
}

/**
 * Whether Segment defines this exact name where it is declared: a property of
 * a built-in spec or a reserved Track property on the Track tab, a reserved
 * trait on Identify or Group (`firstName`, `createdAt`), or a field of the
 * message context (`context.groupId`).
 */
export function isDefinedName(name: string, scope: NameScope): boolean {
  return name.startsWith('context.') || definedSets()[scope].has(name);
}

/** Spec event names exactly as the specs spell them. */
let specEvents: ReadonlySet<string> | undefined;
export function isSpecEventName(name: string): boolean {
  if (!specEvents) {
    const names = new Set<string>();
    for (const spec of SPECS) for (const event of spec.events) names.add(event.name);
    specEvents = names;
  }
  return specEvents.has(name);
}
