// `npm run test:mutation`: Stryker changes the rules that matter most, one small change (a
// mutant) at a time, and runs the unit tests that cover each; a mutant no test notices is a gap
// in the tests. Not part of `npm test`: it runs the tests thousands of times (README, "Tests").
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  vitest: { configFile: 'vitest.mutation.config.mts' },
  mutate: [
    'src/snippets/escaping.ts',
    'src/snippets/unseen.ts',
    'src/requests/check.ts',
    'sandbox/core/contacts.ts',
    'sandbox/core/messages.ts',
    'sandbox/core/body.ts',
    'sandbox/core/auth.ts',
  ],
  coverageAnalysis: 'perTest',
  // Stryker marks source files `// @ts-nocheck`; only TypeScript ones, so the samples kept in
  // src/snippets/expected/ stay byte for byte what the tests compare with.
  disableTypeChecks: '{src,sandbox}/**/*.{ts,tsx}',
  concurrency: 2,
  reporters: ['clear-text', 'progress', 'html'],
  htmlReporter: { fileName: 'reports/mutation/index.html' },
  thresholds: { high: 90, low: 85, break: 85 },
  tempDirName: '.stryker-tmp',
};
