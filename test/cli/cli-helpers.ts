/**
 * The command line as a CI pipeline runs it: `node bin/tracking-plan.js` in
 * a child process, built once from the current sources by each test file.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { join } from 'node:path';

export const root = join(__dirname, '..', '..');
export const bin = join(root, 'bin', 'tracking-plan.js');

/** Rebuilds what bin/tracking-plan.js loads, so the child process runs the sources under test. */
export function buildCli(): void {
  execFileSync(process.execPath, [join(root, 'scripts', 'build-cli.mjs')], { cwd: root, stdio: 'pipe' });
}

/** Runs `tracking-plan ...args` in `cwd`: its exit code (-1 when it was killed or timed out) and its output. */
export function runCli(cwd: string, args: string[]): { code: number; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [bin, ...args], { cwd, encoding: 'utf8', timeout: 60000 });
  return { code: result.status ?? -1, stdout: result.stdout, stderr: result.stderr };
}
