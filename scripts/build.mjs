#!/usr/bin/env node
/**
 * Builds the Apps Script project into dist/: Code.js, appsscript.json and
 * Sidebar.html.
 *
 * Apps Script finds menu handlers, triggers and google.script.run targets
 * only as top-level function declarations, and it has no module system. So
 * the bundle is an IIFE assigned to one private global (`AddOn_`, private
 * because of the trailing underscore), followed by one real `function` per
 * export of src/index.ts that forwards to it. The output is unminified
 * ES2019 so the Apps Script editor and the Executions log show real names.
 */
import * as esbuild from 'esbuild';
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(root, 'dist');
const GLOBAL = 'AddOn_';

/**
 * JSON data (the spec catalogs) as one JSON.parse of a compact string: esbuild
 * would otherwise inline it as an indented object literal, nearly twice the
 * size, and the bundle is loaded on every click.
 */
const compactJson = {
  name: 'compact-json',
  setup(build) {
    build.onLoad({ filter: /\.json$/ }, (args) => {
      const text = JSON.stringify(JSON.parse(readFileSync(args.path, 'utf8')));
      return { contents: `export default JSON.parse(${JSON.stringify(text)});`, loader: 'js' };
    });
  },
};

/** The names src/index.ts exports, read from esbuild's metafile. */
async function exportedNames(entry) {
  const result = await esbuild.build({
    entryPoints: [entry],
    bundle: true,
    format: 'esm',
    write: false,
    metafile: true,
    outdir: '/tmp/tp-exports',
    logLevel: 'silent',
  });
  const output = Object.values(result.metafile.outputs).find((o) => o.entryPoint);
  return output.exports;
}

export async function buildBundle() {
  mkdirSync(dist, { recursive: true });
  const entry = join(root, 'src', 'index.ts');
  const names = await exportedNames(entry);
  const result = await esbuild.build({
    entryPoints: [entry],
    bundle: true,
    format: 'iife',
    globalName: GLOBAL,
    target: 'es2019',
    platform: 'neutral',
    mainFields: ['module', 'main'],
    charset: 'utf8',
    minify: false,
    write: false,
    legalComments: 'none',
    logLevel: 'warning',
    plugins: [compactJson],
  });
  const stubs = names.map((name) => `function ${name}() {\n  return ${GLOBAL}.${name}.apply(this, arguments);\n}`).join('\n\n');
  const banner = '// Tracking Plan for Google Sheets. Built from src/ by scripts/build.mjs; do not edit.\n';
  const code = `${banner}${result.outputFiles[0].text.replace(/^var /, 'var ')}\n// Entry points Apps Script can call: menu items, triggers and google.script.run targets.\n${stubs}\n`;
  // Apps Script has no module system: an import/export statement or a require() call would fail at load.
  if (/^\s*(import|export)\s/m.test(code) || /\brequire\(/.test(code)) {
    throw new Error('dist/Code.js must not contain import, export or require');
  }
  writeFileSync(join(dist, 'Code.js'), code);
  copyFileSync(join(root, 'appsscript.json'), join(dist, 'appsscript.json'));
  return { names, bytes: Buffer.byteLength(code) };
}

/**
 * templates/sidebar.html with the CSS and the bundled client script inlined,
 * because HtmlService serves one file and the sidebar must work with no
 * network (no external scripts, fonts or CSS).
 */
export async function buildSidebar() {
  const htmlPath = join(root, 'templates', 'sidebar.html');
  if (!existsSync(htmlPath)) return undefined;
  let html = readFileSync(htmlPath, 'utf8');
  const cssPath = join(root, 'templates', 'sidebar.css');
  const css = existsSync(cssPath) ? readFileSync(cssPath, 'utf8') : '';
  const clientEntry = join(root, 'templates', 'sidebar', 'main.ts');
  let js = '';
  if (existsSync(clientEntry)) {
    const client = await esbuild.build({
      entryPoints: [clientEntry],
      bundle: true,
      format: 'iife',
      target: 'es2019',
      platform: 'browser',
      write: false,
      charset: 'utf8',
      logLevel: 'warning',
    });
    js = client.outputFiles[0].text.replace(/<\/script/gi, '<\\/script');
  }
  html = html.replace('/*__SIDEBAR_CSS__*/', () => css).replace('/*__SIDEBAR_JS__*/', () => js);
  writeFileSync(join(dist, 'Sidebar.html'), html);
  return { bytes: Buffer.byteLength(html) };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  // What this build is made from (read before building, so an edit during the build makes it stale),
  // recorded once it succeeds so the tests know whether dist/ is current (test/ensure-built.ts).
  const inputs = await import('./build-inputs.mjs');
  const digest = inputs.inputsDigest();
  const bundle = await buildBundle();
  const sidebar = await buildSidebar();
  await import('./build-cli.mjs').then((cli) => cli.buildCli()); // dist/cli.js, the `tracking-plan` command line
  writeFileSync(inputs.STAMP, digest);
  console.log(
    `dist/Code.js: ${(bundle.bytes / 1024).toFixed(1)} KiB, ${bundle.names.length} entry points` +
      (sidebar ? `; dist/Sidebar.html: ${(sidebar.bytes / 1024).toFixed(1)} KiB` : ''),
  );
}
