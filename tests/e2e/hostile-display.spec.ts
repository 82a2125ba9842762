/**
 * What the reader sees is what arrived, or what will be sent: code blocks never edit their text
 * (Docusaurus's magic comments would remove a `// highlight-next-line` line), Forget forgets
 * every token, and the build carries no secret of the environment it was made in. This file
 * starts no sandbox: the real API is stood in for by the browser's routing.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { DEMO_TOKEN } from '@site/sandbox/address';
import { exampleValues, getRequest } from '@site/src/requests';
import { apiBaseUrl } from '@site/src/requests/api';
import { generateSample, languageIds, languages } from '@site/src/snippets';
import { codeText, expect, patchPage, test, visibleSample } from './fixtures';

/** Lines a Markdown code block would drop or mark as highlighting instructions. */
const magicCommentLines = ['// highlight-next-line', '# highlight-start', '# highlight-end', '{/* highlight-next-line */}', '<!-- highlight-start -->', '#', '//'];

const firstExample = (page: Page) => page.getByRole('region', { name: /^Example request/ }).first();
/** The clipboard: read by polling, since the copy button writes it asynchronously. */
const clipboard = (page: Page) => page.evaluate(() => navigator.clipboard.readText());
const copyButton = (page: Page) => firstExample(page).locator('[role="tabpanel"]:not([hidden])').getByRole('button', { name: 'Copy code to clipboard' });

async function openPanel(page: Page, path: string) {
  await page.goto(path);
  await firstExample(page).getByRole('button', { name: 'Try it' }).click();
}

test('a plain-text answer is shown and copied with every line, magic comments included, and its size given', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const lines = ['The gateway says:', ...magicCommentLines.flatMap((line, index) => [line, `kept ${index}`])];
  // One Windows line break and a last line break: the copy keeps both.
  const body = `${lines.join('\n').replace('kept 0\n', 'kept 0\r\n')}\n`;
  // The real API (straight or through the site's proxy) answers this text to the GET.
  const proxy = process.env.TRY_IT_PROXY;
  for (const address of ['https://api.callbell.eu/**', ...(proxy ? [`${proxy}/**`] : [])]) {
    await page.route(address, (route) => {
      const cors = { 'Access-Control-Allow-Origin': '*', 'Access-Control-Allow-Headers': 'Authorization, Accept' };
      if (route.request().method() === 'OPTIONS') return route.fulfill({ status: 204, headers: cors });
      return route.fulfill({ headers: { ...cors, 'Content-Type': 'text/plain; charset=utf-8' }, body });
    });
  }
  await openPanel(page, '/api_reference/contacts_api/get_contact');
  await firstExample(page).getByLabel('Server', { exact: true }).selectOption('callbell-api');
  await firstExample(page).getByLabel('Token', { exact: true }).fill('live-token');
  await firstExample(page).getByRole('button', { name: 'Send GET request' }).click();

  const response = firstExample(page).getByRole('region', { name: 'Response from the server' });
  await expect(response.locator('pre code')).toBeVisible();
  expect(await codeText(response.locator('pre code'))).toBe(lines.join('\n'));
  await expect(response.locator('.theme-code-block-highlighted-line')).toHaveCount(0);
  await expect(response.locator('p').first()).toContainText(`· ${Buffer.byteLength(body)} B`);
  await response.getByRole('button', { name: 'Copy code to clipboard' }).click();
  await expect.poll(() => clipboard(page)).toBe(body);
});

test('a sample of a value holding magic-comment text shows and copies exactly what the generator makes', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const patch = getRequest('contacts_api', 'patch_contacts');
  const body = { name: ['Ada', ...magicCommentLines].join('\n') };
  await openPanel(page, patchPage);
  await firstExample(page).getByLabel('Server', { exact: true }).selectOption('in-browser');
  await firstExample(page).getByLabel('JSON body').fill(JSON.stringify(body));
  const values = { ...exampleValues(patch), body };
  await page.keyboard.press('Escape'); // back on the page, with its samples
  for (const id of languageIds) {
    const sample = generateSample(id, patch, values, apiBaseUrl);
    await firstExample(page).getByRole('tab', { name: languages[id].label, exact: true }).click();
    await expect.poll(() => codeText(visibleSample(page)), languages[id].label).toBe(sample);
    await copyButton(page).click();
    await expect.poll(() => clipboard(page), languages[id].label).toBe(sample);
  }
});

