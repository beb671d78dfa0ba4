/**
 * property-casing: property names (Track tab) and trait names (Identify and
 * Group tabs) follow the document's property casing, checked on each name of
 * a path (`products.$.product_id`, `campaign[source]`). Names Segment defines
 * (spec properties, reserved traits, `context.` fields) pass as spelled.
 */
import { convertCasing, describeCasing, followsCasing } from '../casing';
import { withoutBadCharacters } from '../characters';
import { isDefinedName, mapPathNames, splitPath } from '../names';
import { LONG_NAME } from './shared';
import type { NameRule } from './types';

export const propertyCasing: NameRule<'property-casing'> = {
  kind: 'name',
  id: 'property-casing',
  severity: 'error',
  title: 'Property and trait name casing',
  description: 'Property and trait names follow the chosen casing (snake_case by default: "first_name"), on each part of a nested name.',
  doc: {
    reason:
      'Warehouses and destinations treat "firstName" and "first_name" as different columns, so one casing for every property keeps each value in one place.',
    good: ['first_name', 'products.$.product_id', 'campaign[source]', 'context.groupId'],
    bad: ['firstName', 'Product ID', 'first-name'],
    fix: 'Apply the suggestion: the same words in the chosen casing. Names Segment defines (spec properties, reserved traits) pass as spelled.',
  },
  targets: ['property'],
  // A name holding a value needs the value out, not a respelling of it.
  suppressedBy: ['property-dynamic-key'],
  check({ text: written, scope }, context) {
    const casing = context.settings.propertyCasing;
    if (written === '' || isDefinedName(written, scope)) return undefined;
    // Characters that event-characters reports ("discount%") are its to fix: the casing is judged on the name without them.
    const text = written.length > LONG_NAME ? written : withoutBadCharacters(written, 'property');
    if (text === '') return undefined;
    const names = splitPath(text).filter((part) => part.isName);
    if (names.every((part) => followsCasing(part.text, casing, context.accepted))) return undefined;
    const what = scope === 'track' ? 'Property names' : 'Trait names';
    const message = `${what} use ${casing}: ${describeCasing(casing)}.`;
    if (text.length > LONG_NAME) return { message };
    let unfixable = false;
    const suggestion = mapPathNames(text, (name) => {
      const converted = convertCasing(name, casing, context.accepted);
      if (converted === '') unfixable = true;
      return converted;
    });
    return {
      message,
      suggestion: unfixable ? undefined : suggestion,
    };
  },
};
