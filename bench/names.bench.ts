/**
 * Times checkName on 50,000-character names (Sheets' cell limit) shaped to
 * trip a slow regular expression, for every kind of name. Target: each
 * well under 100 ms (this used to be asserted in test/core/check.test.ts,
 * which made the suite fail on a busy machine).
 */
import { checkName } from '../src/core/check';
import type { NameTarget } from '../src/core/rules/types';
import { LONG_NAMES } from '../test/core/long-names';

export async function run(report: (line: string) => void): Promise<void> {
  const targets: NameTarget[] = ['event', 'property', 'type', 'page'];
  report('| 50,000-character name | slowest target | ms | target |');
  report('|---|---|---:|---:|');
  for (const [label, text] of LONG_NAMES) {
    let slowest = { target: '', ms: 0 };
    for (const target of targets) {
      const start = process.hrtime.bigint();
      checkName(target, text);
      const ms = Number(process.hrtime.bigint() - start) / 1e6;
      if (ms > slowest.ms) slowest = { target, ms };
    }
    report(`| ${label} | ${slowest.target} | ${slowest.ms.toFixed(1)} | < 100 |`);
  }
}
