#!/usr/bin/env node
/**
 * Runs every bench/*.bench.ts: each exports `run(report)` and reports
 * service calls per operation and CPU time for plans of several sizes.
 * Benchmarks are separate from tests on purpose: timings vary by machine,
 * so they are reported, not asserted.
 */
import * as esbuild from 'esbuild';
import { mkdtempSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const only = process.argv.slice(2);
const files = readdirSync(join(root, 'bench'))
  .filter((f) => f.endsWith('.bench.ts'))
  .filter((f) => only.length === 0 || only.some((o) => f.includes(o)))
  .sort();
const out = mkdtempSync(join(tmpdir(), 'tp-bench-'));
const require = createRequire(import.meta.url);

for (const file of files) {
  const outfile = join(out, file.replace(/\.ts$/, '.cjs'));
  await esbuild.build({
    entryPoints: [join(root, 'bench', file)],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    outfile,
    logLevel: 'warning',
  });
  console.log(`\n## ${file}`);
  await require(outfile).run((line) => console.log(line));
}
