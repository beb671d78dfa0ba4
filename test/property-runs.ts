/**
 * Every fast-check property in the suite runs through here, so the suite is
 * deterministic: a fixed seed and each test's own number of runs by default.
 *
 *   FC_RANDOM=1   a random seed (printed on failure, with the path to replay it)
 *                 and ten times the runs, to hunt for new counterexamples;
 *   FC_RUNS=N     exactly N runs per property (with or without FC_RANDOM);
 *   FC_SEED=N     replay a seed a failure printed.
 *
 * A counterexample found this way becomes a plain regression test beside the
 * property, so the default run keeps catching it.
 */
import fc from 'fast-check';

/** The default seed: any fixed number; changing it is a deliberate act. */
export const DEFAULT_SEED = 20261130;

const random = process.env.FC_RANDOM === '1' || process.env.FC_RANDOM === 'true';
const runsOverride = /^\d+$/.test(process.env.FC_RUNS ?? '') ? Number(process.env.FC_RUNS) : undefined;
const seedOverride = /^-?\d+$/.test(process.env.FC_SEED ?? '') ? Number(process.env.FC_SEED) : undefined;

/** The seed this run uses. */
export const seed: number = seedOverride ?? (random ? (Math.random() * 0x7fffffff) | 0 : DEFAULT_SEED);

/** fast-check parameters for a property that runs `numRuns` times by default. */
export function propertyRuns<T = unknown>(numRuns: number): fc.Parameters<T> {
  return { seed, numRuns: runsOverride ?? (random ? numRuns * 10 : numRuns) };
}

// Properties that pass no parameters get the same seed.
fc.configureGlobal({ ...fc.readConfigureGlobal(), seed });
