import { readdirSync } from 'fs';
import { join } from 'path';
import { CROSS_TAB_RULES, isRuleId, REGISTRY, RULE_IDS, RULES } from '../../../src/core/rules';

describe('the rule registry', () => {
  it('holds one rule per file of src/core/rules, each file named for its rule', () => {
    const folder = join(__dirname, '..', '..', '..', 'src', 'core', 'rules');
    const files = readdirSync(folder)
      .filter((f) => f.endsWith('.ts') && !['index.ts', 'types.ts', 'shared.ts'].includes(f))
      .map((f) => f.replace(/\.ts$/, ''))
      .sort();
    expect([...RULE_IDS].sort()).toEqual(files);
  });

  it('derives the rule ids and the plain data for the sidebar from the rules', () => {
    expect(RULE_IDS).toEqual(REGISTRY.map((r) => r.id));
    expect(RULES.map((r) => r.id)).toEqual(RULE_IDS);
    expect(JSON.parse(JSON.stringify(RULES))).toEqual(RULES);
    expect(isRuleId('event-characters')).toBe(true);
    expect(isRuleId('no-such-rule')).toBe(false);
  });

  it('gives every rule a doc with a one-sentence reason, good and bad examples and a fix', () => {
    for (const rule of REGISTRY) {
      expect([rule.id, rule.doc.reason.trim().split(/(?<=[.!?])\s+(?=[A-Z])/).length]).toEqual([rule.id, 1]);
      expect(rule.doc.good.length).toBeGreaterThan(0);
      expect(rule.doc.bad.length).toBeGreaterThan(0);
      expect(rule.doc.fix).not.toBe('');
    }
  });

  it('names only registered rules in suppressedBy', () => {
    for (const rule of REGISTRY) {
      if (rule.kind !== 'name') continue;
      for (const id of rule.suppressedBy ?? []) expect([rule.id, isRuleId(id)]).toEqual([rule.id, true]);
    }
  });

  it('derives the cross-tab rules (Goals against Track) from the rules', () => {
    expect([...CROSS_TAB_RULES].sort()).toEqual(['event-without-goal', 'goal-event-missing']);
  });
});
