/**
 * How the benchmarks time their work. Each Apps Script execution starts on a
 * fresh heap, so each timed run starts from a collected one (npm run bench
 * passes --expose-gc) rather than paying for the garbage of the run before it.
 */
const collectGarbage = (globalThis as { gc?: () => void }).gc ?? (() => undefined);

/** Starts a measure; the function returned gives the milliseconds spent since. */
export type Clock = () => () => number;

/** Wall-clock time. */
export const wallClock: Clock = () => {
  const start = performance.now();
  return () => performance.now() - start;
};

/** CPU time of this process (user and system), which other jobs on the machine hardly change. */
export const cpuClock: Clock = () => {
  const start = process.cpuUsage();
  return () => {
    const used = process.cpuUsage(start);
    return (used.user + used.system) / 1000;
  };
};

/** The fastest of `runs` runs of `fn`, in milliseconds by `clock`, each from a collected heap. */
export function best(runs: number, fn: () => void, clock: Clock = wallClock): number {
  let fastest = Infinity;
  for (let r = 0; r < runs; r++) {
    collectGarbage();
    const elapsed = clock();
    fn();
    fastest = Math.min(fastest, elapsed());
  }
  return fastest;
}
