/**
 * property-type-conflict: one property name has one type across events.
 * The most common type is taken as the intended one; rows that disagree with
 * it are reported. Spec properties declared as the spec declares them are
 * never reported (the Ecommerce spec itself types `position` two ways).
 */
import { normalizeSpaces } from '../casing';
import type { TextCell } from '../plan';
import { compatibleTypes, readType, type TypeReading } from '../property-types';
import { SPECS } from '../specs';
import { quote } from './shared';
import type { PlanRule } from './types';

interface Declaration {
  /** The property name as written (spaces tidied). */
  name: string;
  type: TextCell;
  key: string;
  eventName: string;
  fromSpec: boolean;
}

let specTypes: Map<string, Map<string, string>> | undefined;
/** Spec event name -> property name -> the type key the spec gives. */
function specTypeKeys(): Map<string, Map<string, string>> {
  if (!specTypes) {
    specTypes = new Map();
    for (const spec of SPECS) {
      for (const event of spec.events) {
        const types = new Map<string, string>();
        for (const p of event.properties) {
          const reading = readType(p.type);
          if (reading.valid && reading.key) types.set(p.name, reading.key);
        }
        specTypes.set(event.name, types);
      }
    }
  }
  return specTypes;
}

export const propertyTypeConflict: PlanRule<'property-type-conflict'> = {
  kind: 'plan',
  id: 'property-type-conflict',
  severity: 'warning',
  title: 'Conflicting property types',
  description: 'A property name has the same type under every event that sends it.',
  doc: {
    reason: 'A property sent as a number under one event and as text under another lands in one warehouse column that cannot hold both.',
    good: ['order_id as String under every event'],
    bad: ['order_id as String under Order Completed and Number under Order Refunded'],
    fix: 'Choose one type for the property and use it under every event.',
  },
  check(plan, _context, report) {
    const spec = specTypeKeys();
    // A plan has a handful of distinct Type cells and a few hundred distinct
    // names over 100,000 rows: read each once, and count before collecting.
    const types = new Map<string, TypeReading>();
    const readingOf = (text: string) => {
      let reading = types.get(text);
      if (!reading) types.set(text, (reading = readType(text)));
      return reading;
    };
    const keys = new Map<string, string>();
    const keyOf = (text: string) => {
      let key = keys.get(text);
      if (key === undefined) keys.set(text, (key = normalizeSpaces(text).toLowerCase()));
      return key;
    };
    const counts = new Map<string, Map<string, number>>();
    for (const event of plan.events) {
      for (const property of event.properties) {
        if (!property.type) continue;
        const reading = readingOf(property.type.text);
        if (!reading.valid || !reading.key) continue;
        const name = keyOf(property.name.text);
        let byType = counts.get(name);
        if (!byType) counts.set(name, (byType = new Map()));
        byType.set(reading.key, (byType.get(reading.key) ?? 0) + 1);
      }
    }
    const conflicting = new Set<string>();
    for (const [name, byType] of counts) if (byType.size > 1) conflicting.add(name);
    if (conflicting.size === 0) return;

    const declarations = new Map<string, Declaration[]>();
    for (const event of plan.events) {
      const eventName = normalizeSpaces(event.name.text);
      const specTypesOfEvent = spec.get(eventName);
      for (const property of event.properties) {
        if (!property.type) continue;
        const name = keyOf(property.name.text);
        if (!conflicting.has(name)) continue;
        const reading = readingOf(property.type.text);
        if (!reading.valid || !reading.key) continue;
        const fromSpec = specTypesOfEvent !== undefined && specTypesOfEvent.get(normalizeSpaces(property.name.text)) === reading.key;
        let list = declarations.get(name);
        if (!list) declarations.set(name, (list = []));
        list.push({ name: normalizeSpaces(property.name.text), type: property.type, key: reading.key, eventName, fromSpec });
      }
    }
    for (const [name, list] of declarations) {
      const byType = counts.get(name)!;
      let intended = list[0].key;
      for (const [key, count] of byType) if (count > (byType.get(intended) ?? 0)) intended = key;
      const example = list.find((d) => d.key === intended)!;
      for (const d of list) {
        if (d.fromSpec || compatibleTypes(d.key, intended)) continue;
        report(
          { tab: 'track', row: d.type.row, column: d.type.column, text: d.type.text },
          {
            message: `${quote(d.name)} is ${intended} under ${quote(example.eventName)} (row ${example.type.row}) but ${d.key} here. A property has one type everywhere, or its data will not line up.`,
            hint: `Use ${intended} here, or give this property a different name.`,
          },
        );
      }
    }
  },
};
