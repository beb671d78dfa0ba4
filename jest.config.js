/**
 * `npx jest` (and `npm test`) runs every project; while working, run the fast
 * ones alone: `npx jest --selectProjects unit`. Put test paths first
 * (`npx jest test/core/counts.test.ts --selectProjects unit`): the flag takes
 * a list, so a path after it is read as one more project name.
 *
 *   unit         pure core, fakes, gas helpers, sidebar view: no build, no child processes (seconds)
 *   bundle       the built dist/Code.js driven through the fakes (builds dist/ when stale)
 *   browser-cli  Chromium through the playground, the tracking-plan command line, real typewriter builds
 *
 * A new test file lands in `unit` unless its path matches another project.
 */
const base = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  transform: {
    // Type errors are caught by `npm run typecheck`; isolated transpiling keeps jest fast.
    '^.+\\.(ts|js|mjs)$': [
      'ts-jest',
      { tsconfig: { isolatedModules: true, allowJs: true, module: 'commonjs', target: 'ES2019', esModuleInterop: true, resolveJsonModule: true } },
    ],
  },
  // change-case ships ESM only; let ts-jest transpile it to CommonJS.
  transformIgnorePatterns: ['/node_modules/(?!change-case/)'],
  moduleFileExtensions: ['ts', 'js', 'mjs', 'json'],
};

// Folders (or files) of the slower projects, as testMatch globs; `unit` takes every other test.
const BUNDLE = ['test/bundle/**', 'test/robustness/**', 'test/security/**', 'test/ensure-built.test.ts'];
const BROWSER_CLI = ['test/e2e/**', 'test/cli/**', 'test/core/export/typewriter.test.ts'];
const globs = (paths) => paths.map((p) => `<rootDir>/${p.endsWith('**') ? `${p}/*.test.ts` : p}`);
const ignore = (paths) => paths.map((p) => `<rootDir>/${p.replace(/\*\*$/, '').replace(/\./g, '\\.')}`);

module.exports = {
  testTimeout: 30000,
  projects: [
    { ...base, displayName: 'unit', testMatch: ['**/*.test.ts'], testPathIgnorePatterns: ['/node_modules/', ...ignore([...BUNDLE, ...BROWSER_CLI])] },
    { ...base, displayName: 'bundle', testMatch: globs(BUNDLE) },
    { ...base, displayName: 'browser-cli', testMatch: globs(BROWSER_CLI) },
  ],
};
