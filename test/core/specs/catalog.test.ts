/**
 * The spec catalogs are Segment's docs as data (../shared/reference/specs);
 * the committed catalog.json must say exactly what that data says.
 */
import { execFileSync } from 'child_process';
import { existsSync } from 'fs';
import { join } from 'path';
import { SPECS, definedNames } from '../../../src/core/specs';

const root = join(__dirname, '..', '..', '..');
const reference = join(root, '..', 'shared', 'reference', 'specs');

describe('spec catalogs', () => {
  (existsSync(reference) ? it : it.skip)('are in step with the reference data', () => {
    expect(() => execFileSync('node', [join(root, 'scripts', 'import-specs.mjs'), reference, '--check'], { stdio: 'pipe' })).not.toThrow();
  });

  it('hold the four specs with every event and property', () => {
    const counts = SPECS.map((s) => [s.name, s.events.length, s.events.reduce((n, e) => n + e.properties.length, 0)]);
    expect(counts).toEqual([
      ['B2B SaaS', 10, 32],
      ['Ecommerce v2', 28, 298],
      ['Mobile', 13, 36],
      ['Video', 17, 260],
    ]);
  });

  it('state types the way a plan does', () => {
    const allowed = /^(|String|Number|Integer|Float|Boolean|Object|Array|Date|Array\[(String|Object)\]|String \| Object|String, Array\[String\])$/;
    for (const spec of SPECS) for (const event of spec.events) for (const p of event.properties) expect([event.name, p.name, p.type]).toEqual([event.name, p.name, expect.stringMatching(allowed)]);
  });

  it('know the reserved traits Segment spells in camelCase', () => {
    expect(definedNames().has('firstName')).toBe(true);
    expect(definedNames().has('createdAt')).toBe(true);
  });
});
