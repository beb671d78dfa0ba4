/**
 * `tracking-plan coverage` as CI runs it (`node bin/tracking-plan.js` in a
 * child process) on one fixture per input format in test/fixtures/coverage,
 * each against the same plan (test/fixtures/coverage/plan-track.csv):
 * Order Completed (order_id and total required, currency USD/EUR, coupon),
 * Product Viewed (product_id required), Signed Up, Order Refunded.
 */
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildCli, root, runCli } from './cli-helpers';

const fixtures = join(root, 'test', 'fixtures', 'coverage');
let dir: string;

const run = (...args: string[]) => runCli(dir, args);

/** The finding lines of a text run, as "where rule" pairs (the message is checked where it matters). */
function places(stdout: string): string[] {
  return stdout
    .trim()
    .split('\n')
    .slice(0, -2)
    .map((line) => /^(.*?:?) ([a-z0-9-]+) /.exec(line)!)
    .map((m) => `${m[1]} ${m[2]}`);
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'tp-coverage-'));
  cpSync(fixtures, dir, { recursive: true });
  buildCli();
}, 60000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const T = "'Track (Custom)'";

describe('tracking-plan coverage, one fixture per input format', () => {
  it('Segment raw events (JSON lines): property drift, a near miss by casing, unplanned events, unseen ones', () => {
    const r = run('coverage', 'plan-track.csv', 'segment-events.jsonl');
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('note: segment-events.jsonl read as Segment raw events (JSON): 9 records.');
    expect(places(r.stdout)).toEqual([
      `${T}!C3 property-missing`,
      `${T}!D4 property-type-mismatch`,
      `${T}!F5 property-value-not-allowed`,
      `${T}!C6 property-missing`,
      'segment-events.jsonl: property-not-planned',
      'segment-events.jsonl: event-near-miss',
      `${T}!A9 event-not-seen`,
      `${T}!A10 event-not-seen`,
      'segment-events.jsonl: event-not-planned',
      'segment-events.jsonl: event-not-planned',
      'segment-events.jsonl: event-casing',
    ]);
    expect(r.stdout).toContain(`${T}!C3 property-missing "order_id" is required but missing from 1 of 3 "Order Completed" events (33%).`);
    expect(r.stdout).toContain(
      `${T}!D4 property-type-mismatch "total" was sent as text ("9.99") in 1 of 3 "Order Completed" events that have it; the plan's Type is Number.`,
    );
    expect(r.stdout).toContain(`"currency" was sent with values outside its Allowed Values in 1 "Order Completed" event: "usd" (1).`);
    expect(r.stdout).toContain('property-not-planned "orderId" was sent in 1 "Order Completed" event but is not in the plan. Did you mean "order_id"?');
    expect(r.stdout).toContain('event-near-miss "order completed" was sent 1 time, last seen 2024-05-03T08:00:00.000Z; the plan calls it "Order Completed".');
    expect(r.stdout).toContain('event-not-planned "Cart Shared" is not in the plan; it was sent 1 time, last seen 2024-05-01T12:05:00.000Z.');
    expect(r.stdout).toContain('event-casing Sent event name "signup_clicked"');
    expect(r.stdout).toContain('2 of 4 planned events seen, 2 not seen, 2 not planned, 1 near miss.\n7 errors, 3 warnings, 1 info.\n');
    // A CSV of the Track tab plans no traits or pages: the identify and page calls are counted, not judged.
    expect(r.stdout).not.toMatch(/email|Home/);
  });

  it('Segment raw events as one indented JSON array, strings holding braces and commas', () => {
    const r = run('coverage', 'plan-track.csv', 'segment-array.json', '--format', 'json');
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.format).toBe('segment-events');
    expect(out.inputs).toEqual([{ file: 'segment-array.json', format: 'segment-events', label: 'Segment raw events (JSON)', records: 2, skipped: 0 }]);
    expect(out.findings.map((f: { rule: string }) => f.rule)).toEqual(['event-not-seen', 'property-not-planned', 'event-not-seen']);
    const viewed = out.events.find((e: { name: string }) => e.name === 'Product Viewed');
    expect(viewed).toEqual({
      name: 'Product Viewed',
      planned: true,
      seen: true,
      count: 1,
      lastSeen: '2024-06-01T10:00:00.000Z',
      findings: [
        { rule: 'property-not-planned', severity: 'warning', message: '"name" was sent in 1 "Product Viewed" event but is not in the plan.', property: 'name' },
      ],
    });
    expect(out.findings[1]).toEqual({
      rule: 'property-not-planned',
      severity: 'warning',
      message: viewed.findings[0].message,
      event: 'Product Viewed',
      property: 'name',
      file: 'segment-array.json',
    });
    expect(Object.keys(out)).toEqual(['file', 'summary', 'findings', 'notes', 'format', 'inputs', 'counts', 'events']);
    expect(out.events.find((e: { name: string }) => e.name === 'Order Completed')).toMatchObject({
      planned: true,
      seen: false,
      count: 0,
      findings: [{ rule: 'event-not-seen', severity: 'warning', cell: `${T}!A2` }],
    });
  });

  it('Mixpanel raw export (JSON lines): $-prefixed and Mixpanel default properties and events are not reported', () => {
    const r = run('coverage', 'plan-track.csv', 'mixpanel.jsonl');
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('read as Mixpanel event export (JSON lines): 3 records.');
    expect(places(r.stdout)).toEqual([
      `${T}!C6 property-missing`,
      `${T}!D8 property-type-mismatch`,
      'mixpanel.jsonl: event-near-miss',
      `${T}!A10 event-not-seen`,
    ]);
    expect(r.stdout).toContain('"Signed up" was sent 1 time, last seen 2024-05-01T11:00:00.000Z; the plan calls it "Signed Up".');
    expect(r.stdout).toContain('"product_id" was sent as a whole number ("42")');
    expect(r.stdout).not.toMatch(/\$|mp_|distinct_id|time"/);
  });

  it("Amplitude export (JSON lines): a one-letter misspelling is a near miss; [Amplitude] and $ events are the tool's own", () => {
    const r = run('coverage', 'plan-track.csv', 'amplitude.jsonl');
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('read as Amplitude event export (JSON lines): 2 records.');
    expect(places(r.stdout)).toEqual(['amplitude.jsonl: event-near-miss', `${T}!A9 event-not-seen`, `${T}!A10 event-not-seen`]);
    expect(r.stdout).toContain('"Product Viewd" was sent 1 time, last seen 2024-05-01T11:00:00.000Z; the plan calls it "Product Viewed".');
  });

  it('GA4 events report: comment lines skipped, automatic events not reported, snake_case a near miss, counts with thousands separators', () => {
    const r = run('coverage', 'plan-track.csv', 'ga4.csv', '--format', 'json');
    expect(r.code).toBe(1);
    const out = JSON.parse(r.stdout);
    expect(out.format).toBe('ga4-csv');
    expect(out.events.map((e: { name: string; planned: boolean; seen: boolean; count: number }) => `${e.name}|${e.planned}|${e.seen}|${e.count}`)).toEqual([
      'Order Completed|true|false|0',
      'order_completed|false|true|37',
      'Product Viewed|true|true|88',
      'Signed Up|true|false|0',
      'Order Refunded|true|false|0',
      'purchase|false|true|12',
    ]);
    const rules = out.findings.map((f: { rule: string }) => f.rule);
    expect(rules.slice(0, 4)).toEqual(['event-near-miss', 'event-not-seen', 'event-not-seen', 'event-not-planned']);
    // The sent name breaks the conventions as a planned one would: the same rules fire.
    expect(rules).toContain('event-casing');
    expect(out.summary.errors).toBe(rules.filter((_: string, i: number) => out.findings[i].severity === 'error').length);
  });

  it('Segment Source Schema CSV: Total is the count, Last Seen the time', () => {
    const r = run('coverage', 'plan-track.csv', 'segment-schema.csv', '--format', 'json');
    expect(r.code).toBe(1);
    const out = JSON.parse(r.stdout);
    expect(out.format).toBe('segment-schema-csv');
    const byName = Object.fromEntries(out.events.map((e: { name: string }) => [e.name, e]));
    expect(byName['Order Completed']).toMatchObject({ count: 120, lastSeen: '2024-05-03T08:00:00.000Z', findings: [] });
    expect(byName['Order Completd']).toMatchObject({ planned: false, seen: true, count: 3, findings: [{ rule: 'event-near-miss', severity: 'error' }] });
    expect(out.findings.find((f: { rule: string }) => f.rule === 'event-near-miss')).toMatchObject({
      event: 'Order Completd',
      file: 'segment-schema.csv',
      suggestion: 'Order Completed',
    });
    expect(byName['Checkout Started']).toMatchObject({ planned: false, count: 42, findings: [{ rule: 'event-not-planned', severity: 'error' }] });
    expect(byName['Order Refunded']).toMatchObject({
      planned: true,
      seen: false,
      findings: [{ rule: 'event-not-seen', severity: 'warning', cell: `${T}!A10` }],
    });
  });

  it('Mixpanel CSV: cells read as the values they were (a number, text where a number goes)', () => {
    const r = run('coverage', 'plan-track.csv', 'mixpanel.csv');
    expect(r.stderr).toContain('read as Mixpanel events (CSV): 2 records.');
    expect(r.stdout).toContain(`${T}!D4 property-type-mismatch "total" was sent as text ("oops") in 1 of 2 "Order Completed" events that have it`);
    expect(r.stdout).toContain(
      `${T}!F5 property-value-not-allowed "currency" was sent with values outside its Allowed Values in 1 "Order Completed" event: "GBP" (1).`,
    );
    expect(r.stdout).not.toContain('$os');
  });

  it('several files merge, counts added; only warnings exit 0 and --max-warnings fails them', () => {
    writeFileSync(join(dir, 'planned-only.csv'), 'Event Name,Count\nOrder Completed,5\nProduct Viewed,7\nSigned Up,1\n');
    const r = run('coverage', 'plan-track.csv', 'planned-only.csv', 'planned-only.csv', '--format', 'json');
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.events.map((e: { name: string; count: number }) => `${e.name}:${e.count}`)).toEqual([
      'Order Completed:10',
      'Product Viewed:14',
      'Signed Up:2',
      'Order Refunded:0',
    ]);
    expect(out.summary).toEqual({ errors: 0, warnings: 1, infos: 0 });
    expect(run('coverage', 'plan-track.csv', 'planned-only.csv', '--max-warnings', '0').code).toBe(1);
  });

  it('--disable switches a coverage rule off like a convention rule', () => {
    const r = run('coverage', 'plan-track.csv', 'names.csv', '--disable', 'event-not-planned', '--disable', 'event-not-seen');
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('2 of 4 planned events seen, 2 not seen, 1 not planned.\nNo problems found.\n');
  });

  it('unreadable input exits 2 with a clear message, never a stack trace', () => {
    writeFileSync(join(dir, 'broken.json'), '{"type":"track","event":"Order Completed","properties":{');
    writeFileSync(join(dir, 'table.csv'), 'a,b\n1,2\n');
    writeFileSync(join(dir, 'other.json'), '{"hello":"world"}\n');
    for (const [file, message] of [
      ['missing.jsonl', 'No such file: missing.jsonl'],
      ['broken.json', 'broken.json ends in the middle of a JSON record'],
      ['table.csv', 'table.csv: no header row with an event name column'],
      ['other.json', 'other.json: the first record is JSON but not an event of a known export'],
    ]) {
      const r = run('coverage', 'plan-track.csv', file);
      expect([file, r.code]).toEqual([file, 2]);
      expect(r.stderr).toContain(message);
      expect(r.stderr).not.toMatch(/\n\s+at /);
    }
    expect(run('coverage', 'plan-track.csv').code).toBe(2);
  });
});
