/** Shared browser-test helpers: console errors fail a test, and samples are read off the page. */
import { test as base, expect, type Page, type Locator } from '@playwright/test';

export const test = base.extend<{ consoleErrors: string[] }>({
  consoleErrors: [
    async ({ page }, use) => {
      const errors: string[] = [];
      page.on('console', (message) => {
        if (message.type() === 'error') errors.push(message.text());
      });
      page.on('pageerror', (error) => errors.push(error.message));
      await use(errors);
      expect(errors, 'console errors on the page').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

export const patchPage = '/api_reference/contacts_api/patch_contacts';

/** The code of the visible sample in the first request block of the page. */
export function visibleSample(page: Page): Locator {
  return page.locator('[role="tabpanel"]:not([hidden]) pre code').first();
}

/** Code text as the reader sees it, one line per line. */
export async function codeText(code: Locator): Promise<string> {
  const lines = await code.locator('.token-line').allTextContents();
  return lines.join('\n').replace(/\n+$/, '');
}
