/**
 * Coverage at scale (issue 13): `tracking-plan coverage` on 1,000,000 raw
 * Segment events (about 300 MB of JSON lines), generated into a temporary
 * folder and deleted afterwards. Target: under 60 s and 300 MB of memory on
 * 2 cores. The CLI runs in a child process as CI runs it; its peak resident
 * memory (maxRSS) is reported from inside the process at exit.
 *
 * In the sheet (dist/Code.js on the fakes): a 50,000-row paste read with
 * coverageFromTab in one execution, and 50,000 raw events uploaded in 1 MB
 * chunks (one execution each, the state through JSON as google.script.run
 * carries it). Reported: service calls and CPU time per execution, to set
 * against Apps Script's 6-minute limit.
 */
import { spawnSync } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, rmSync, statSync, writeFileSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createFakeServices, loadBundle } from '../fakes';
import { headerCaptions, tabDef } from '../src/core/template';
import { cpuClock } from './timing';

const ROOT = process.cwd();
const EVENTS = ['Order Completed', 'Product Viewed', 'Product Added', 'Cart Viewed', 'Checkout Started', 'Signed Up', 'order completed', 'Coupon Applied'];
const CURRENCIES = ['USD', 'EUR', 'usd'];

function plan(dir: string): string {
  const rows = ['Event Name,Property Name,Type,Required,Allowed Values'];
  for (const name of EVENTS.slice(0, 6)) {
    rows.push(`${name},,,,`);
    rows.push(',order_id,String,TRUE,', ',total,Number,TRUE,', ',currency,String,FALSE,"USD, EUR"', ',product_id,String,FALSE,');
  }
  const path = join(dir, 'plan.csv');
  writeFileSync(path, rows.join('\n') + '\n');
  return path;
}

/** n Segment track messages, one per line, about 300 bytes each, with the drift a real source has. */
function events(dir: string, n: number): string {
  const path = join(dir, 'events.jsonl');
  const fd = openSync(path, 'w');
  let batch: string[] = [];
  const start = Date.UTC(2024, 4, 1);
  for (let i = 0; i < n; i++) {
    const properties: Record<string, unknown> = {
      order_id: `order-${i}`,
      total: i % 50 === 0 ? String((i % 1000) / 10) : (i % 1000) / 10,
      currency: CURRENCIES[i % 3],
      product_id: `sku-${i % 5000}`,
      ...(i % 7 === 0 ? { coupon: 'SPRING' } : {}),
    };
    if (i % 13 === 0) delete properties.order_id;
    const message = {
      type: 'track',
      event: EVENTS[i % EVENTS.length],
      userId: `user-${i % 100000}`,
      messageId: `msg-${i.toString(16).padStart(8, '0')}-0000-4000-8000-000000000000`,
      properties,
      context: { library: { name: 'analytics.js', version: '5.2.0' }, ip: '203.0.113.7' },
      timestamp: new Date(start + i * 1000).toISOString(),
    };
    batch.push(JSON.stringify(message));
    if (batch.length === 10000) {
      writeSync(fd, batch.join('\n') + '\n');
      batch = [];
    }
  }
  if (batch.length) writeSync(fd, batch.join('\n') + '\n');
  closeSync(fd);
  return path;
}

const BUNDLE = `${process.cwd()}/dist/Code.js`;

function cpuSeconds(work: () => void): number {
  const elapsed = cpuClock();
  work();
  return elapsed() / 1000;
}

