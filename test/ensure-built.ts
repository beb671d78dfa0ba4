/**
 * Makes sure dist/ was built from the sources as they are now, before a test
 * loads it. scripts/build.mjs records a digest of everything the build reads
 * (scripts/build-inputs.mjs: src/, templates/, scripts/build*, ...); when it
 * differs, this rebuilds, and a failed build fails the test with the build's
 * own message: testing an old bundle would pass or fail for the wrong reason.
 * Jest workers share one build under a lock folder that names its owner's
 * process, so a lock left by a killed run is known by its owner being gone,
 * not by its age (a build on a busy machine may take any time).
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';

const REPO = path.join(__dirname, '..');

function node(root: string, args: string[]): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, args, { cwd: root, encoding: 'utf8', maxBuffer: 1 << 24 });
  return { status: result.status, stdout: result.stdout ?? '', stderr: (result.stderr ?? '') + (result.error ? String(result.error) : '') };
}

/** The digest of the build's inputs now. */
export function currentInputs(root: string = REPO): string {
  const result = node(root, [path.join('scripts', 'build-inputs.mjs')]);
  if (result.status !== 0) throw new Error(`scripts/build-inputs.mjs failed:\n${result.stderr}`);
  return result.stdout.trim();
}

function isCurrent(root: string, digest: string): boolean {
  const stamp = path.join(root, 'dist', '.build-inputs');
  return fs.existsSync(stamp) && fs.readFileSync(stamp, 'utf8').trim() === digest;
}

function sleep(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

/** Whether the process that wrote the lock is gone (EPERM means it runs under another user); false when the lock went meanwhile. */
function ownerGone(lock: string): boolean {
  if (!fs.existsSync(lock)) return false;
  const pid = Number(fs.readFileSync(path.join(lock, 'pid'), { encoding: 'utf8', flag: 'a+' }).trim());
  // Every lock is written with its owner; one without is not a build in progress.
  if (!Number.isInteger(pid) || pid <= 0) return true;
  try {
    process.kill(pid, 0);
    return false;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ESRCH';
  }
}

function withLock(lock: string, fn: () => void): void {
  fs.mkdirSync(path.dirname(lock), { recursive: true });
  for (;;) {
    // The lock appears with its owner already written in it: a folder made aside, then renamed into place.
    const claim = fs.mkdtempSync(`${lock}-claim-`);
    fs.writeFileSync(path.join(claim, 'pid'), String(process.pid));
    try {
      fs.renameSync(claim, lock);
      break;
    } catch {
      fs.rmSync(claim, { recursive: true, force: true });
      // Another worker is building; a lock whose owner was killed is taken over.
      if (ownerGone(lock)) fs.rmSync(lock, { recursive: true, force: true });
      else sleep(200);
    }
  }
  try {
    fn();
  } finally {
    fs.rmSync(lock, { recursive: true, force: true });
  }
}

/** Builds dist/ unless it was built from exactly the current inputs; throws when the build fails. */
export function ensureBuilt(root: string = REPO): void {
  if (isCurrent(root, currentInputs(root))) return;
  withLock(path.join(root, 'dist', '.build-lock'), () => {
    if (isCurrent(root, currentInputs(root))) return; // built by another worker meanwhile
    const result = node(root, [path.join('scripts', 'build.mjs')]);
    if (result.status !== 0) {
      throw new Error(
        `The build failed, so there is no current dist/ to test (fix the build, or run \`npm run build\` to see it):\n${result.stderr.trim() || result.stdout.trim()}`,
      );
    }
    if (!isCurrent(root, currentInputs(root))) throw new Error('The sources changed while dist/ was being built; run the tests again.');
  });
}
