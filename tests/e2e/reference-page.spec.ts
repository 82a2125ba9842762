import type { Locator } from '@playwright/test';
import { allRequests, apiBaseUrl, exampleValues, getRequest } from '@site/src/requests';
import { generateSample, languageIds, languages } from '@site/src/snippets';
import type { PrismTheme } from 'prism-react-renderer';
import { prismDark } from '@site/src/css/prism-dark';
import { prismLight } from '@site/src/css/prism-light';
import { axeViolations, codeText, expect, holdScriptsHolding, patchPage, settled, test, visibleSample } from './fixtures';

const patch = getRequest('contacts_api', 'patch_contacts');
const getContact = getRequest('contacts_api', 'get_contact');
const sample = (language: (typeof languageIds)[number]) => generateSample(language, patch, exampleValues(patch), apiBaseUrl);

test.beforeEach(async ({ context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
});

test('the PATCH page shows the reference: one table per place, the caution, the answer, and the corrections to the original page', async ({ page }) => {
  await page.goto(patchPage);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('PATCH /contacts/:uuid');
  // Docusaurus appends a zero-width "direct link" anchor to each heading.
  const sections = (await page.locator('article h2').allTextContents()).map((text) => text.replace(/\u200b/g, '').trim());
  expect(sections).toEqual(['Path parameters', 'Body parameters', 'Example Request', 'Response', 'Example Response', 'Corrections to the original page', 'Errors']);
  // Every parameter of the original page, in the table of its place.
  await expect(page.locator('h2#path-parameters + table td:first-child code')).toHaveText(['uuid']);
  const body = page.locator('h2#body-parameters + table');
  for (const name of ['tags', 'custom_fields', 'name']) await expect(body.locator('td:first-child code').getByText(name, { exact: true })).toHaveCount(1);
  const caution = page.locator('.theme-admonition-caution');
  await expect(caution).toContainText('already exist in your account');
  await expect(caution.getByRole('link', { name: 'tags', exact: true })).toHaveAttribute('href', 'https://dash.callbell.eu/settings/tags');
  await expect(caution.getByRole('link', { name: 'custom_fields', exact: true })).toHaveAttribute('href', 'https://dash.callbell.eu/settings/custom_fields');
  // What the sandbox accepts beyond the original's words, and why, in the row of its parameter.
  await expect(body.locator('tr').filter({ has: page.locator('td:first-child code').getByText('custom_fields', { exact: true }) })).toContainText(
    patch.params.body!.fields.custom_fields.numbersAsText.why,
  );
  await expect(page.locator('h2#response + table').getByRole('link', { name: 'Contact', exact: true })).toHaveAttribute('href', '/api_reference/object_types/contact');
  const response = page.locator('.theme-code-block').filter({ has: page.getByText('response.json', { exact: true }) }).locator('pre code');
  expect(JSON.parse(await codeText(response))).toEqual(patch.response.example);
  // The original's words where right, corrected where wrong.
  const row = (table: Locator, name: string) => table.locator('tr').filter({ has: page.locator('td:first-child code').getByText(name, { exact: true }) });
  await expect(row(page.locator('h2#path-parameters + table'), 'uuid')).toContainText('The identifier of the contact: the uuid Callbell gave it, not its phone number');
  await expect(row(body, 'tags')).toContainText('A JSON list of tag names (e.g. ["Call back", "Interested"])');
  await expect(row(body, 'custom_fields')).toContainText('An object with the custom fields, each name with its value (e.g. {"Billing Address": "Main Street 1"})');
  await expect(row(body, 'name')).toContainText('The name of the contact.');
  // Each mistake of the original, quoted once, with what is right.
  const corrections = page.locator('h2#corrections-to-the-original-page ~ ul').first().locator('li');
  await expect(corrections).toHaveCount(4);
  for (const original of ['(e.g. phone number in WhatsApp)', 'comma separated values (e.g [', "{'Billing Address': 'Main Street 1}", 'wraps the contact in a list']) {
    await expect(corrections.filter({ hasText: original })).toHaveCount(1);
  }
});

test.describe('at 1440 px', () => {
  test.use({ viewport: { width: 1440, height: 900 } });

  test("the note on how the PATCH page's answer differs from the original's sits right above it, beside the response table", async ({ page }) => {
    await page.goto(patchPage);
    const note = page.locator('.theme-admonition-note').filter({ hasText: 'one-element list' });
    const answer = page.locator('.theme-code-block').filter({ has: page.getByText('response.json', { exact: true }) });
    const table = page.locator('h2#response + table');
    await table.scrollIntoViewIfNeeded();
    const [noteBox, answerBox, tableBox] = [(await note.boundingBox())!, (await answer.boundingBox())!, (await table.boundingBox())!];
    expect(noteBox.x, 'in the column of the answer').toBeCloseTo(answerBox.x, 0);
    expect(answerBox.y - (noteBox.y + noteBox.height), 'right above the answer').toBeLessThan(40);
    expect(answerBox.y - (noteBox.y + noteBox.height)).toBeGreaterThanOrEqual(0);
    expect(noteBox.x, 'beside the response table').toBeGreaterThan(tableBox.x + tableBox.width);
    expect(Math.abs(noteBox.y - tableBox.y), 'level with the response table').toBeLessThan(100);
  });
});

test('every language tab switches to its generated sample', async ({ page }) => {
  await page.goto(patchPage);
  for (const id of [...languageIds].reverse()) {
    await page.getByRole('tab', { name: languages[id].label, exact: true }).first().click();
    expect(await codeText(visibleSample(page))).toBe(sample(id));
  }
});

test('every language tab shows its sample highlighted', async ({ page }) => {
  await page.goto(patchPage);
  for (const id of languageIds) {
    await page.getByRole('tab', { name: languages[id].label, exact: true }).first().click();
    // Every sample quotes its URL or its JSON: a string token shows the grammar was applied.
    await expect(visibleSample(page).locator('.token.string').first(), id).toBeVisible();
  }
});

test('a sample whose grammar is not in the first load shows at once, and is highlighted when its grammar arrives', async ({ page }) => {
  // The Ruby grammar's script is held back until the tab has been chosen.
  const release = await holdScriptsHolding(page, 'languages.ruby=');
  await page.goto(patchPage);
  await page.getByRole('tab', { name: 'Ruby', exact: true }).first().click();
  expect(await codeText(visibleSample(page))).toBe(sample('ruby'));
  await expect(visibleSample(page).locator('.token.string')).toHaveCount(0);
  release();
  await expect(visibleSample(page).locator('.token.string').first()).toBeVisible();
  expect(await codeText(visibleSample(page))).toBe(sample('ruby'));
});

test('?lang=ruby opens the page on the Ruby sample, highlighted', async ({ page }) => {
  await page.goto(`${patchPage}?lang=ruby`);
  await expect(page.getByRole('tab', { name: 'Ruby', exact: true }).first()).toHaveAttribute('aria-selected', 'true');
  await expect(visibleSample(page).locator('.token.string').first()).toBeVisible();
  expect(await codeText(visibleSample(page))).toBe(sample('ruby'));
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

test('code takes the colours of the reader\'s mode from the first paint, and follows a switch of mode', async ({ page }) => {
  const stringColour = (theme: PrismTheme) => theme.styles.find(({ types }) => types.includes('string'))!.style.color!;
  // The colour as the browser computes it, so hex and rgb() compare alike.
  const computed = (colour: string) =>
    page.evaluate((value) => {
      const probe = document.createElement('span');
      probe.style.color = value;
      document.body.append(probe);
      const result = getComputedStyle(probe).color;
      probe.remove();
      return result;
    }, colour);
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto(patchPage);
  const firstString = page.locator('[role="tabpanel"] pre .token.string').first();
  await expect(firstString).toHaveCSS('color', await computed(stringColour(prismDark)));
  await expect(page.locator('[role="tabpanel"] pre').first()).toHaveCSS('background-color', await computed(prismDark.plain.backgroundColor!));
  await page.getByRole('button', { name: /switch between dark and light mode/i }).click();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
  await expect(firstString).toHaveCSS('color', await computed(stringColour(prismLight)));
});

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

test("each request page has one parameter table per place the request takes parameters in, under that place's heading, listing its parameters", async ({ page }) => {
  const requests = allRequests();
  test.setTimeout(requests.length * 5_000);
  for (const { endpoint, id, spec } of requests) {
    await page.goto(`/api_reference/${endpoint}/${id}`);
    // Each table of parameters (first column "Parameter"), with the heading right above it and the names it lists at its top level.
    const tables = await page.locator('article table').evaluateAll((all) =>
      all
        .filter((table) => table.querySelector('th')?.textContent === 'Parameter')
        .map((table) => ({
          heading: table.previousElementSibling?.matches('h2') ? table.previousElementSibling.textContent!.replace(/\u200b/g, '').trim() : '',
          names: [...new Set([...table.querySelectorAll('tbody td:first-child code')].map((code) => code.textContent!).filter((name) => !/[.[]/.test(name)))].sort(),
        })),
    );
    const body = spec.params.body;
    const bodyNames = body ? [...Object.keys(body.fields), ...Object.values(body.variants?.cases ?? {}).flatMap((fields) => Object.keys(fields))] : [];
    const described = [
      { heading: 'Path parameters', names: Object.keys(spec.params.path) },
      { heading: 'Query parameters', names: Object.keys(spec.params.query) },
      { heading: 'Body parameters', names: [...new Set(bodyNames)] },
    ].filter(({ names }) => names.length > 0);
    expect.soft(tables, id).toEqual(described.map(({ heading, names }) => ({ heading, names: [...names].sort() })));
  }
});
