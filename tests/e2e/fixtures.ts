/** Shared browser-test helpers: console errors fail a test, and samples are read off the page. */
import { readFileSync } from 'node:fs';
import { test as base, expect, type Page, type Locator, type Response } from '@playwright/test';

/** Chromium logs every HTTP error status of a fetch as a console error; those are answers, not bugs. */
const httpStatusLog = /^Failed to load resource: the server responded with a status of \d+/;

/**
 * Makes `goto` and `reload` resolve once the page is live, not at its load event. The site runs
 * its scripts after the browser's first paint (src/paint-first-template.ts), so the load event
 * can come before React has hydrated the page: a click then would hit a button with no handler
 * yet. Docusaurus marks `<html data-has-hydrated="true">` once it has.
 */
export function navigateToLivePages(page: Page): void {
  const live = async (response: Response | null) => {
    if (response?.headers()['content-type']?.startsWith('text/html')) await page.locator('html[data-has-hydrated="true"]').waitFor({ state: 'attached' });
    return response;
  };
  const [goto, reload] = [page.goto.bind(page), page.reload.bind(page)];
  page.goto = async (...args) => live(await goto(...args));
  page.reload = async (...args) => live(await reload(...args));
}

export const test = base.extend<{ consoleErrors: string[]; expectedConsoleErrors: RegExp | undefined }>({
  context: async ({ context, javaScriptEnabled }, use) => {
    if (javaScriptEnabled !== false) context.on('page', navigateToLivePages);
    await use(context);
  },
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

/**
 * Resolves when the page has stopped changing: every CSS transition and animation started by
 * the last interaction has finished. A transition starts on the frame after the style change
 * that causes it, so two frames pass before looking.
 */
export async function settled(page: Page): Promise<void> {
  await page.evaluate(async () => {
    const frame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));
    const running = () => document.getAnimations().filter((a) => a.playState === 'running' && a.effect?.getTiming().iterations !== Infinity);
    await frame();
    await frame();
    for (let now = running(); now.length > 0; now = running()) {
      await Promise.all(now.map((animation) => animation.finished.catch(() => undefined)));
      await frame();
    }
  });
}

const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

/**
 * Axe violations of `element` (all rules, or only `rules`), once the page has settled, as
 * readable lines. Runs axe-core in the page directly, injected once per page, and asks for
 * violations only: @axe-core/playwright's AxeBuilder re-injects axe on every call and reports
 * every passing node too, which made a check take twice as long.
 */
async function violationsIn(element: Locator, rules?: string[]): Promise<string[]> {
  const page = element.page();
  await settled(page);
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ content: axeSource });
  return element.evaluate(async (node, runOnly) => {
    const { axe } = window as unknown as { axe: typeof import('axe-core') };
    const { violations } = await axe.run(node, { resultTypes: ['violations'], ...(runOnly ? { runOnly } : {}) });
    return violations.flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')} ${n.failureSummary?.split('\n')[1]?.trim() ?? ''}`));
  }, rules);
}

/** Axe violations of the whole page (or of the part `include` selects). */
export function axeViolations(page: Page, include = 'html'): Promise<string[]> {
  return violationsIn(page.locator(include));
}

/** Colour-contrast violations of one element (or those of other `rules`): a test checking each control in each state makes a hundred calls. */
export function contrastViolations(element: Locator, rules: string[] = ['color-contrast']): Promise<string[]> {
  return violationsIn(element, rules);
}

/**
 * Holds back every script of the site holding `marker` (code loaded on demand) until the
 * returned function is called: the test sees the page as a reader on a slow network would.
 */
export async function holdScriptsHolding(page: Page, marker: string): Promise<() => void> {
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/assets/js/*.js', async (route) => {
    const response = await route.fetch();
    const body = await response.text();
    if (body.includes(marker)) await held;
    await route.fulfill({ response, body });
  });
  return release;
}
