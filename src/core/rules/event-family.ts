/**
 * event-family: events of three or more words whose last two words are the
 * same Object + Action, each told apart by words in front ("Home Page
 * Viewed", "Pricing Page Viewed"), are one event with a property for what
 * the words in front say (conventions.md).
 *
 * Families are found with one map keyed by the shared last two words, never
 * by comparing events pairwise. Events of the built-in specs are never
 * members: Segment names them. The advice is a hint, not a one-click fix,
 * because renaming every member to the shared event would make duplicates.
 */
import { joinWords, normalizeSpaces } from '../casing';
import { ACCOUNT_QUALIFIERS, DIMENSIONS, KIND_OBJECTS, QUALIFIERS } from '../lexicon/words';
import { isSpecEventName } from '../names';
import { type FamilyReading, readFamily } from '../object-action';
import { eventKey, type TrackEvent } from '../plan';
import { eventWords, propertyName, quote, quoteList } from './shared';
import type { PlanRule, RuleContext } from './types';

interface Member {
  event: TrackEvent;
  name: string;
  key: string;
  family: FamilyReading;
}

const lower = (word: string) => word.toLowerCase();

/**
 * The property for what the qualifiers say: the dimension they share ("Free
 * Tier", "Business Tier" -> account_tier; "iOS", "Android" -> platform), else
 * the object when it names a kind of thing ("Build Mode" -> mode), else the
 * object's name ("Home Page" -> page_name).
 */
function qualifierProperty(members: readonly Member[], context: RuleContext): string {
  const object = lower(members[0].family.tail[0]);
  const heads = members.map((m) => m.family.head.map(lower));
  const lastWords = new Set(heads.map((h) => h[h.length - 1]));
  if (lastWords.size === 1) {
    const word = Array.from(lastWords)[0];
    if (DIMENSIONS.has(word)) return propertyName([ACCOUNT_QUALIFIERS.has(word) ? 'account' : object, word], context);
  }
  const dimensions = new Set(heads.map((h) => h.map((w) => QUALIFIERS[w]).find((d) => d !== undefined)));
  if (dimensions.size === 1) {
    const dimension = Array.from(dimensions)[0];
    if (dimension) return propertyName(dimension.startsWith('_') ? [object, dimension.slice(1)] : dimension.split('_'), context);
  }
  return propertyName(KIND_OBJECTS.has(object) ? [object] : [object, 'name'], context);
}

export const eventFamily: PlanRule<'event-family'> = {
  kind: 'plan',
  id: 'event-family',
  severity: 'warning',
  title: 'Families of events',
  description:
    'Events whose last two words are the same Object + Action, each told apart by words in front ("Home Page Viewed", "Pricing Page Viewed"), are one event with a property.',
  doc: {
    reason: 'Events that are the same action told apart by a qualifier split one funnel step into many, and are hard to count together.',
    good: ['Page Viewed with a page_name property', 'Workspace Created with an account_tier property'],
    bad: [
      'Home Page Viewed, Pricing Page Viewed and Login Page Viewed',
      'Business Tier Workspace Created and Free Tier Workspace Created',
      'Switch to Build Mode Clicked and Switch to Design Mode Clicked',
    ],
    fix: 'Track the shared event the message names and send the qualifier as the property it suggests; rename the rows by hand, since renaming every member at once would make duplicates.',
  },
  check(plan, context, report) {
    const families = new Map<string, Member[]>();
    const readings = new Map<string, FamilyReading | undefined>();
    for (const event of plan.events) {
      const name = normalizeSpaces(event.name.text);
      if (name === '' || isSpecEventName(name)) continue;
      let family = readings.get(name);
      if (!readings.has(name)) {
        family = readFamily(eventWords(name, context));
        readings.set(name, family);
      }
      if (!family) continue;
      let members = families.get(family.key);
      if (!members) families.set(family.key, (members = []));
      members.push({ event, name, key: eventKey(name), family });
    }
    for (const members of families.values()) {
      if (members.length < 2) continue;
      const distinct = new Map<string, Member>();
      for (const m of members) if (!distinct.has(m.key)) distinct.set(m.key, m);
      if (distinct.size < 2) continue;
      const named = Array.from(distinct.values());
      const event = joinWords(members[0].family.tail, context.settings.eventCasing, context.eventAccepted);
      const qualifiers = named.map((m) => m.family.head.join(' '));
      const property = qualifierProperty(named, context);
      const message =
        `${quoteList(named.map((m) => m.name))} are the same action, ${quote(event)}, told apart by the words in front. ` +
        `Track one event ${quote(event)} and send what the words in front say (${quoteList(qualifiers)}) as a property such as ${property}.`;
      const hint = `Rename these events to ${quote(event)} by hand and add the property ${property}; renaming them all at once would make duplicates.`;
      for (const member of members) {
        report({ tab: 'track', row: member.event.name.row, column: member.event.name.column, text: member.event.name.text }, { message, hint });
      }
    }
  },
};
