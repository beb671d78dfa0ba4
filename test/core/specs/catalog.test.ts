/**
 * The spec catalogs are Segment's docs as data (../shared/reference/specs,
 * copied into test/fixtures/reference-specs so a fresh clone has it); the
 * committed catalog.json must say exactly what that data says. Missing data
 * fails the test: a skipped comparison would pass on a stale catalog.
 */
import { execFileSync } from 'child_process';
import { existsSync, readdirSync, readFileSync } from 'fs';
import { join } from 'path';
import { SPECS } from '../../../src/core/specs';

const root = join(__dirname, '..', '..', '..');
const reference = join(root, 'test', 'fixtures', 'reference-specs');
/** The shared original, where this checkout sits beside it (the copy must not drift from it). */
const shared = [join(root, '..', 'shared', 'reference', 'specs'), join(root, '..', '..', 'shared', 'reference', 'specs')].find((dir) => existsSync(dir));

describe('spec catalogs', () => {
  it('are in step with the reference data', () => {
    expect(readdirSync(reference).sort()).toEqual(['b2b-saas.json', 'ecommerce-v2.json', 'mobile.json', 'reserved.json', 'video.json']);
    expect(() => execFileSync('node', [join(root, 'scripts', 'import-specs.mjs'), reference, '--check'], { stdio: 'pipe' })).not.toThrow();
  });

  it('use a copy of the reference data identical to the shared original, when it is there', () => {
    if (!shared) return; // a fresh clone has only the copy
    for (const file of readdirSync(shared))
      expect([file, readFileSync(join(reference, file), 'utf8')]).toEqual([file, readFileSync(join(shared, file), 'utf8')]);
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
    for (const spec of SPECS)
      for (const event of spec.events)
        for (const p of event.properties) expect([event.name, p.name, p.type]).toEqual([event.name, p.name, expect.stringMatching(allowed)]);
  });
});
