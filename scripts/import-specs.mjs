#!/usr/bin/env node
/**
 * Copies Segment's spec catalogs from ../shared/reference/specs into
 * src/core/specs/catalog.json, in the form the sheet uses. Run by hand when
 * the reference data changes; the output is committed so builds never need
 * the shared folder.
 *
 * Types are written the way a plan states them: Segment's docs spell some
 * as prose ("ISO 8601 Date String", "Enum {pre-roll, ...}", "Array<Product>"),
 * which become a plain type (Date, String with Allowed Values, Array[Object]).
 * The docs' spelling is kept as `sourceType` when it differs.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
// --check: compare with the committed catalog instead of writing it (exit 1 when they differ).
const checkOnly = args.includes('--check');
const from = args.find((a) => !a.startsWith('--')) ?? join(root, '..', 'shared', 'reference', 'specs');

// `name` is what the Track tab's Spec column says (Segment's docs call Mobile "Native Mobile").
const SPECS = [
  { id: 'b2b-saas', name: 'B2B SaaS', file: 'b2b-saas.json' },
  { id: 'ecommerce-v2', name: 'Ecommerce v2', file: 'ecommerce-v2.json' },
  { id: 'mobile', name: 'Mobile', file: 'mobile.json' },
  { id: 'video', name: 'Video', file: 'video.json' },
];

const BASE = ['String', 'Number', 'Integer', 'Float', 'Boolean', 'Object', 'Array', 'Date', 'Null', 'Any'];
const canonical = (word) => BASE.find((t) => t.toLowerCase() === word.toLowerCase());

export function normalizeType(type) {
  if (type === null || type === undefined || type === '') return { type: '' };
  const enumMatch = /^Enum\s*\{(.*)\}$/i.exec(type);
  if (enumMatch)
    return {
      type: 'String',
      allowedValues: enumMatch[1]
        .split(',')
        .map((v) => v.trim())
        .filter(Boolean),
    };
  if (/date/i.test(type) && /iso/i.test(type)) return { type: 'Date' };
  // Array<Product>, Array<Sort>: arrays of objects.
  const generic = /^Array\s*<\s*(\w+)\s*>$/i.exec(type);
  if (generic) return { type: canonical(generic[1]) ? `Array[${canonical(generic[1])}]` : 'Array[Object]' };
  // Object[ContentEventObject]: an object of a documented shape.
  const shaped = /^Object\s*\[\s*\w+\s*\]$/i.exec(type);
  if (shaped) return { type: 'Object' };
  // Capitalise the base types inside unions and arrays: "String, Array[string]".
  const spelled = type.replace(/[A-Za-z]+/g, (word) => canonical(word) ?? word);
  return { type: spelled };
}

function convertSpec({ id, name, file }) {
  const source = JSON.parse(readFileSync(join(from, file), 'utf8'));
  return {
    id,
    name,
    source: source.source,
    events: source.events.map((event) => ({
      name: event.name,
      description: event.description,
      ...(event.category ? { category: event.category } : {}),
      properties: (event.properties ?? []).map((p) => {
        const { type, allowedValues } = normalizeType(p.type);
        return {
          name: p.name,
          type,
          description: p.description ?? '',
          ...(allowedValues ? { allowedValues } : {}),
          ...(p.type && p.type !== type ? { sourceType: p.type } : {}),
        };
      }),
    })),
  };
}

function reservedNames() {
  const reserved = JSON.parse(readFileSync(join(from, 'reserved.json'), 'utf8'));
  const names = (list) => (list ?? []).flatMap((f) => [f.name, ...(f.subfields ?? []).map((s) => `${f.name}.${s.name}`)]);
  return {
    identify: names(reserved.identify.traits),
    group: names(reserved.group.traits),
    page: names(reserved.page.properties),
    track: names(reserved.track.properties),
    context: names(reserved.context.fields),
  };
}

const catalog = { specs: SPECS.map(convertSpec), reserved: reservedNames() };
const target = join(root, 'src', 'core', 'specs', 'catalog.json');
const text = JSON.stringify(catalog, null, 1) + '\n';
if (checkOnly) {
  if (readFileSync(target, 'utf8') !== text) {
    console.error(`${target} is out of date with ${from}: run node scripts/import-specs.mjs`);
    process.exit(1);
  }
  console.log('catalog.json is up to date.');
  process.exit(0);
}
writeFileSync(target, text);
console.log(catalog.specs.map((s) => `${s.name}: ${s.events.length} events, ${s.events.reduce((n, e) => n + e.properties.length, 0)} properties`).join('\n'));
