/**
 * What readers and tools take from the built site: the OpenAPI document and Postman collection,
 * llms.txt and each page's Markdown copy, and search, all in the production build.
 */
import { readFileSync } from 'node:fs';
import { apiBaseUrl, exampleValues, getRequest } from '@site/src/requests';
import { generateSample, languageIds, languages } from '@site/src/snippets';
import { openApiDocument } from '@site/src/exports/openapi';
import { postmanCollection } from '@site/src/exports/postman';
import { axeViolations, expect, holdScriptsHolding, patchPage, test } from './fixtures';

const sitemap = readFileSync('build/sitemap.xml', 'utf8');
// The search results page is a tool, not content: it has no Markdown copy.
const pages = [...sitemap.matchAll(/<loc>(https?:\/\/[^<]+)<\/loc>/g)].map((match) => match[1]!).filter((page) => !page.endsWith('/search'));
const patch = getRequest('contacts_api', 'patch_contacts');

test('the OpenAPI document and the Postman collection are served as generated from the registry', async ({ request }) => {
  const openApi = await (await request.get('/openapi.json')).json();
  expect(openApi.paths).toEqual(openApiDocument().paths);
  expect(openApi.servers[0].url).toBe(apiBaseUrl);
  const collection = await (await request.get('/postman_collection.json')).json();
  expect(collection.item.map((folder: { name: string }) => folder.name)).toEqual((postmanCollection().toJSON().item as { name: string }[]).map((folder) => folder.name));
});

test('llms.txt lists the Markdown copy of every page of the site', async ({ request }) => {
  const llms = await (await request.get('/llms.txt')).text();
  expect(llms).toMatch(/^# Callbell API Reference\n\n> /);
  for (const page of pages) expect(llms, page).toContain(`(${page.replace(/\/$/, '/index')}.md)`);
});

test("the PATCH page's Markdown copy holds its sample in every language, each under its name, and its parameter tables", async ({ request }) => {
  const markdown = await (await request.get(`${patchPage}.md`)).text();
  // The page renders the chosen language only; its copy holds them all, generated from the registry.
  for (const id of languageIds) {
    const { label, prism } = languages[id];
    expect(markdown, label).toContain(`**${label}**\n\n\`\`\`${prism}\n${generateSample(id, patch, exampleValues(patch), apiBaseUrl)}\n\`\`\``);
  }
  // The registry's tables, one per place, as Markdown tables.
  expect(markdown).toMatch(/## Body parameters\n\n\| Parameter\s+\| Type\s+\| Description/);
  // A parameter a later release added says so, as on the page.
  expect(markdown).toMatch(/\| `custom_fields` Added 2023-03-03 \| object \(names → strings/);
  expect(markdown).not.toMatch(/Copy page as Markdown|Try it/);
});

test('"Copy page as Markdown" puts the page\'s Markdown on the clipboard', async ({ page, context, request }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto(patchPage);
  await page.getByRole('button', { name: 'Copy page as Markdown' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Copied.' })).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await (await request.get(`${patchPage}.md`)).text());
});

test.describe('search, in the built site, with no service', () => {
  const searchFor = async (page: import('@playwright/test').Page, text: string) => {
    await page.goto('/api_reference/messages_api/introduction');
    await page.getByLabel('Search', { exact: true }).fill(text);
    return page.getByRole('listbox');
  };

  test('finds the PATCH page by a parameter name', async ({ page }) => {
    const results = await searchFor(page, 'custom_fields');
    await expect(results.getByRole('option', { name: /PATCH \/contacts\/:uuid/ }).first()).toBeVisible();
  });

  test('finds the contact pages by an endpoint path, and opens one from the keyboard', async ({ page }) => {
    const results = await searchFor(page, '/contacts/:uuid');
    for (const title of ['GET /contacts/:uuid', 'PATCH /contacts/:uuid', 'DELETE /contacts/:uuid']) {
      await expect(results.getByRole('option', { name: new RegExp(title.replace(/[/:]/g, '\\$&')) }).first(), title).toBeVisible();
    }
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/api_reference\/contacts_api\//);
  });

  // The box's code is not in the first load (budgets.spec.ts): it loads when the reader comes to search.
  test('what the reader types before the search code has come is kept, and its results shown once it has', async ({ page }) => {
    const release = await holdScriptsHolding(page, 'autocomplete:selected');
    await page.goto('/api_reference/messages_api/introduction');
    const box = page.getByLabel('Search', { exact: true });
    await page.keyboard.press('Control+k');
    await expect(box).toBeFocused();
    await page.keyboard.type('custom_fields');
    await expect(page.getByRole('listbox')).toHaveCount(0);
    release();
    await expect(page.getByRole('listbox').getByRole('option', { name: /PATCH \/contacts\/:uuid/ }).first()).toBeVisible();
    await expect(box).toHaveValue('custom_fields');
    await expect(box).toBeFocused();
  });

  test.describe('when the search code cannot be fetched', () => {
    test.use({ expectedConsoleErrors: /net::ERR_FAILED/ });

    test('the box keeps what was typed, with no error on the page, and the next visit to the box loads it', async ({ page }) => {
      let reachable = false;
      await page.route('**/assets/js/*.js', async (route) => {
        const response = await route.fetch();
        const body = await response.text();
        if (!reachable && body.includes('autocomplete:selected')) return route.abort();
        return route.fulfill({ response, body });
      });
      await page.goto('/api_reference/messages_api/introduction');
      const box = page.getByLabel('Search', { exact: true });
      await box.click();
      await page.keyboard.type('custom_fields');
      await expect(box).toHaveValue('custom_fields');
      await expect(page.getByRole('listbox')).toHaveCount(0);
      reachable = true;
      await box.blur();
      await box.focus();
      await expect(page.getByRole('listbox').getByRole('option', { name: /PATCH \/contacts\/:uuid/ }).first()).toBeVisible();
      await expect(box).toHaveValue('custom_fields');
    });
  });

  test('finds a page by words of its prose, and its open state is accessible in light and dark mode', async ({ page }) => {
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      const results = await searchFor(page, '24-hour window');
      await expect(results.getByRole('option').first()).toBeVisible();
      expect(await axeViolations(page), colorScheme).toEqual([]);
    }
  });
});
