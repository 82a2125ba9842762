/**
 * What the build says about where it lives, as its settings made it (scripts/e2e-env.sh builds
 * with SITE_URL at the address the tests serve it, and with the sandbox's port, SANDBOX_PORT).
 * A production build without a sandbox address is src/site-settings.test.ts's.
 */
import { readFileSync } from 'node:fs';
import { SITE_URL as PLACEHOLDER_SITE_URL, sandboxBaseUrl, sandboxPort } from '@site/sandbox/address';
import { repositoryUrl } from '@site/src/site-settings';
import { expect, patchPage, test } from './fixtures';

const siteUrl = process.env.SITE_URL!;

test('the build was made with SITE_URL', () => {
  expect(siteUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
  expect(siteUrl).not.toBe(PLACEHOLDER_SITE_URL);
});

test('the sitemap, canonical links, llms.txt and the OpenAPI document name the site by SITE_URL, and no page names the default host', async ({ page, request }) => {
  const locations = [...readFileSync('build/sitemap.xml', 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => match[1]!);
  expect(locations.length).toBeGreaterThan(10);
  for (const location of locations) expect(location.startsWith(`${siteUrl}/`), location).toBe(true);

  await page.goto(patchPage);
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', `${siteUrl}${patchPage}`);
  const openApi = await (await request.get('/openapi.json')).json();
  expect(openApi.externalDocs.url).toBe(`${siteUrl}/`);
  expect(await (await request.get('/llms.txt')).text()).toContain(`(${siteUrl}${patchPage}.md)`);

  const placeholderHost = new URL(PLACEHOLDER_SITE_URL).host;
  for (const location of locations) {
    const path = location.slice(siteUrl.length);
    for (const copy of [path, `${path.replace(/\/$/, '/index')}.md`]) {
      expect(await (await request.get(copy)).text(), copy).not.toContain(placeholderHost);
    }
  }
});

test('a build made with the sandbox\'s address offers the local sandbox in "Try it", at that address', async ({ page }) => {
  await page.goto(patchPage);
  await page.getByRole('button', { name: 'Try it' }).first().click();
  const server = page.getByLabel('Server', { exact: true });
  await expect(server.locator('option')).toHaveText(['In-browser sandbox (demo data)', /^Callbell API/, `Local sandbox (${sandboxBaseUrl(sandboxPort())})`]);
});

test('the Introduction and the navbar link the repository, at REPOSITORY_URL', async ({ page }) => {
  await page.goto('/api_reference/introduction');
  await expect(page.locator('article').getByRole('link', { name: "this site's repository" })).toHaveAttribute('href', repositoryUrl());
  await expect(page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: /^GitHub/ })).toHaveAttribute('href', repositoryUrl());
});
