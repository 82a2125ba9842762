import { defineConfig } from '@playwright/test';

// E2E_SITE_PORT (and scripts/e2e-env.sh's ports) let two checkouts run their browser tests at once.
const sitePort = Number(process.env.E2E_SITE_PORT ?? 3310);
const isRoot = process.getuid?.() === 0;

export default defineConfig({
  testDir: 'tests/e2e',
  // Bounds that stop a hung test, not measures of speed: the heaviest test takes 12 s on a quiet
  // 2-core machine and several times that with other CPU-bound work beside the suite (with two
  // such jobs a whole-page axe check of the PATCH page took over 30 s, Playwright's default).
  timeout: 120_000,
  expect: { timeout: 20_000 },
  fullyParallel: true,
  workers: 2,
  forbidOnly: true,
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${sitePort}`,
    browserName: 'chromium',
    launchOptions: {
      // Debian's Chromium: Playwright cannot download its own browser on these machines.
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        ...(isRoot ? ['--no-sandbox'] : []),
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    },
  },
  webServer: [
    {
      command: `npx docusaurus serve --port ${sitePort} --host 127.0.0.1 --no-open`,
      url: `http://127.0.0.1:${sitePort}`,
      // Never a server left running from another checkout or an older build: the tests must
      // see the build just made, so a busy port fails the run instead.
      reuseExistingServer: false,
    },
  ],
});
