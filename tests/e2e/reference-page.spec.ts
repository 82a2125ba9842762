import { allRequests, apiBaseUrl, exampleValues, getRequest } from '@site/src/requests';
import { generateSample, languageIds, languages } from '@site/src/snippets';
import { axeViolations, codeText, expect, patchPage, settled, test, visibleSample } from './fixtures';

const patch = getRequest('contacts_api', 'patch_contacts');
const getContact = getRequest('contacts_api', 'get_contact');
const sample = (language: (typeof languageIds)[number]) => generateSample(language, patch, exampleValues(patch), apiBaseUrl);

test.beforeEach(async ({ context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
});

test('the PATCH page shows the reference: headings, parameter tables, caution and example response', async ({ page }) => {
  await page.goto(patchPage);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('PATCH /contacts/:uuid');
  // Docusaurus appends a zero-width "direct link" anchor to each heading.
  const sections = (await page.locator('article h2').allTextContents()).map((text) => text.replace(/\u200b/g, '').trim());
  expect(sections).toEqual(['Required Parameters', 'Optional Parameters', 'Example Request', 'Response', 'Example Response', 'What the API has added since']);
  const optional = page.locator('table').nth(1);
  for (const name of ['tags', 'custom_fields', 'name']) await expect(optional).toContainText(name);
  await expect(page.locator('.theme-admonition-caution')).toContainText('already exist in your account');
  // What the sandbox accepts beyond the table, and why, from the registry.
  await expect(page.locator('article li').filter({ hasText: /^custom_fields:/ })).toHaveText(`custom_fields: ${patch.params.body!.fields.custom_fields.numbersAsText.why}`);
  await expect(page.locator('article').getByRole('link', { name: 'Contact', exact: true }).first()).toHaveAttribute('href', '/api_reference/object_types/contact');
  const response = page.locator('pre code').last();
  expect(JSON.parse(await codeText(response))).toEqual(patch.response.example);
});

test('every language tab switches to its generated sample', async ({ page }) => {
  await page.goto(patchPage);
  for (const id of [...languageIds].reverse()) {
    await page.getByRole('tab', { name: languages[id].label, exact: true }).first().click();
    expect(await codeText(visibleSample(page))).toBe(sample(id));
  }
});

test('the chosen language survives a reload and carries to another page', async ({ page }) => {
  await page.goto(patchPage);
  await page.getByRole('tab', { name: 'Python', exact: true }).first().click();
  await page.reload();
  await expect(page.getByRole('tab', { name: 'Python', exact: true }).first()).toHaveAttribute('aria-selected', 'true');
  await page.goto('/api_reference/contacts_api/get_contact');
  await expect(page.getByRole('tab', { name: 'Python', exact: true }).first()).toHaveAttribute('aria-selected', 'true');
  expect(await codeText(visibleSample(page))).toBe(generateSample('python', getContact, exampleValues(getContact), apiBaseUrl));
});

test('?lang=python opens the page on the Python sample', async ({ page }) => {
  await page.goto(`${patchPage}?lang=python`);
  await expect(page.getByRole('tab', { name: 'Python', exact: true }).first()).toHaveAttribute('aria-selected', 'true');
  expect(await codeText(visibleSample(page))).toBe(sample('python'));
});

test('the copy button puts exactly the sample on the clipboard', async ({ page }) => {
  await page.goto(patchPage);
  for (const id of languageIds) {
    await page.getByRole('tab', { name: languages[id].label, exact: true }).first().click();
    const block = page.locator('[role="tabpanel"]:not([hidden])').first();
    await block.hover();
    await block.getByRole('button', { name: /copy/i }).click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(sample(id));
  }
});

test("a sample's copy button is shown without pointing at it, and reached from the keyboard", async ({ page }) => {
  await page.goto(patchPage);
  const copy = page.locator('[role="tabpanel"]:not([hidden])').first().getByRole('button', { name: 'Copy code to clipboard' });
  await settled(page);
  await expect(copy).toBeInViewport();
  expect(await copy.evaluate((button) => getComputedStyle(button).opacity)).toBe('1');
  // Tabbing from the button before it (word wrap) lands on it, and it stays shown.
  await page.locator('[role="tabpanel"]:not([hidden])').first().getByRole('button', { name: 'Toggle word wrap' }).focus();
  await page.keyboard.press('Tab');
  await expect(copy).toBeFocused();
  await settled(page);
  expect(await copy.evaluate((button) => getComputedStyle(button).opacity)).toBe('1');
  await page.keyboard.press('Enter');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(sample('curl'));
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  // Only the chosen language is rendered (the others when picked), which keeps a page with many
  // examples small; the served page holds the default one, cURL.
  test('the cURL sample is in the served page, and the tabs of every language', async ({ page }) => {
    await page.goto(patchPage);
    await expect(page.locator('[role="tabpanel"]')).toHaveCount(1);
    expect(await codeText(page.locator('[role="tabpanel"] pre code'))).toBe(sample('curl'));
    await expect(page.getByRole('tab')).toHaveText(languageIds.map((id) => languages[id].label));
  });
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`the page has no accessibility violations in ${colorScheme} mode`, async ({ page }) => {
    await page.emulateMedia({ colorScheme });
    await page.goto(patchPage);
    await expect(page.locator('html')).toHaveAttribute('data-theme', colorScheme);
    expect(await axeViolations(page)).toEqual([]);
  });
}

test.describe('on a phone-width screen', () => {
  test.use({ viewport: { width: 375, height: 740 } });

  test('every language tab stays reachable and the page does not scroll sideways', async ({ page }) => {
    await page.goto(patchPage);
    const tabs = page.getByRole('tablist').first().getByRole('tab');
    await expect(tabs).toHaveCount(languageIds.length);
    for (const id of languageIds) {
      const tab = page.getByRole('tab', { name: languages[id].label, exact: true }).first();
      await tab.click();
      await expect(tab).toHaveAttribute('aria-selected', 'true');
      await expect(tab).toBeInViewport({ ratio: 0.95 }); // whole, but for sub-pixel rounding
      expect(await codeText(visibleSample(page))).toBe(sample(id));
    }
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
  });
});

for (const { endpoint, id, spec } of allRequests().filter((r) => r.id !== 'patch_contacts')) {
  test(`the ${id} page lists exactly the registry's parameters`, async ({ page }) => {
    await page.goto(`/api_reference/${endpoint}/${id}`);
    // The parameter tables are those with an "In" column; nested rows (`content.text`) are not counted here.
    const names = await page.locator('article table:has(th:text-is("In")) tbody tr td:first-child code').allTextContents();
    const shown = [...new Set(names.filter((name) => !/[.[]/.test(name)))].sort();
    const body = spec.params.body;
    const bodyNames = body ? [...Object.keys(body.fields), ...Object.values(body.variants?.cases ?? {}).flatMap((fields) => Object.keys(fields))] : [];
    const described = [...new Set([...Object.keys(spec.params.path), ...Object.keys(spec.params.query), ...bodyNames])];
    expect(shown).toEqual(described.sort());
  });
}
