/** Shared browser-test helpers: console errors fail a test, and samples are read off the page. */
import { test as base, expect, type Page, type Locator } from '@playwright/test';

/** Chromium logs every HTTP error status of a fetch as a console error; those are answers, not bugs. */
const httpStatusLog = /^Failed to load resource: the server responded with a status of \d+/;

export const test = base.extend<{ consoleErrors: string[]; expectedConsoleErrors: RegExp | undefined }>({
  /** Console errors a test expects the browser itself to log. */
  expectedConsoleErrors: [undefined, { option: true }],
  consoleErrors: [
    async ({ page, expectedConsoleErrors }, use) => {
      const errors: string[] = [];
      page.on('console', (message) => {
        const text = message.text();
        const expected = httpStatusLog.test(text) || expectedConsoleErrors?.test(text) === true;
        if (message.type() === 'error' && !expected) errors.push(text);
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
