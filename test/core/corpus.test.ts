/**
 * The checker measured on real names (test/fixtures/corpus): every rule
 * keeps precision and recall of at least 0.97 against labels written from
 * conventions.md. `npm run corpus` prints the table and the mismatches.
 */
import names from '../fixtures/corpus/names.json';
import plans from '../fixtures/corpus/plans.json';
import { RULE_IDS } from '../../src/core/rules';
import { scoreCorpus } from '../fixtures/corpus/score';

describe('the corpus of real names', () => {
  const score = scoreCorpus();

  it('holds at least 300 names, each from a cited source, labelled only with known rule ids', () => {
    expect(names.names.length).toBeGreaterThanOrEqual(300);
    const sources = names.sources as Record<string, { what: string; url: string | null }>;
    for (const n of names.names) {
      expect([n.name, sources[n.source]?.what]).toEqual([n.name, expect.any(String)]);
      for (const rule of n.expect) expect(RULE_IDS).toContain(rule);
    }
    for (const p of plans.plans) expect(sources[p.source]).toBeDefined();
  });

  it('gives every rule something to find', () => {
    const expected = new Set(score.rules.filter((r) => r.expected > 0).map((r) => r.rule));
    expect(RULE_IDS.filter((id) => !expected.has(id))).toEqual([]);
  });

  it.each(RULE_IDS.map((id) => [id]))('scores at least 0.97 precision and recall on %s', (id) => {
    const r = score.rules.find((s) => s.rule === id)!;
    const mismatches = score.mismatches.filter((m) => m.rule === id);
    expect({ id, precision: r.precision >= 0.97, recall: r.recall >= 0.97, mismatches }).toEqual({
      id,
      precision: true,
      recall: true,
      mismatches: expect.any(Array),
    });
  });
});
