/**
 * event-family: events that end in the same Object + Action and differ only
 * by a qualifier in front ("Business Tier Workspace Created", "Free Tier
 * Workspace Created") are one event with a property for the qualifier.
 *
 * A qualifier ends in a known qualifying word (free, paid, ios, new...) or
 * dimension ("Tier"); "Payment Method Added" and "Shipping Method Added"
 * name different objects and are left alone. Families are
 * found with one map keyed by the shared tail, never by comparing events
 * pairwise. Spec events join families but are never reported: Segment
 * names them.
 */
import { joinWords, normalizeSpaces } from '../casing';
import { ACCOUNT_QUALIFIERS, QUALIFIERS } from '../lexicon/words';
import { isSpecEventName } from '../names';
import { FamilyReading, readFamily } from '../objectAction';
import { eventKey, TrackEvent } from '../plan';
import { eventWords, propertyName, quote, quoteList } from './shared';
import type { PlanRule, RuleContext } from './types';

interface Member {
  event: TrackEvent;
  name: string;
  key: string;
  family: FamilyReading;
  /** The qualifier in lower case, last word first; empty when the event has none. */
  head: string[];
}

const lastWord = (m: Member) => m.head[m.head.length - 1];

/** The property for the qualifier: the dimension the qualifiers share (tier -> account_tier), else <object>_type. */
function qualifierProperty(qualified: readonly Member[], context: RuleContext): string {
  const object = qualified[0].family.tail[0].toLowerCase();
  const last = new Set(qualified.map(lastWord));
  if (last.size === 1) {
    const word = Array.from(last)[0];
    if (!QUALIFIERS[word]) return propertyName([ACCOUNT_QUALIFIERS.has(word) ? 'account' : object, word], context);
  }
  const dimensions = new Set(qualified.map((m) => m.head.map((w) => QUALIFIERS[w]).find((d) => d !== undefined)));
  if (dimensions.size === 1) {
    const dimension = Array.from(dimensions)[0];
    if (dimension) return propertyName(dimension.startsWith('_') ? [object, dimension.slice(1)] : dimension.split('_'), context);
  }
  return propertyName([object, 'type'], context);
}

export const eventFamily: PlanRule = {
  kind: 'plan',
  id: 'event-family',
  severity: 'warning',
  title: 'Families of events',
  description: 'No events that differ only by a qualifier in front of the same Object + Action ("Free Tier Workspace Created"); use one event and a property.',
  check(plan, context, report) {
    const families = new Map<string, Member[]>();
    const readings = new Map<string, FamilyReading | undefined>();
    for (const event of plan.events) {
      const name = normalizeSpaces(event.name.text);
      let family = readings.get(name);
      if (!readings.has(name)) {
        family = readFamily(eventWords(name, context));
        readings.set(name, family);
      }
      if (!family) continue;
      let members = families.get(family.key);
      if (!members) families.set(family.key, (members = []));
      members.push({ event, name, key: eventKey(name), family, head: family.head.map((w) => w.toLowerCase()) });
    }
    for (const members of families.values()) {
      if (members.length < 2) continue;
      const distinct = new Map<string, Member>();
      for (const m of members) if (!distinct.has(m.key)) distinct.set(m.key, m);
      const qualified = Array.from(distinct.values()).filter((m) => m.head.length > 0);
      if (distinct.size < 2 || qualified.length === 0) continue;
      const names = Array.from(distinct.values(), (m) => m.name);
      const qualifiers = qualified.map((m) => m.family.head.join(' '));
      const event = joinWords(members[0].family.tail, context.settings.eventCasing, context.accepted);
      const message = `${quoteList(names)} are the same action told apart by a qualifier in front. Separate events for each variant split the data and make them hard to count together.`;
      const hint = `Track one event ${quote(event)} and send the qualifier (${quoteList(qualifiers)}) as a property such as ${qualifierProperty(qualified, context)}.`;
      for (const member of members) {
        if (member.head.length === 0 || isSpecEventName(member.name)) continue;
        report({ tab: 'track', row: member.event.name.row, column: member.event.name.column, text: member.event.name.text }, { message, hint });
      }
    }
  },
};