test('the form refuses a path value no client sends as typed, and names the characters a reader cannot see', async ({ page }) => {
  const patch = getRequest('contacts_api', 'patch_contacts');
  await openPanel(page, patchPage);
  const panel = firstExample(page);
  await panel.getByLabel('Server', { exact: true }).selectOption('in-browser');
  await panel.getByLabel('uuid', { exact: true }).fill('..');
  await panel.getByLabel('name', { exact: true }).fill('Ada\u202Eevil');
  await expect(panel.getByText('Holds U+202E RIGHT-TO-LEFT OVERRIDE, which you cannot see here.')).toBeVisible();
  // The sample shows the escape, and the URL the request would go to, never one a client would rewrite.
  const values = exampleValues(patch);
  const shown = generateSample('curl', patch, { ...values, path: { uuid: '..' }, body: { ...values.body, name: 'Ada\u202Eevil' } }, apiBaseUrl);
  await expect.poll(() => codeText(visibleSample(page))).toBe(shown);
  expect(shown).toContain('"Ada\\u202eevil"');
  expect(shown).not.toContain('/contacts/..');
  await panel.getByRole('button', { name: /^Send PATCH/ }).click();
  await expect(panel.getByText('uuid cannot be "..": in a URL it means "one level up"')).toBeVisible();
  await expect(panel.getByLabel('uuid', { exact: true })).toBeFocused();
});

test('Forget forgets the tokens of every server, remembered or not, and says so', async ({ page }) => {
  const tokens = { 'local-sandbox': 'typed-sandbox-token', 'in-browser': 'remembered-in-browser-token', 'callbell-api': 'remembered-live-token' };
  await openPanel(page, patchPage);
  const panel = firstExample(page);
  for (const [server, token] of Object.entries(tokens)) {
    await panel.getByLabel('Server', { exact: true }).selectOption(server);
    await panel.getByLabel('Token', { exact: true }).fill(token);
    if (server !== 'local-sandbox') await panel.getByLabel('Remember on this device').check();
  }
  const stored = () => page.evaluate(() => JSON.stringify(localStorage));
  expect(await stored()).toContain(tokens['in-browser']);

  await panel.getByRole('button', { name: 'Forget all tokens' }).click();
  const notice = panel.getByText('Tokens forgotten for every server: none is kept on this device.');
  await expect(notice).toBeVisible();
  await expect(notice).toHaveAttribute('aria-live', 'polite');
  await expect(panel.getByLabel('Token', { exact: true })).toHaveValue('');
  await expect(panel.getByLabel('Token', { exact: true })).toBeFocused();
  for (const server of Object.keys(tokens)) {
    await panel.getByLabel('Server', { exact: true }).selectOption(server);
    await expect(panel.getByLabel('Token', { exact: true }), server).toHaveValue('');
    await expect(panel.getByLabel('Remember on this device'), server).not.toBeChecked();
  }
  for (const token of Object.values(tokens)) expect(await stored()).not.toContain(token);
});

test('the built site carries the public demo token and no secret of the environment it was built in', () => {
  // scripts/e2e-env.sh exports a random SANDBOX_TOKEN for the build and for this run.
  const secret = process.env.SANDBOX_TOKEN ?? '';
  expect(secret.length, 'SANDBOX_TOKEN set by scripts/e2e-env.sh').toBeGreaterThanOrEqual(32);
  const files = readdirSync('build', { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name));
  const carrying = (text: string) => files.filter((file) => readFileSync(file).includes(text));
  expect(carrying(DEMO_TOKEN).length, 'files offering the demo token').toBeGreaterThan(0);
  // The first half too: a search index may keep a word cut or stemmed.
  expect([...carrying(secret), ...carrying(secret.slice(0, secret.length / 2))]).toEqual([]);
});
