/**
 * The reference page's layout as a reader sees it: on a wide screen the examples sit beside
 * the parameters and stay in view while they are read; on a phone nothing is wider than the
 * screen and every language can be chosen.
 */
import type { Locator, Page } from '@playwright/test';
import { allRequests, getRequest } from '@site/src/requests';
import { languageIds, languages } from '@site/src/snippets';
import { axeViolations, expect, patchPage, settled, test } from './fixtures';

const sendPage = '/api_reference/messages_api/post_send_messages';

/** Whether the element's box is wholly inside the window. */
async function wholeInView(page: Page, element: Locator): Promise<boolean> {
  const box = (await element.boundingBox())!;
  const { width, height } = page.viewportSize()!;
  return box.x >= 0 && box.y >= 0 && box.x + box.width <= width && box.y + box.height <= height;
}

test.describe('on a wide screen (1440 px)', () => {
  test.use({ viewport: { width: 1440, height: 900 } });

  test('the samples sit beside the parameter tables and stay in view while they are read', async ({ page }) => {
    await page.goto(patchPage);
    const request = page.getByRole('region', { name: /^Example request/ });
    const sample = request.locator('[role="tabpanel"]:not([hidden]) pre');
    const parameters = page.locator('h2#body-parameters + table');
    await parameters.scrollIntoViewIfNeeded();
    const table = (await parameters.boundingBox())!;
    const beside = (await sample.boundingBox())!;
    expect(beside.x, 'the sample starts right of the table').toBeGreaterThan(table.x + table.width);
    // The table read from its top (at the top of the window) to its end (at the bottom): the sample stays whole in view.
    for (const edge of ['top', 'bottom'] as const) {
      await parameters.evaluate((element, edge) => {
        const box = element.getBoundingClientRect();
        window.scrollBy(0, edge === 'top' ? box.top - 80 : box.bottom - window.innerHeight);
      }, edge);
      await expect(parameters).toBeInViewport();
      expect(await wholeInView(page, sample), `table's ${edge} edge at the window's ${edge}`).toBe(true);
    }
  });

  test('each example of the send-message page sits beside its own section', async ({ page }) => {
    await page.goto(sendPage);
    const { examples } = getRequest('messages_api', 'post_send_messages');
    for (const [heading, example] of [
      ['#image-caption', 'image_caption'],
      ['#template-multi-variable', 'template_multi_variable'],
    ] as const) {
      const section = page.locator(heading);
      await section.scrollIntoViewIfNeeded();
      const region = page.getByRole('region', { name: `(${examples[example].summary})`, exact: false });
      const left = (await section.boundingBox())!;
      const right = (await region.boundingBox())!;
      expect(right.x, heading).toBeGreaterThan(left.x + left.width / 2);
      expect(Math.abs(right.y - left.y), `${heading}: the example starts level with its section`).toBeLessThan(200);
    }
  });

  test('the table of contents is offered at the top of the page and leads to a section', async ({ page }) => {
    await page.goto(patchPage);
    await page.getByRole('button', { name: 'On this page' }).click();
    // The list opens with a height transition; a click during it once went down on one link and
    // up on the one above it (the list moved under the pointer), so no link was followed.
    await settled(page);
    await page.getByRole('link', { name: 'Example Response', exact: true }).first().click();
    await expect(page).toHaveURL(/#example-response$/);
    await expect(page.locator('#example-response')).toBeInViewport();
  });
});

test.describe('on a phone (390 px)', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  for (const path of [patchPage, sendPage]) {
    test(`${path} is no wider than the screen, and every language tab can be chosen`, async ({ page }) => {
      await page.goto(path);
      const request = page.getByRole('region', { name: /^Example request/ }).first();
      const tabs = request.getByRole('tab');
      await expect(tabs).toHaveText(languageIds.map((id) => languages[id].label));
      // Every tab on the screen, none behind a sideways scroll of the tab list.
      const hidden = await request.getByRole('tablist').evaluate((list) => ({
        listScrolls: list.scrollWidth > list.clientWidth,
        offScreen: [...list.querySelectorAll('[role="tab"]')].filter((tab) => {
          const box = tab.getBoundingClientRect();
          return box.left < 0 || box.right > window.innerWidth;
        }).map((tab) => tab.textContent),
      }));
      expect(hidden).toEqual({ listScrolls: false, offScreen: [] });
      const last = request.getByRole('tab', { name: languages[languageIds[languageIds.length - 1]!].label, exact: true });
      await last.click();
      await expect(last).toHaveAttribute('aria-selected', 'true');
      await expect(request.locator('[role="tabpanel"]:not([hidden]) pre')).toBeVisible();
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    });
  }

  test('the menu is drawn when first opened, so loading the page prefetches only what is on screen', async ({ page }) => {
    await page.goto(patchPage);
    const prefetched = () => page.locator('link[rel="prefetch"]').count();
    await expect(page.locator('.navbar-sidebar')).toHaveCount(0);
    const beforeOpening = await prefetched();

    await page.getByRole('button', { name: 'Toggle navigation bar' }).click();
    const sibling = page.locator('.navbar-sidebar').getByRole('link', { name: 'DELETE /contacts/:uuid' });
    await expect(sibling).toBeVisible();
    await settled(page);
    expect((await sibling.boundingBox())!.x).toBeGreaterThanOrEqual(0);
    // The sidebar's pages are prefetched now that the reader can see their links, not before.
    await expect.poll(prefetched).toBeGreaterThan(beforeOpening);
    expect(await axeViolations(page), 'light').toEqual([]);
    await page.emulateMedia({ colorScheme: 'dark' });
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    expect(await axeViolations(page), 'dark').toEqual([]);

    await sibling.click();
    await expect(page).toHaveURL(/\/api_reference\/contacts_api\/delete_contact$/);
  });
});

/**
 * What breaks inside a name on a request page: each code element naming a row of any table (its
 * first cell), and each name, type link or value of a field table (every cell but the
 * description), drawn on more than one line.
 */
async function names(page: Page): Promise<{ count: number; broken: string[] }> {
  return page.locator('article').evaluate((article) => {
    // Inline code only: an example body folded in a table (the Errors section) is a code block.
    const all = [...article.querySelectorAll('table td:first-child code:not(pre code), table.field-table td:not(:last-child) :is(code, a):not(pre *)')];
    return { count: all.length, broken: all.filter((element) => element.getClientRects().length !== 1).map((element) => element.textContent!) };
  });
}

for (const [width, height] of [[1440, 900], [390, 844]] as const) {
  test.describe(`at ${width} px`, () => {
    test.use({ viewport: { width, height } });

    test('no name, type link or value in a table of any request page breaks across lines', async ({ page }) => {
      const requests = allRequests();
      test.setTimeout(requests.length * 5_000);
      let seen = 0;
      for (const { endpoint, id } of requests) {
        await page.goto(`/api_reference/${endpoint}/${id}`);
        const { count, broken } = await names(page);
        seen += count;
        expect.soft(broken, id).toEqual([]);
      }
      // Tables gone from the pages would pass unseen.
      expect(seen).toBeGreaterThan(requests.length * 3);
    });
  });
}
