/**
 * Every page of the built site, as a reader first sees it, has no accessibility violations in
 * light and in dark mode. The pages are those of the build's sitemap, so a new page is checked
 * as soon as it exists; a request's page also shows its examples' cURL samples as generated. The
 * frame every page shares (navbar, sidebar, footer) is checked whole on
 * a few pages; each page's own content (its `main`) on every page. Dark mode is reached the way
 * a reader's system reaches it (the page follows the system's preference), and checked for what
 * a theme changes: the contrast of text, and of links against the text around them. On a phone's
 * width each page must fit the screen, and whatever scrolls in it must take keyboard focus.
 * (The try-it states are checked in try-it.spec.ts, the search box in take-away.spec.ts.)
 */
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { allRequests, apiBaseUrl, exampleValues } from '@site/src/requests';
import { generateSample } from '@site/src/snippets';
import { axeViolations, codeText, contrastViolations, expect, test } from './fixtures';

const sitemap = readFileSync('build/sitemap.xml', 'utf8');
const paths = [...sitemap.matchAll(/<loc>https?:\/\/[^/]+(\/[^<]*)<\/loc>/g)].map((match) => match[1]!);
const themeRules = ['color-contrast', 'link-in-text-block'];

async function openInLightMode(page: Page, path: string) {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto(path);
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
}

async function switchToDarkMode(page: Page) {
  await page.emulateMedia({ colorScheme: 'dark' });
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
}

test('the sitemap lists the pages', () => {
  expect(paths.length).toBeGreaterThan(10);
  expect(paths).toContain('/api_reference/contacts_api/patch_contacts');
});

for (const path of ['/', '/api_reference/contacts_api/patch_contacts', '/sandbox']) {
  test(`the whole of ${path}, frame included, has no axe violations in light or dark mode`, async ({ page }) => {
    await openInLightMode(page, path);
    expect(await axeViolations(page), 'light').toEqual([]);
    await switchToDarkMode(page);
    expect(await axeViolations(page), 'dark').toEqual([]);
  });
}

/** Each request's page, and the cURL samples of its documented examples. */
const requestPages = new Map(
  allRequests().map(({ endpoint, id, spec }) => [
    `/api_reference/${endpoint}/${id}`,
    Object.keys(spec.examples).map((name) => generateSample('curl', spec, exampleValues(spec, name), apiBaseUrl)),
  ]),
);

test('every request of the registry has its page', () => {
  for (const path of requestPages.keys()) expect(paths, path).toContain(path);
});

for (const path of paths) {
  test(`the content of ${path} has no axe violations in light mode, nor contrast failures in dark mode`, async ({ page }) => {
    await openInLightMode(page, path);
    const samples = requestPages.get(path);
    if (samples) {
      // A request's page shows the cURL sample of each of its documented examples, as generated.
      const shown = page.getByRole('region', { name: /^Example request/ }).locator('[role="tabpanel"] pre code');
      await expect(shown).toHaveCount(samples.length);
      expect((await Promise.all((await shown.all()).map(codeText))).sort()).toEqual([...samples].sort());
    }
    expect(await axeViolations(page, 'main'), 'light').toEqual([]);
    await switchToDarkMode(page);
    expect(await contrastViolations(page.locator('main'), themeRules), 'dark').toEqual([]);
  });
}

/** The rules whose outcome a narrow screen changes: the others are checked above, at 1280 px. */
const phoneRules = ['scrollable-region-focusable'];

test.describe('on a phone (390 px)', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  // In four runs of a quarter of the pages each, not a test per page: opening a browser context
  // for each page took longer than the check.
  const quarter = Math.ceil(paths.length / 4);
  for (let start = 0; start < paths.length; start += quarter) {
    const some = paths.slice(start, start + quarter);
    test(`pages ${start + 1} to ${start + some.length} of the sitemap are no wider than a phone, and what scrolls in them takes keyboard focus`, async ({ page }) => {
      test.setTimeout(some.length * 5_000);
      for (const path of some) {
        await page.goto(path);
        expect.soft(await page.evaluate(() => document.documentElement.scrollWidth), path).toBeLessThanOrEqual(390);
        expect.soft(await contrastViolations(page.locator('main'), phoneRules), path).toEqual([]);
      }
    });
  }
});

test.describe('on the narrowest phone (320 px)', () => {
  test.use({ viewport: { width: 320, height: 568 } });

  // In halves of the sitemap, one page reused, for the same reason as above.
  const half = Math.ceil(paths.length / 2);
  for (let start = 0; start < paths.length; start += half) {
    const some = paths.slice(start, start + half);
    test(`pages ${start + 1} to ${start + some.length} of the sitemap are no wider than the screen`, async ({ page }) => {
      test.setTimeout(some.length * 5_000);
      for (const path of some) {
        await page.goto(path);
        expect.soft(await page.evaluate(() => document.documentElement.scrollWidth), path).toBeLessThanOrEqual(320);
      }
    });
  }
});
