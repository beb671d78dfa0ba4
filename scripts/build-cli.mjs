#!/usr/bin/env node
/**
 * Bundles the command line (src/cli) into dist/cli.js for Node. exceljs stays
 * an external runtime dependency; the core is bundled in, as in the add-on.
 */
import * as esbuild from 'esbuild';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

export async function buildCli() {
  const outfile = join(root, 'dist', 'cli.js');
  const result = await esbuild.build({
    entryPoints: [join(root, 'src', 'cli', 'index.ts')],
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    outfile,
    external: ['exceljs'],
    charset: 'utf8',
    logLevel: 'warning',
    metafile: true,
  });
  return { outfile, bytes: Object.values(result.metafile.outputs)[0].bytes };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { bytes } = await buildCli();
  console.log(`dist/cli.js: ${(bytes / 1024).toFixed(1)} KiB`);
}
