import { defineConfig } from 'vitest/config';
import { fileURLToPath } from 'node:url';

export default defineConfig({
  resolve: { alias: { '@site': fileURLToPath(new URL('.', import.meta.url)) } },
  test: {
    include: ['src/**/*.test.ts', 'sandbox/**/*.test.ts', 'tests/unit/**/*.test.ts', 'tests/exec/**/*.test.ts', 'plugins/**/*.test.ts', 'tests/build/**/*.test.ts', 'proxy/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