function sheetBench(report: (line: string) => void): void {
  const n = 50_000;
  const header = headerCaptions(tabDef('track'));
  const trackRow = (cells: Record<string, unknown>) => header.map((caption) => (caption in cells ? cells[caption] : ''));
  const track: unknown[][] = [header];
  for (const name of EVENTS.slice(0, 6)) {
    track.push(trackRow({ 'Event Name': name }));
    track.push(
      trackRow({ 'Property Name': 'order_id', Type: 'String', Required: true }),
      trackRow({ 'Property Name': 'total', Type: 'Number', Required: true }),
      trackRow({ 'Property Name': 'currency', Type: 'String', 'Allowed Values': 'USD, EUR' }),
    );
  }
  const fresh = () => {
    const services = createFakeServices();
    const ctx = loadBundle(services, BUNDLE) as unknown as Record<string, (...args: unknown[]) => any>;
    services.spreadsheet.testAddSheet('Track (Custom)', track);
    return { services, ctx };
  };

  // A Mixpanel CSV pasted into a tab: event, time, and one column per property.
  {
    const { services, ctx } = fresh();
    const rows: unknown[][] = [['event', 'time', 'distinct_id', 'order_id', 'total', 'currency']];
    for (let i = 0; i < n; i++)
      rows.push([
        EVENTS[i % EVENTS.length],
        1714557600 + i,
        `user-${i % 1000}`,
        i % 13 ? `order-${i}` : '',
        i % 50 ? (i % 1000) / 10 : 'n/a',
        CURRENCIES[i % 3],
      ]);
    services.spreadsheet.testAddSheet('Pasted', rows);
    services.calls.reset();
    let result: any;
    const seconds = cpuSeconds(() => {
      result = ctx.coverageFromTab('Pasted');
    });
    report(
      `| Coverage from a pasted tab, ${n.toLocaleString('en-US')} rows (one execution) | ${services.calls.count()} calls | ${seconds.toFixed(2)} s CPU | ${result.events.length} events, ${result.errors} errors |`,
    );
  }

  // Raw Segment events uploaded in 1 MB chunks.
  {
    const { services, ctx } = fresh();
    const lines: string[] = [];
    for (let i = 0; i < n; i++) {
      lines.push(
        JSON.stringify({
          type: 'track',
          event: EVENTS[i % EVENTS.length],
          userId: `user-${i % 1000}`,
          properties: { order_id: `order-${i}`, total: (i % 1000) / 10, currency: CURRENCIES[i % 3], product_id: `sku-${i % 5000}` },
          context: { library: { name: 'analytics.js', version: '5.2.0' } },
          timestamp: new Date(Date.UTC(2024, 4, 1) + i * 1000).toISOString(),
        }),
      );
    }
    const text = lines.join('\n') + '\n';
    const CHUNK = 1 << 20;
    let state: unknown = null;
    let slowest = 0;
    let executions = 0;
    services.calls.reset();
    const total = cpuSeconds(() => {
      for (let at = 0; at < text.length; at += CHUNK) {
        const t = cpuSeconds(() => {
          state = JSON.parse(JSON.stringify(ctx.readObservedChunk(state, 'events.jsonl', text.slice(at, at + CHUNK), at + CHUNK >= text.length)));
        });
        slowest = Math.max(slowest, t);
        executions++;
      }
    });
    const readCalls = services.calls.count();
    services.calls.reset();
    let result: any;
    const finish = cpuSeconds(() => {
      result = ctx.finishCoverage(state);
    });
    report(
      `| Coverage upload, ${n.toLocaleString('en-US')} raw events (${(text.length / 1e6).toFixed(1)} MB) in ${executions} chunks of 1 MB | ${readCalls} calls reading, ${services.calls.count()} finishing | ${total.toFixed(2)} s CPU in all, slowest chunk ${slowest.toFixed(2)} s, finish ${finish.toFixed(2)} s | ${result.events.length} events |`,
    );
  }
}

export async function run(report: (line: string) => void): Promise<void> {
  sheetBench(report);
  const dir = mkdtempSync(join(tmpdir(), 'tp-coverage-bench-'));
  try {
    const n = 1_000_000;
    const planFile = plan(dir);
    const file = events(dir, n);
    const mb = statSync(file).size / 1e6;
    const preload = join(dir, 'max-rss.js');
    writeFileSync(preload, "process.on('exit', () => process.stderr.write('maxRSS ' + process.resourceUsage().maxRSS + '\\n'));\n");
    const started = process.hrtime.bigint();
    const result = spawnSync(process.execPath, ['--require', preload, join(ROOT, 'bin', 'tracking-plan.js'), 'coverage', planFile, file, '--format', 'json'], {
      cwd: dir,
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    });
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    const rss = /maxRSS (\d+)/.exec(result.stderr);
    const rssMb = rss ? Number(rss[1]) / 1024 : NaN;
    let summary = '';
    try {
      const out = JSON.parse(result.stdout);
      summary = `${out.findings.length} findings, ${out.events.length} events, exit ${result.status}`;
    } catch {
      summary = `no JSON (exit ${result.status}): ${result.stderr.slice(0, 300)}`;
    }
    report(
      `| tracking-plan coverage, ${n.toLocaleString('en-US')} raw events (${mb.toFixed(0)} MB JSON lines) | ${seconds.toFixed(1)} s | ${rssMb.toFixed(0)} MB peak RSS | ${summary} |`,
    );
    report(`target: < 60 s and < 300 MB: ${seconds < 60 && rssMb < 300 ? 'met' : 'NOT met'}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
