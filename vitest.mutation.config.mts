// The unit tests Stryker runs against each mutant (stryker.config.mjs): the registry's, the
// samples' and the sandbox core's, without the slow ones that run toolchains, servers or builds.
import { defineConfig } from 'vitest/config';
import base from './vitest.config.mts';

export default defineConfig({ ...base, test: { ...base.test, include: ['src/**/*.test.ts', 'sandbox/core/**/*.test.ts'] } });
