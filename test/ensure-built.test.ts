/**
 * ensureBuilt on a copy of the repository: it rebuilds when any input of the
 * build changes (src/, templates/, scripts/build*), not only src/, and a
 * failed build fails the test instead of leaving an old bundle to be tested.
 */
import { spawnSync } from 'child_process';
import { appendFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { currentInputs, ensureBuilt } from './ensure-built';

const repo = join(__dirname, '..');
let copy: string;

beforeAll(() => {
  copy = mkdtempSync(join(tmpdir(), 'tp-ensure-built-'));
  for (const part of ['src', 'templates', 'scripts', 'appsscript.json', 'package.json']) cpSync(join(repo, part), join(copy, part), { recursive: true });
  symlinkSync(join(repo, 'node_modules'), join(copy, 'node_modules'));
});
afterAll(() => rmSync(copy, { recursive: true, force: true }));

const bundle = () => readFileSync(join(copy, 'dist', 'Code.js'), 'utf8');
const sidebar = () => readFileSync(join(copy, 'dist', 'Sidebar.html'), 'utf8');

it('builds a missing dist/, then leaves a current one alone', () => {
  ensureBuilt(copy);
  const first = readFileSync(join(copy, 'dist', '.build-inputs'), 'utf8');
  expect(first).toBe(currentInputs(copy));
  writeFileSync(join(copy, 'dist', 'Code.js'), bundle() + '\n// untouched marker\n');
  ensureBuilt(copy);
  expect(bundle()).toContain('// untouched marker');
}, 120_000);

it.each([
  ['src/', join('src', 'core', 'template.ts'), '\n// edited\n'],
  ['templates/', join('templates', 'sidebar.html'), '\n<!-- edited -->\n'],
  ['scripts/build*', join('scripts', 'build-cli.mjs'), '\n// edited\n'],
])(
  'rebuilds when %s changes',
  (_label, file, edit) => {
    ensureBuilt(copy);
    writeFileSync(join(copy, 'dist', 'Code.js'), bundle() + '\n// stale marker\n');
    appendFileSync(join(copy, file), edit);
    ensureBuilt(copy);
    expect(bundle()).not.toContain('// stale marker');
    if (file.startsWith('templates')) expect(sidebar()).toContain('<!-- edited -->');
  },
  120_000,
);

it('takes over a lock left by a build that was killed, whatever its age', () => {
  ensureBuilt(copy);
  appendFileSync(join(copy, 'src', 'core', 'template.ts'), '\n// edited under a dead lock\n');
  writeFileSync(join(copy, 'dist', 'Code.js'), bundle() + '\n// stale marker\n');
  // A lock written a moment ago by a process that has since exited.
  const dead = spawnSync(process.execPath, ['-e', '']).pid;
  mkdirSync(join(copy, 'dist', '.build-lock'));
  writeFileSync(join(copy, 'dist', '.build-lock', 'pid'), String(dead));
  ensureBuilt(copy);
  expect(bundle()).not.toContain('// stale marker');
  expect(existsSync(join(copy, 'dist', '.build-lock'))).toBe(false);
}, 120_000);

it('fails with the build’s message when the build fails', () => {
  ensureBuilt(copy);
  writeFileSync(join(copy, 'src', 'core', 'broken.ts'), 'export const x = ;\n');
  appendFileSync(join(copy, 'src', 'index.ts'), "\nimport './core/broken';\n");
  expect(() => ensureBuilt(copy)).toThrow(/The build failed[\s\S]*broken\.ts/);
}, 120_000);
