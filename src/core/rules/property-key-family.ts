/**
 * property-key-family: property names under one event (or traits in one tab)
 * that differ only by a number or a counter letter (`feature_1`,
 * `feature_2`; `variant_a`, `variant_b`) are ambiguous and hard to analyze;
 * one property holding a list or an object says the same thing.
 */
import { normalizeSpaces, splitWords } from '../casing';
import type { TextCell } from '../plan';
import type { TabKind } from '../template';
import { propertyName, quoteList } from './shared';
import type { PlanRule, Report, RuleContext } from './types';

/**
 * The name with its counters replaced: `feature_1` -> `feature_#`,
 * `variant_a` -> `variant_@`, `variantB` -> `variant@`. Undefined when the
 * name has no counter. x, y and z stay: they are coordinates, not counters.
 */
export function counterKey(name: string): string | undefined {
  const key = name
    .replace(/\d+/g, '#')
    .replace(/(^|[^A-Za-z])[a-wA-W](?=[^A-Za-z]|$)/g, '$1@')
    .replace(/([a-z])[A-W](?=[^A-Za-z]|$)/g, '$1@')
    .toLowerCase();
  return key.includes('#') || key.includes('@') ? key : undefined;
}

/** Cell text -> its counter key (undefined for a name without a counter); the same names recur under many events. */
type KeyCache = Map<string, string | undefined>;

function cachedCounterKey(text: string, cache: KeyCache): string | undefined {
  if (cache.has(text)) return cache.get(text);
  const key = counterKey(normalizeSpaces(text));
  cache.set(text, key);
  return key;
}

function findFamilies<T extends { name: TextCell }>(items: readonly T[], tab: TabKind, context: RuleContext, report: Report, cache: KeyCache): void {
  if (items.length < 2) return;
  // Most lists have no numbered name at all: only those that do pay for a map.
  let families: Map<string, Map<string, TextCell>> | undefined;
  for (const item of items) {
    const key = cachedCounterKey(item.name.text, cache);
    if (key === undefined) continue;
    if (!families) families = new Map();
    let members = families.get(key);
    if (!members) families.set(key, (members = new Map()));
    const lower = normalizeSpaces(item.name.text).toLowerCase();
    if (!members.has(lower)) members.set(lower, item.name);
  }
  if (!families) return;
  for (const [key, members] of families) {
    if (members.size < 2) continue;
    const names = Array.from(members.values(), (cell) => normalizeSpaces(cell.text));
    const stem = splitWords(key.replace(/[#@]/g, ' '), context.accepted);
    if (stem.length > 0 && !/s$/i.test(stem[stem.length - 1])) stem[stem.length - 1] += 's';
    const single = stem.length > 0 ? propertyName(stem, context) : '';
    for (const cell of members.values()) {
      report(
        { tab, row: cell.row, column: cell.column, text: cell.text },
        {
          message: `${quoteList(names)} differ only by a number or a letter. Numbered names like these are ambiguous and very hard to analyze.`,
          hint: `Use one property${single ? ` such as ${single}` : ''} holding a list (Array) or an object instead.`,
        },
      );
    }
  }
}

export const propertyKeyFamily: PlanRule<'property-key-family'> = {
  kind: 'plan',
  id: 'property-key-family',
  severity: 'error',
  title: 'Numbered property names',
  description: 'No properties under one event (or traits in one tab) that differ only by a number or letter, such as feature_1 and feature_2.',
  doc: {
    reason: 'Numbered properties (feature_1, feature_2) are ambiguous and very hard to analyze, as the planning guide warns.',
    good: ['features (an Array)', 'variant'],
    bad: ['feature_1 and feature_2', 'variant_a and variant_b'],
    fix: 'Replace the numbered properties by one property that holds a list or an object.',
  },
  check(plan, context, report) {
    const cache: KeyCache = new Map();
    for (const event of plan.events) findFamilies(event.properties, 'track', context, report, cache);
    findFamilies(plan.identify, 'identify', context, report, cache);
    findFamilies(plan.group, 'group', context, report, cache);
  },
};
