/**
 * The 100,000-row Track tab: Check conventions, insertion, Minimize / Reset
 * and Clear stay within the service-call targets of issues 2 and 4 (the
 * count does not grow with the rows), the groups stay right, and the time
 * of each operation is logged (bench/robustness.bench.ts reports it too).
 */
import { TRACK } from '../bundle/checks-helpers';
import { ensureBuilt } from '../bundle/sheet-helpers';
import { dumpAll, userChanges } from './helpers';
import { measureLargePlan, openLargePlan } from './large-plan';

beforeAll(ensureBuilt);

it('checks and inserts into a 100,000-row Track tab within the call targets', () => {
  const { services, ctx, rows } = openLargePlan();
  expect(rows).toBeGreaterThanOrEqual(100_000);
  const before = dumpAll(services);
  const figures = measureLargePlan(services, ctx);
  console.log(`Track tab of ${rows} rows:\n` + figures.map((f) => `  ${f.label}: ${f.calls} calls (target ≤ ${f.target}), ${f.ms} ms`).join('\n'));
  for (const f of figures) expect([f.label, f.calls <= f.target]).toEqual([f.label, true]);
  expect(services.ui.testAlerts()).toEqual([]);
  const after = dumpAll(services);
  expect(userChanges(before, after)).toEqual([]);
  // The appended events sit at depth 0 and joined no group of the last old event.
  const dump = after[TRACK];
  expect(dump.values[rows][2]).toBe('Video Playback Started');
  expect(dump.rowGroupDepths[rows + 1]).toBeUndefined();
  expect(dump.rowGroupDepths[rows]).toBe(1);
  expect(dump.rowGroupDepths[rows + 2]).toBe(1);
}, 120_000);
