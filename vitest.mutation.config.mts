// The unit tests Stryker runs against each mutant (stryker.config.mjs): those of the samples, the
// registry, the try-it form's values (which check.ts serves), the sandbox core, and the API's
// behaviour over both stores (sandbox/*.test.ts, in-process). No browser, toolchain, child process
// or build test, and not the fuzz test, whose random seed would make a mutant's fate change from
// run to run.
import { configDefaults, defineConfig } from 'vitest/config';
import base from './vitest.config.mts';

export default defineConfig({
  ...base,
  test: {
    ...base.test,
    include: [
      'src/snippets/**/*.test.ts',
      'src/requests/**/*.test.ts',
      'src/components/Requests/TryIt/**/*.test.ts',
      'sandbox/core/**/*.test.ts',
      'sandbox/*.test.ts',
    ],
    exclude: [...configDefaults.exclude, 'sandbox/core/fuzz.test.ts'],
  },
});
