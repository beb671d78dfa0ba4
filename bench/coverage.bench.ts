/**
 * Coverage at scale (issue 13): `tracking-plan coverage` on 1,000,000 raw
 * Segment events (about 300 MB of JSON lines), generated into a temporary
 * folder and deleted afterwards. Target: under 60 s and 300 MB of memory on
 * 2 cores. The CLI runs in a child process as CI runs it; its peak resident
 * memory (maxRSS) is reported from inside the process at exit.
 */
import { spawnSync } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, rmSync, statSync, writeFileSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

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

export async function run(report: (line: string) => void): Promise<void> {
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
    report(`| tracking-plan coverage, ${n.toLocaleString('en-US')} raw events (${mb.toFixed(0)} MB JSON lines) | ${seconds.toFixed(1)} s | ${rssMb.toFixed(0)} MB peak RSS | ${summary} |`);
    report(`target: < 60 s and < 300 MB: ${seconds < 60 && rssMb < 300 ? 'met' : 'NOT met'}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
