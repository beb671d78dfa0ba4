import { readFileSync } from 'fs';
import { join } from 'path';
import { renderRulesMarkdown } from '../../src/core/rule-docs';
import { REGISTRY } from '../../src/core/rules';

const onDisk = readFileSync(join(__dirname, '..', '..', 'docs', 'rules.md'), 'utf8');

describe('docs/rules.md', () => {
  it('is what npm run docs makes from the rules (run it after changing a rule)', () => {
    expect(onDisk).toBe(renderRulesMarkdown(REGISTRY));
  });

  it.each(REGISTRY.map((rule) => [rule.id, rule] as const))('has a section for %s with its reason, examples and fix', (id, rule) => {
    const start = onDisk.indexOf(`\n## ${id}\n`);
    expect(start).toBeGreaterThan(-1);
    const next = onDisk.indexOf('\n## ', start + 1);
    const section = onDisk.slice(start, next === -1 ? undefined : next);
    expect(section).toContain(`severity: ${rule.severity}`);
    expect(section).toContain(rule.doc.reason);
    expect(section).toContain(rule.doc.fix);
    for (const example of [...rule.doc.good, ...rule.doc.bad])
      expect(section).toContain(
        example
          .split(/[\p{Cc}\p{Cf}\u00a0]/u)[0]
          .trim()
          .slice(0, 10),
      );
  });

  it('shows a rule that is added without its section as out of date', () => {
    const extra = { ...REGISTRY[0], id: 'new-rule', doc: { reason: 'A reason.', good: ['A'], bad: ['B'], fix: 'A fix.' } };
    expect(renderRulesMarkdown([...REGISTRY, extra])).not.toBe(onDisk);
    expect(renderRulesMarkdown([...REGISTRY, extra])).toContain('\n## new-rule\n');
  });

  it('shows invisible characters and end spaces in examples', () => {
    const rule = { ...REGISTRY[0], doc: { reason: 'r', good: ['Order Completed '], bad: ['Order\u200bCompleted'], fix: 'f' } };
    const text = renderRulesMarkdown([rule]);
    expect(text).toContain('`"Order Completed "`');
    expect(text).toContain('`Order\\u200BCompleted`');
  });
});
