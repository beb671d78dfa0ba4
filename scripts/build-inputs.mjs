#!/usr/bin/env node
/**
 * What the build reads (src/, templates/, scripts/build*, appsscript.json,
 * package.json) as one digest. scripts/build.mjs records it in
 * dist/.build-inputs after a successful build; the tests' ensureBuilt
 * rebuilds whenever the digest differs, so a test never runs an old bundle.
 * Run alone, it prints the digest.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
export const STAMP = join(root, 'dist', '.build-inputs');

function files(dir) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((entry) => (entry.isDirectory() ? files(join(dir, entry.name)) : [join(dir, entry.name)]))
    .sort();
}

export function buildInputs() {
  const scripts = readdirSync(join(root, 'scripts'))
    .filter((f) => f.startsWith('build'))
    .map((f) => join(root, 'scripts', f));
  return [...files(join(root, 'src')), ...files(join(root, 'templates')), ...scripts.sort(), join(root, 'appsscript.json'), join(root, 'package.json')].filter(
    (f) => existsSync(f),
  );
}

export function inputsDigest() {
  const hash = createHash('sha256');
  for (const file of buildInputs()) hash.update(relative(root, file)).update('\0').update(readFileSync(file)).update('\0');
  return hash.digest('hex');
}

if (import.meta.url === `file://${process.argv[1]}`) console.log(inputsDigest());
