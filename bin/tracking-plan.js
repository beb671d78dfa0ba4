#!/usr/bin/env node
/**
 * `npx tracking-plan`: runs dist/cli.js, building it first with esbuild when
 * it is missing (right after `npm ci`, before any `npm run build`).
 */
'use strict';
const { existsSync } = require('node:fs');
const { join } = require('node:path');
const { pathToFileURL } = require('node:url');

const cli = join(__dirname, '..', 'dist', 'cli.js');

if (existsSync(cli)) {
  require(cli);
} else {
  import(pathToFileURL(join(__dirname, '..', 'scripts', 'build-cli.mjs')).href)
    .then((build) => build.buildCli())
    .then(() => require(cli))
    .catch((error) => {
      process.stderr.write(`tracking-plan: could not build dist/cli.js: ${error && error.message ? error.message : error}\n`);
      process.exitCode = 2;
    });
}
