/**
 * Service calls and time of the main operations on a 100,000-row Track tab
 * (9,091 events of 10 properties each, grouped), on the built bundle.
 */
import * as path from 'path';
import { measureLargePlan, openLargePlan } from '../test/robustness/large-plan';

export async function run(report: (line: string) => void): Promise<void> {
  const seeded = process.hrtime.bigint();
  const { services, ctx, rows } = openLargePlan(path.resolve(process.cwd(), 'dist', 'Code.js'));
  report(`Track tab of ${rows} rows (seeded in ${Math.round(Number(process.hrtime.bigint() - seeded) / 1e6)} ms)`);
  report('| operation | calls | target | ms |');
  report('|---|---:|---:|---:|');
  for (const f of measureLargePlan(services, ctx)) report(`| ${f.label} | ${f.calls} | ≤ ${f.target} | ${f.ms} |`);
}
