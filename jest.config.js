/** Unit, bundle and browser tests all run under one `npx jest`. */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  transform: {
    // Type errors are caught by `npm run typecheck`; isolated transpiling keeps jest fast.
    '^.+\\.(ts|js|mjs)$': ['ts-jest', { tsconfig: { isolatedModules: true, allowJs: true, module: 'commonjs', target: 'ES2019', esModuleInterop: true, resolveJsonModule: true } }],
  },
  // change-case ships ESM only; let ts-jest transpile it to CommonJS.
  transformIgnorePatterns: ['/node_modules/(?!change-case/)'],
  moduleFileExtensions: ['ts', 'js', 'mjs', 'json'],
  testTimeout: 30000,
};
