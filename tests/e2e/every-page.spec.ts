/**
 * Every page of the built site, as a reader first sees it, has no accessibility violations in
 * light and in dark mode. The pages are those of the build's sitemap (and a few in each other
 * language), so a new page is checked
 * as soon as it exists; a request's page also shows its examples' cURL samples as generated. The
 * frame every page shares (navbar, sidebar, footer) is checked whole on
 * a few pages; each page's own content (its `main`) on every page. Dark mode is reached the way
 * a reader's system reaches it (the page follows the system's preference), and checked for what
 * a theme changes: the contrast of text, and of links against the text around them. On a phone's
 * width (320 px, the narrowest) each page must fit the screen, and whatever scrolls in it must take
 * keyboard focus.
 * (The try-it states are checked in try-it.spec.ts, the search box in take-away.spec.ts.)
 */
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { allRequests, apiBaseUrl, exampleValues } from '@site/src/requests';
import { translatedLocales } from '@site/src/locales';
import { generateSample } from '@site/src/snippets';
import { axeViolations, codeText, contrastViolations, expect, settled, test } from './fixtures';

const sitemap = readFileSync('build/sitemap.xml', 'utf8');
const englishPaths = [...sitemap.matchAll(/<loc>https?:\/\/[^/]+(\/[^<]*)<\/loc>/g)].map((match) => match[1]!);
/**
 * In each other language, a guide and an object type's page: translated pages keep their English
 * page's markup (tests/unit/translated-pages.test.ts), so what a language changes is its words'
 * length and the lang it declares. A request page (PATCH) and an untranslated page, whose content
 * is marked English, are checked in locales.spec.ts.
 */
const pagesOfEachKind = ['/api_reference/getting_started', '/api_reference/object_types/contact'];
const paths = [...englishPaths, ...translatedLocales.flatMap((locale) => pagesOfEachKind.map((path) => `/${locale}${path}`))];
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

/**
 * Where the page's title breaks inside a word: the text around each line break that is not at
 * a space, beside a slash or between the words of a name (a request's title, `POST
 * /messages/send`, breaks between its path's parts, and `custom_statuses` after its underscore;
 * an object type's, `MessageContactCard`, between its words).
 */
function wordsBrokenInTitle(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const title = document.querySelector('article h1');
    if (!title) return []; // a page without a title of its own (the home page) has nothing to break
    const text = title.textContent ?? '';
    const walker = document.createTreeWalker(title, NodeFilter.SHOW_TEXT);
    const tops: number[] = [];
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      for (let offset = 0; offset < node.textContent!.length; offset += 1) {
        const range = document.createRange();
        range.setStart(node, offset);
        range.setEnd(node, offset + 1);
        tops.push(range.getBoundingClientRect().top);
      }
    }
    const broken: string[] = [];
    for (let i = 1; i < text.length; i += 1) {
      const newLine = tops[i]! > tops[i - 1]! + 1;
      const betweenWords = /[\s/_]/.test(text[i - 1]!) || text[i] === '/' || /[a-z][A-Z]/.test(text.slice(i - 1, i + 1));
      if (newLine && !betweenWords) broken.push(`${text.slice(0, i)}|${text.slice(i)}`);
    }
    return broken;
  });
}

/** The rules whose outcome a narrow screen changes: the others are checked at the desktop width. */
const phoneRules = ['scrollable-region-focusable'];
const phone = { width: 320, height: 568 };

/**
 * The sitemap in a few batches, each checked in one browser page that goes from path to path:
 * a test per page spent more time opening its browser context than checking. Each check is soft
 * and names its page, so one run reports every page that fails.
 */
const BATCHES = 6;
const batchSize = Math.ceil(paths.length / BATCHES);
for (let start = 0; start < paths.length; start += batchSize) {
  const batch = paths.slice(start, start + batchSize);
  test(`pages ${start + 1} to ${start + batch.length} of the sitemap: no axe violations in light mode nor contrast failures in dark mode, and at 320 px no wider than the screen, what scrolls taking keyboard focus, the title broken only between words`, async ({ page }) => {
    // A bound that stops a hung page, proportional to the work: not a measure of speed.
    test.setTimeout(batch.length * 20_000);
    for (const path of batch) {
      await page.setViewportSize({ width: 1280, height: 720 });
      await openInLightMode(page, path);
      const samples = requestPages.get(path);
      if (samples) {
        // A request's page shows the cURL sample of each of its documented examples, as generated.
        const shown = page.getByRole('region', { name: /^Example request/ }).locator('[role="tabpanel"] pre code');
        await expect.soft(shown, path).toHaveCount(samples.length);
        expect.soft((await Promise.all((await shown.all()).map(codeText))).sort(), path).toEqual([...samples].sort());
      }
      expect.soft(await axeViolations(page, 'main'), `${path} in light mode`).toEqual([]);
      expect.soft(await page.locator('main').innerText(), `${path}: a value shown as "[object Object]"`).not.toContain('[object Object]');
      await switchToDarkMode(page);
      expect.soft(await contrastViolations(page.locator('main'), themeRules), `${path} in dark mode`).toEqual([]);

      // The same page narrowed, as a reader turning to a phone's width would see it: a second load
      // would check the same HTML and spend a third of this test's time doing it.
      await page.emulateMedia({ colorScheme: 'light' });
      await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
      await page.setViewportSize(phone);
      await settled(page);
      expect.soft(await page.evaluate(() => document.documentElement.scrollWidth), `${path}'s width at 320 px`).toBeLessThanOrEqual(phone.width);
      expect.soft(await contrastViolations(page.locator('main'), phoneRules), `${path} at 320 px`).toEqual([]);
      expect.soft(await wordsBrokenInTitle(page), `${path}'s title at 320 px`).toEqual([]);
    }
  });
}
