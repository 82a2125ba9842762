/**
 * The try-it panel against a real sandbox. The site is built listing the sandbox at
 * SANDBOX_PORT (npm run test:e2e sets it); this file runs that sandbox in-process, so a test
 * can stop it or put a server without CORS in its place. Tests here run one at a time.
 */
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { startProxy } from '@site/proxy/node';
import type { Locator, Page } from '@playwright/test';
import { DEMO_TOKEN, sandboxBaseUrl, sandboxPort } from '@site/sandbox/address';
import { startSandbox, type RunningSandbox } from '@site/sandbox/node/server';
import { send } from '@site/tests/support/sandbox-client';
import { exampleValues, getRequest, type LooseValues } from '@site/src/requests';
import { johnDoe } from '@site/src/requests/contacts_api/objects';
import { welcomeTemplate } from '@site/src/requests/messages_api/objects';
import { generateSample, languageIds, languages } from '@site/src/snippets';
import { axeViolations, codeText, contrastViolations, expect, patchPage, settled, test, visibleSample } from './fixtures';

test.describe.configure({ mode: 'serial' });

const port = sandboxPort();
const proxyUrl = process.env.TRY_IT_PROXY!; // scripts/e2e-env.sh
const baseUrl = sandboxBaseUrl(port);
const patch = getRequest('contacts_api', 'patch_contacts');
const johnUrl = `${baseUrl}/contacts/414a6d692bd645ed803f2e7ce360d4c8`;
let sandbox: RunningSandbox | undefined;

async function startTheSandbox() {
  sandbox = await startSandbox({ dbFile: ':memory:', token: DEMO_TOKEN, port });
}
async function stopTheSandbox() {
  await sandbox?.close();
  sandbox = undefined;
}

test.beforeAll(startTheSandbox);
test.afterAll(stopTheSandbox);
test.beforeEach(() => sandbox?.store.reset());

/** Opens the PATCH page's try-it dialog on the sandbox with the demo token. */
async function openPanel(page: Page, { token = DEMO_TOKEN } = {}) {
  await page.goto(patchPage);
  await page.getByRole('button', { name: 'Try it' }).click();
  await page.getByLabel('Server', { exact: true }).selectOption('local-sandbox');
  if (token) await page.getByLabel('Token', { exact: true }).fill(token);
}

const jsonEditor = (page: Page) => page.getByLabel('JSON body');
/** The visible message about the last request, in the first request block (the status region repeats it for screen readers). */
const outcome = (page: Page) => page.getByRole('region', { name: /^Example request/ }).first().locator('.alert').last();
const responseBody = (page: Page) => page.getByRole('region', { name: 'Response from the server' }).locator('pre');
const sendButton = (page: Page) => page.getByRole('button', { name: /^Send PATCH/ });

/** Every request the page sends to the sandbox's address. */
function sandboxRequests(page: Page): string[] {
  const seen: string[] = [];
  page.on('request', (request) => {
    if (request.url().startsWith(baseUrl)) seen.push(`${request.method()} ${request.url()}`);
  });
  return seen;
}

test('a PATCH with quotes, a backslash and an emoji, plus tags and custom fields, is applied', async ({ page }) => {
  await openPanel(page);
  const name = `O'Brien "Bob" \\ 🚀`;
  await page.getByLabel('name', { exact: true }).fill(name);
  await page.getByRole('button', { name: 'Add an item to tags' }).click();
  await page.getByLabel('tags 3', { exact: true }).fill('lead');
  await page.getByLabel('custom_fields 1 value').fill('Baker Street 221b');
  await sendButton(page).click();
  await expect(outcome(page)).toHaveText('Success: 200 OK.');
  await expect(page.getByRole('status')).toContainText('200 OK');
  const stored = (await send(johnUrl)).body.contact;
  expect(stored).toMatchObject({ name, tags: ['Call back', 'Interested', 'lead'], customFields: { 'Billing Address': 'Baker Street 221b' } });
  await expect(responseBody(page)).toContainText('Baker Street 221b');
  await expect(page.getByRole('region', { name: 'Response from the server' })).toContainText(
    'Matches the documented schema (the 200 response of this request).',
  );
});

test('a PATCH shows what it changed, and Undo puts the previous values back', async ({ page }) => {
  await openPanel(page);
  await page.getByLabel('name', { exact: true }).fill('Johnny');
  await sendButton(page).click();
  await expect(outcome(page)).toHaveText('Success: 200 OK.');
  const changed = page.getByRole('table', { name: 'What changed' });
  await expect(changed.getByRole('row', { name: /^name/ })).toHaveText('name"John Doe""Johnny"');
  await expect(changed.getByRole('row', { name: /^tags/ })).toHaveText('tags[]["Call back","Interested"]');
  await expect(page.getByText('Undo leaves custom_fields.Billing Address: it had no value before')).toBeVisible();
  expect((await send(johnUrl)).body.contact.name).toBe('Johnny');

  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(outcome(page)).toHaveText('Undone: the previous values are back.');
  await expect(page.getByRole('button', { name: 'Undo' })).toHaveCount(0);
  expect((await send(johnUrl)).body.contact).toMatchObject({ name: 'John Doe', tags: [] });
});

test('an answer with a body unlike the documented one is checked, each difference named by its JSON path', async ({ page }) => {
  // The shape the origin's pages show: the contact wrapped in a one-element array.
  const restoreSandbox = await answerInsteadOfSandbox(JSON.stringify({ contact: [(patch.response.example as { contact: unknown }).contact] }));
  try {
    await openPanel(page);
    await sendButton(page).click();
    const response = page.getByRole('region', { name: 'Response from the server' });
    await expect(response).toContainText('Differs from the documented schema (the 200 response of this request) in 1 place:');
    await expect(response.getByRole('listitem')).toHaveText(['$.contact: must be object']);
  } finally {
    await restoreSandbox();
  }
});

test('a wrong token shows the 401 and the sandbox message', async ({ page }) => {
  await openPanel(page, { token: 'not-the-token' });
  await sendButton(page).click();
  await expect(outcome(page)).toContainText(/answered 401 Unauthorized\. Check the token/);
  await expect(responseBody(page)).toContainText('Invalid API token');
  await expect(page.getByRole('region', { name: 'Response from the server' })).toContainText("Matches the documented schema (the sandbox's error shape).");
});

test('an unknown tag shows the 422 naming the tag', async ({ page }) => {
  await openPanel(page);
  await page.getByLabel('tags 1', { exact: true }).fill('VIP');
  await sendButton(page).click();
  await expect(outcome(page)).toContainText(/answered 422/);
  await expect(responseBody(page)).toContainText('is \\"VIP\\", not a tag of this account');
});

test('invalid JSON in the body editor is reported inline and nothing is sent', async ({ page }) => {
  const sent = sandboxRequests(page);
  await openPanel(page);
  await jsonEditor(page).fill('{"name": "Bob",');
  await expect(page.getByText(/^Invalid JSON/)).toBeVisible();
  await sendButton(page).click();
  await expect(page.getByRole('status')).toHaveText('Not sent: fix the fields marked below.');
  await expect(jsonEditor(page)).toBeFocused();
  expect(sent).toEqual([]);
});

test('a missing required value and a wrong type are reported beside their field and nothing is sent', async ({ page }) => {
  const sent = sandboxRequests(page);
  await openPanel(page);
  await page.getByLabel('uuid', { exact: true }).fill('');
  await jsonEditor(page).fill('{"name": 42, "nmae": "typo"}');
  await sendButton(page).click();
  await expect(page.getByText('uuid is required')).toBeVisible();
  await expect(page.getByText('name must be a string')).toBeVisible();
  await expect(page.getByText('nmae is not a parameter of this request')).toBeVisible();
  await expect(page.getByLabel('uuid', { exact: true })).toBeFocused();
  expect(sent).toEqual([]);
});

test.describe('when the server cannot be read', () => {
  // Chromium reports the refused connection and the CORS block in the console itself.
  test.use({ expectedConsoleErrors: /net::ERR_CONNECTION_REFUSED|blocked by CORS policy|net::ERR_FAILED/ });

  test('with the sandbox stopped, the panel says nothing answered', async ({ page }) => {
    await openPanel(page);
    await stopTheSandbox();
    try {
      await sendButton(page).click();
      await expect(outcome(page)).toContainText(/Could not reach http:\/\/127\.0\.0\.1:\d+: nothing answered/);
    } finally {
      await startTheSandbox();
    }
  });

  test('a server that sends no CORS headers gets the CORS explanation', async ({ page }) => {
    await openPanel(page);
    await stopTheSandbox();
    const noCors: Server = createServer((_, response) => {
      response.writeHead(200, { 'Content-Type': 'application/json' });
      response.end('{"contact": {}}');
    });
    await new Promise<void>((resolve) => noCors.listen(port, '127.0.0.1', resolve));
    try {
      await sendButton(page).click();
      await expect(outcome(page)).toContainText(/Your browser blocked the answer: .* \(CORS\)/);
    } finally {
      await new Promise((resolve) => noCors.close(resolve));
      await startTheSandbox();
    }
  });
});

test.describe('when the server does not answer', () => {
  let hanging: Server;
  test.beforeEach(async () => {
    await stopTheSandbox();
    hanging = createServer(() => {}); // accepts requests and never answers
    await new Promise<void>((resolve) => hanging.listen(port, '127.0.0.1', resolve));
  });
  test.afterEach(async () => {
    hanging.closeAllConnections();
    await new Promise((resolve) => hanging.close(resolve));
    await startTheSandbox();
  });

  test('Cancel stops the request and says so', async ({ page }) => {
    await openPanel(page);
    await sendButton(page).click();
    await page.getByRole('button', { name: 'Cancel' }).click();
    await expect(outcome(page)).toContainText('Request cancelled.');
    await expect(sendButton(page)).toBeEnabled();
  });

  test('after 30 seconds the request is abandoned with a timeout message', async ({ page }) => {
    await page.clock.install();
    await openPanel(page);
    await sendButton(page).click();
    await expect(page.getByRole('button', { name: 'Cancel' })).toBeVisible();
    await page.clock.fastForward(30_000);
    await expect(outcome(page)).toContainText('No answer within 30 seconds');
  });
});

/**
 * In place of the sandbox, for the test that calls it, a server answering every PATCH with
 * `body` and the CORS headers a page needs to read it. Returns the function that puts the
 * sandbox back.
 */
async function answerInsteadOfSandbox(body: Buffer | string): Promise<() => Promise<void>> {
  await stopTheSandbox();
  const standIn = createServer((request, response) => {
    const cors = { 'Access-Control-Allow-Origin': '*', 'Access-Control-Allow-Headers': 'Authorization, Content-Type', 'Access-Control-Allow-Methods': 'PATCH' };
    if (request.method === 'OPTIONS') return response.writeHead(204, cors).end();
    response.writeHead(200, { ...cors, 'Content-Type': 'application/json' }).end(body);
  });
  await new Promise<void>((resolve) => standIn.listen(port, '127.0.0.1', resolve));
  return async () => {
    await new Promise((resolve) => standIn.close(resolve));
    await startTheSandbox();
  };
}

/** How much the page holds: its elements and the characters of its text. */
function pageSize(page: Page): Promise<{ elements: number; text: number }> {
  return page.evaluate(() => ({ elements: document.querySelectorAll('*').length, text: document.body.textContent?.length ?? 0 }));
}

test.describe('a response of 10 MB', () => {
  // A long contact list, as the real API could send: JSON, with multi-byte characters.
  const contact = JSON.stringify({ uuid: '414a6d692bd645ed803f2e7ce360d4c8', name: 'Zoë 🚀 Müller', tags: ['Call back'] });
  const body = Buffer.from(`{"contacts":[${Array(Math.ceil((10 * 1024 * 1024) / Buffer.byteLength(`${contact},`))).fill(contact).join(',')}]}`);
  const megabytes = `${(body.length / 1024 / 1024).toFixed(1)} MB`;
  let restoreSandbox: () => Promise<void>;
  test.beforeEach(async () => {
    restoreSandbox = await answerInsteadOfSandbox(body);
  });
  test.afterEach(() => restoreSandbox());

  test('is shown one part at a time, as plain text, and copied or downloaded whole', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await openPanel(page);
    const before = await pageSize(page);
    await sendButton(page).click();
    await expect(outcome(page)).toHaveText('Success: 200 OK.');
    const response = page.getByRole('region', { name: 'Response from the server' });
    const extent = response.getByText(/^The body is/);
    const shown = response.getByLabel('Response body');
    const parts = Math.ceil(body.length / (64 * 1024));
    await expect(extent).toHaveText(
      `The body is ${megabytes}, too large to highlight: showing part 1 of ${parts}, bytes 1–65,536 of ${body.length.toLocaleString('en')}, as plain text.`,
    );
    // Only the part shown is decoded, and it is not highlighted: plain text, no token elements.
    expect(await shown.textContent()).toBe(body.subarray(0, 64 * 1024).toString('utf8'));
    await expect(shown.locator('*')).toHaveCount(0);
    // The page grew by one part's text and a few controls, not by the body.
    const after = await pageSize(page);
    expect(after.text - before.text, 'characters the answer added to the page').toBeLessThan(64 * 1024 + 4 * 1024);
    expect(after.elements - before.elements, 'elements the answer added to the page').toBeLessThan(200);
    // Still responsive: the form takes typing while the answer is on screen.
    await page.getByLabel('name', { exact: true }).fill('Still typing');
    await expect(page.getByLabel('name', { exact: true })).toHaveValue('Still typing');
    await response.getByRole('button', { name: 'Next part' }).click();
    await expect(extent).toContainText(`showing part 2 of ${parts}`);
    // The next bytes, up to the character that ends the part.
    const second = (await shown.textContent()) ?? '';
    expect(Buffer.byteLength(second)).toBeGreaterThan(64 * 1024 - 4);
    expect(Buffer.byteLength(second)).toBeLessThan(64 * 1024 + 4);
    expect(second).toBe(body.subarray(64 * 1024, 64 * 1024 + Buffer.byteLength(second)).toString('utf8'));

    const download = page.waitForEvent('download');
    await response.getByRole('button', { name: 'Download whole body' }).click();
    const saved = readFileSync(await (await download).path());
    expect(saved.equals(body)).toBe(true);

    await response.getByRole('button', { name: 'Copy whole body' }).click();
    await expect(response.getByRole('status')).toHaveText(`Copied the whole body (${megabytes}).`);
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied === body.toString('utf8'), 'the clipboard holds the body').toBe(true);
  });
});

test('through the proxy, a page of this site completes a PATCH on an API that sends no CORS headers', async ({ page, baseURL }) => {
  const received: { method?: string; url?: string; authorization?: string; body: string }[] = [];
  const api = createServer((request, response) => {
    let body = '';
    request.on('data', (chunk) => (body += chunk));
    request.on('end', () => {
      received.push({ method: request.method, url: request.url, authorization: request.headers.authorization, body });
      const answer = request.method === 'GET' ? { contact: johnDoe } : patch.response.example;
      response.writeHead(200, { 'Content-Type': 'application/json' }).end(JSON.stringify(answer));
    });
  });
  await new Promise<void>((resolve) => api.listen(0, '127.0.0.1', resolve));
  const proxy = await startProxy(
    { upstream: `http://127.0.0.1:${(api.address() as AddressInfo).port}`, allowedOrigins: [new URL(baseURL!).origin] },
    { port: Number(new URL(proxyUrl).port) },
  );
  try {
    await openPanel(page, { token: '' });
    await page.getByLabel('Server', { exact: true }).selectOption('callbell-api');
    await page.getByLabel('Token', { exact: true }).fill('live-token');
    await expect(page.getByText(/^Sent only to https:\/\/api\.callbell\.eu\/v1 through this site's proxy/)).toBeVisible();
    await expect(visibleSample(page)).toContainText('https://api.callbell.eu/v1/contacts/414a6d692bd645ed803f2e7ce360d4c8');
    await sendButton(page).click();
    // The confirmation shows what the PATCH will change, read first from the API.
    const willChange = page.getByRole('alertdialog').getByRole('table', { name: 'What will change' });
    await expect(willChange.getByRole('row', { name: /^tags/ })).toHaveText('tags[]["Call back","Interested"]');
    await expect(willChange.getByRole('row', { name: /^name/ })).toHaveText('name"John Doe"unchanged');
    await page.getByRole('button', { name: 'Send PATCH anyway' }).click();
    await expect(outcome(page)).toHaveText('Success: 200 OK.');
    const contactPath = '/v1/contacts/414a6d692bd645ed803f2e7ce360d4c8';
    expect(received).toEqual([
      { method: 'GET', url: contactPath, authorization: 'Bearer live-token', body: '' },
      { method: 'PATCH', url: contactPath, authorization: 'Bearer live-token', body: JSON.stringify(exampleValues(patch).body) },
    ]);
  } finally {
    await proxy.close();
    await new Promise((resolve) => api.close(resolve));
  }
});

test('the token stays out of storage, the URL and the samples unless remembered, and Forget removes it', async ({ page }) => {
  const token = 'my-secret-token-123';
  await openPanel(page, { token });
  await sendButton(page).click();
  await expect(page.getByRole('status')).toContainText('401');
  const everywhere = async () => [
    await page.evaluate(() => JSON.stringify(localStorage)),
    await page.evaluate(() => JSON.stringify(sessionStorage)),
    page.url(),
    ...(await page.locator('[role="tabpanel"] pre').allTextContents()),
  ].join('\n');
  expect(await everywhere()).not.toContain(token);

  await page.getByLabel('Remember on this device').check();
  expect(await page.evaluate(() => JSON.stringify(localStorage))).toContain(token);
  await page.reload();
  await page.getByRole('button', { name: 'Try it' }).click();
  await page.getByLabel('Server', { exact: true }).selectOption('local-sandbox');
  await expect(page.getByLabel('Token', { exact: true })).toHaveValue(token);

  await page.getByRole('button', { name: 'Forget' }).click();
  await expect(page.getByLabel('Token', { exact: true })).toHaveValue('');
  expect(await everywhere()).not.toContain(token);
});

test('after editing the form, every tab shows what the generator makes of those values and server', async ({ page }) => {
  await openPanel(page);
  await page.getByLabel('name', { exact: true }).fill(`Zoë "Z" O'Neil`);
  await page.getByRole('button', { name: 'Remove tags 2' }).click();
  await page.getByLabel('uuid', { exact: true }).fill('a/b c');
  // Back on the page, the samples keep the form's values and its server.
  await page.keyboard.press('Escape');
  const values: LooseValues = {
    path: { uuid: 'a/b c' },
    query: {},
    body: { name: `Zoë "Z" O'Neil`, tags: ['Call back'], custom_fields: { 'Billing Address': 'Main Street 1' } },
  };
  for (const id of languageIds) {
    await page.getByRole('tab', { name: languages[id].label, exact: true }).first().click();
    expect(await codeText(visibleSample(page))).toBe(generateSample(id, patch, values, baseUrl));
  }
});

/**
 * The real API (straight or through the proxy) as far as reading goes: the contact as it is,
 * which the panel reads to show what a PATCH will change. Writes are stopped and listed.
 */
async function readOnlyApi(page: Page): Promise<string[]> {
  const writes: string[] = [];
  for (const address of ['https://api.callbell.eu/**', `${proxyUrl}/**`]) {
    await page.route(address, (route) => {
      const cors = { 'Access-Control-Allow-Origin': '*', 'Access-Control-Allow-Headers': 'Authorization, Accept' };
      if (['GET', 'OPTIONS'].includes(route.request().method())) return route.fulfill({ headers: cors, json: { contact: johnDoe } });
      writes.push(route.request().url());
      return route.abort();
    });
  }
  return writes;
}

test('writes to the real API ask first, and "Don\'t send" writes nothing', async ({ page }) => {
  const writes = await readOnlyApi(page);
  await openPanel(page);
  await page.getByLabel('Server', { exact: true }).selectOption('callbell-api');
  await page.getByLabel('Token', { exact: true }).fill('live-token');
  await sendButton(page).click();
  await expect(page.getByRole('alertdialog')).toContainText('This changes real data');
  await page.getByRole('button', { name: "Don't send" }).click();
  await expect(page.getByRole('alertdialog')).toHaveCount(0);
  expect(writes).toEqual([]);
});

/**
 * What decides a control's colours: its element, classes and state, and the background it
 * sits on. Controls alike in all of these (nine language tabs, a row of "Remove" buttons) look
 * alike, so one of each kind is checked.
 */
function looks(element: Element): string {
  let background = '';
  for (let node = element.parentElement; node && !background; node = node.parentElement) {
    const colour = getComputedStyle(node).backgroundColor;
    if (colour !== 'rgba(0, 0, 0, 0)') background = colour;
  }
  const state = ['aria-selected', 'aria-pressed', 'disabled'].map((name) => element.getAttribute(name));
  return [element.tagName, element.className, ...state, background].join('|');
}

/**
 * Contrast of the buttons, links and tabs inside `scope` while pointed at, pressed and
 * focused. What a reader keeps seeing is where each 200 ms colour fade ends, which reduced
 * motion shows at once: a hundred fades are not waited for one by one.
 */
async function everyControlInEveryState(scope: Locator): Promise<string[]> {
  const page = scope.page();
  await page.emulateMedia({ reducedMotion: 'reduce' });
  const controls = scope.locator('button:visible, a[href]:visible, [role="tab"]:visible, summary:visible');
  const found: string[] = [];
  const checked = new Set<string>();
  for (let index = 0; index < (await controls.count()); index++) {
    const control = controls.nth(index);
    const kind = await control.evaluate(looks);
    if (checked.has(kind)) continue;
    checked.add(kind);
    const name = (await control.getAttribute('aria-label')) ?? (await control.textContent());
    const check = async (state: string) => {
      found.push(...(await contrastViolations(control)).map((violation) => `${state} "${name}": ${violation}`));
    };
    await control.hover();
    await check('hover');
    await page.mouse.down();
    await check('pressed');
    await page.mouse.move(0, 0); // let go elsewhere, so the press is not a click
    await page.mouse.up();
    await control.focus();
    await check('focus');
  }
  await page.emulateMedia({ reducedMotion: 'no-preference' });
  expect(checked.size, 'kinds of control checked').toBeGreaterThan(1);
  return found;
}

for (const colorScheme of ['light', 'dark'] as const) {
  test(`every state of the panel is accessible in ${colorScheme} mode, controls pointed at, pressed and focused`, async ({ page }) => {
    await page.emulateMedia({ colorScheme });
    await openPanel(page);
    await expect(page.locator('html')).toHaveAttribute('data-theme', colorScheme);
    expect(await axeViolations(page), 'panel open').toEqual([]);

    await page.getByLabel('uuid', { exact: true }).fill('');
    await sendButton(page).click();
    await expect(page.getByText('uuid is required')).toBeVisible();
    expect(await axeViolations(page), 'problems shown').toEqual([]);
    await page.getByLabel('uuid', { exact: true }).fill('414a6d692bd645ed803f2e7ce360d4c8');

    await page.getByLabel('Remember on this device').check();
    await sendButton(page).click();
    await expect(outcome(page)).toHaveText('Success: 200 OK.');
    await page.getByText(/^Response headers/).click();
    expect(await axeViolations(page), 'response shown, token remembered').toEqual([]);
    expect(await everyControlInEveryState(page.getByRole('dialog'))).toEqual([]);
  });

  test(`an error answer and the confirmation are accessible in ${colorScheme} mode, its controls pointed at, pressed and focused`, async ({ page }) => {
    await page.emulateMedia({ colorScheme });
    await openPanel(page);
    await page.getByLabel('Token', { exact: true }).fill('wrong');
    await sendButton(page).click();
    await expect(outcome(page)).toContainText('answered 401');
    expect(await axeViolations(page), 'error response shown').toEqual([]);

    await readOnlyApi(page);
    await page.getByLabel('Server', { exact: true }).selectOption('callbell-api');
    await page.getByLabel('Token', { exact: true }).fill('live-token');
    await sendButton(page).click();
    await expect(page.getByRole('alertdialog').getByRole('table', { name: 'What will change' })).toBeVisible();
    expect(await axeViolations(page), 'confirmation asked').toEqual([]);
    expect(await everyControlInEveryState(page.getByRole('alertdialog'))).toEqual([]);
  });
}

for (const colorScheme of ['light', 'dark'] as const) {
  test(`the request block's controls, behind the dialog once closed, keep their contrast in ${colorScheme} mode`, async ({ page }) => {
    await page.emulateMedia({ colorScheme });
    await openPanel(page);
    await sendButton(page).click();
    await expect(outcome(page)).toHaveText('Success: 200 OK.');
    await page.keyboard.press('Escape');
    expect(await everyControlInEveryState(page.getByRole('region', { name: /^Example request/ }))).toEqual([]);
  });
}

test('with reduced motion asked for, buttons change colour at once', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await openPanel(page);
  await sendButton(page).hover();
  expect(await page.evaluate(() => document.getAnimations().length)).toBe(0);
});

test('the panel works from the keyboard alone', async ({ page }) => {
  await page.goto(patchPage);
  const tryIt = page.getByRole('button', { name: 'Try it' });
  await tryIt.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByLabel('Server', { exact: true })).toBeVisible(); // the panel's chunk has arrived
  // The bar first (Send, Close), then the form.
  await page.keyboard.press('Tab');
  await expect(sendButton(page)).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('dialog').getByRole('button', { name: 'Close', exact: true })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('Server', { exact: true })).toBeFocused();
  await page.getByLabel('Server', { exact: true }).selectOption('local-sandbox');
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('Token', { exact: true })).toBeFocused();
  await page.keyboard.type(DEMO_TOKEN);
  await sendButton(page).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status')).toContainText('200 OK');
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await expect(tryIt).toBeFocused();
});

test('a problem found after a 401 leaves no 401 on screen: one answer at a time', async ({ page }) => {
  await openPanel(page, { token: 'not-the-token' });
  await sendButton(page).click();
  await expect(outcome(page)).toContainText('answered 401');
  const dialog = page.getByRole('dialog');
  await expect(dialog).toContainText('Invalid API token');

  await page.getByLabel('Token', { exact: true }).fill(DEMO_TOKEN);
  await page.getByLabel('assigned_user', { exact: true }).fill('not an email');
  await sendButton(page).click();
  await expect(dialog.getByText('assigned_user must be an email address')).toBeVisible();
  await expect(dialog).not.toContainText('401');
  await expect(dialog).not.toContainText('Invalid API token');
  await expect(dialog.getByRole('region', { name: 'Response from the server' })).toHaveCount(0);
});

test.describe('the send-message form: nested fields, variants, lists and checkboxes', () => {
  const sendMessage = getRequest('messages_api', 'post_send_messages');
  const sendPage = '/api_reference/messages_api/post_send_messages';
  /** The first example block of the page: the text message. */
  const textExample = (page: Page) => page.getByRole('region', { name: /^Example request/ }).first();
  const field = (page: Page, name: string) => textExample(page).getByLabel(name, { exact: true });

  async function openSendPanel(page: Page) {
    await page.goto(sendPage);
    await textExample(page).getByRole('button', { name: 'Try it' }).click();
    await field(page, 'Server').selectOption('local-sandbox');
    await field(page, 'Token').fill(DEMO_TOKEN);
  }

  /** The JSON bodies the page sends to the sandbox's send endpoint. */
  function sentBodies(page: Page): unknown[] {
    const bodies: unknown[] = [];
    page.on('request', (request) => {
      if (request.method() === 'POST' && request.url() === `${baseUrl}/messages/send`) bodies.push(JSON.parse(request.postData() ?? 'null'));
    });
    return bodies;
  }

  test('switching the type swaps the content fields, keeps what was typed, and the samples follow', async ({ page }) => {
    const sent = sentBodies(page);
    await openSendPanel(page);
    await expect(field(page, 'content.text')).toHaveValue('Hello!');
    await expect(field(page, 'content.url')).toHaveCount(0);

    await field(page, 'type').selectOption('image');
    const caption = `O'Brien "Bob" $(touch /tmp/x) \\ 🚀`;
    await field(page, 'content.url').fill('https://example.com/a.jpeg');
    await field(page, 'content.text').fill(caption);
    await textExample(page).getByRole('button', { name: 'Add an entry to metadata' }).click();
    await textExample(page).getByLabel('metadata 1 name').fill('order "7"');
    await textExample(page).getByLabel('metadata 1 value').fill('$HOME');
    const body = {
      ...exampleValues(sendMessage).body,
      type: 'image',
      content: { text: caption, url: 'https://example.com/a.jpeg' },
      metadata: { 'order "7"': '$HOME' },
    };
    expect(JSON.parse(await textExample(page).getByLabel('JSON body').inputValue())).toEqual(body);
    // Closed, the dialog shows the page's samples following it; reopened, it is as it was left.
    await page.keyboard.press('Escape');
    for (const id of ['curl', 'python'] as const) {
      await textExample(page).getByRole('tab', { name: languages[id].label, exact: true }).click();
      const sample = textExample(page).locator('[role="tabpanel"]:not([hidden]) pre code').first();
      expect(await codeText(sample)).toBe(generateSample(id, sendMessage, { path: {}, query: {}, body }, baseUrl));
    }
    await textExample(page).getByRole('button', { name: 'Try it' }).click();

    await textExample(page).getByRole('button', { name: 'Send POST request' }).click();
    await expect(textExample(page).locator('.alert').last()).toHaveText('Success: 200 OK.');
    expect(sent).toEqual([body]);
    const { uuid } = JSON.parse((await textExample(page).getByRole('region', { name: 'Response from the server' }).locator('pre').textContent()) ?? '{}').message;
    expect((await send(`${baseUrl}/messages/status/${uuid}`)).status).toBe(200);

    // Back to text: the URL has no place there, and comes back with the image type.
    await field(page, 'type').selectOption('text');
    await expect(field(page, 'content.url')).toHaveCount(0);
    await expect(field(page, 'content.text')).toHaveValue(caption);
    await field(page, 'type').selectOption('image');
    await expect(field(page, 'content.url')).toHaveValue('https://example.com/a.jpeg');
  });

  test('a multi-line content.text typed in the form arrives byte for byte, and the sample shows its \\n', async ({ page }) => {
    const sent: string[] = [];
    page.on('request', (request) => {
      if (request.method() === 'POST' && request.url() === `${baseUrl}/messages/send`) sent.push(request.postData() ?? '');
    });
    await openSendPanel(page);
    const text = field(page, 'content.text');
    await expect(text).toHaveJSProperty('tagName', 'TEXTAREA');
    await text.fill('');
    // Typed as a reader types: Enter starts a line, twice a paragraph.
    for (const [index, line] of ['Hello Jack,', '', 'Your order has shipped.', '  Thanks!'].entries()) {
      if (index > 0) await text.press('Enter');
      await text.pressSequentially(line);
    }
    const typed = 'Hello Jack,\n\nYour order has shipped.\n  Thanks!';
    await expect(text).toHaveValue(typed);
    const body = { ...exampleValues(sendMessage).body, content: { text: typed } };

    await textExample(page).getByRole('button', { name: 'Send POST request' }).click();
    await expect(textExample(page).locator('.alert').last()).toHaveText('Success: 200 OK.');
    expect(sent).toEqual([JSON.stringify(body)]);
    expect(sent[0]).toContain('"text":"Hello Jack,\\n\\nYour order has shipped.\\n  Thanks!"');

    await page.keyboard.press('Escape');
    const sample = textExample(page).locator('[role="tabpanel"]:not([hidden]) pre code').first();
    expect(await codeText(sample)).toBe(generateSample('curl', sendMessage, { path: {}, query: {}, body }, baseUrl));
    await expect(sample).toContainText('Hello Jack,\\n\\nYour order has shipped.\\n  Thanks!');
  });

  test('nested required fields and the to-or-bsuid rule are checked beside their fields before sending', async ({ page }) => {
    const sent = sentBodies(page);
    await openSendPanel(page);
    await field(page, 'to').fill('');
    await field(page, 'type').selectOption('document');
    await textExample(page).getByRole('button', { name: 'Send POST request' }).click();
    await expect(textExample(page).getByText('to is required, unless bsuid is given')).toBeVisible();
    await expect(textExample(page).getByText('content.url is required')).toBeVisible();
    await expect(field(page, 'to')).toBeFocused();
    expect(sent).toEqual([]);
  });

  test('a template: the checkbox, the list of values and the 24-hour rule answered by the sandbox', async ({ page }) => {
    await openSendPanel(page);
    await field(page, 'to').fill('+123456789'); // John Doe last wrote three days ago
    await textExample(page).getByRole('button', { name: 'Send POST request' }).click();
    await expect(textExample(page).locator('.alert').last()).toContainText('answered 422');
    await expect(textExample(page).getByRole('region', { name: 'Response from the server' })).toContainText('template');

    await field(page, 'template_uuid').fill(welcomeTemplate.uuid);
    await textExample(page).getByRole('button', { name: 'Send POST request' }).click();
    await expect(textExample(page).getByText('optin_contact is required when template_uuid is given')).toBeVisible();
    await field(page, 'optin_contact').check();
    await textExample(page).getByRole('button', { name: 'Add an item to template_values' }).click();
    await textExample(page).getByLabel('template_values 1', { exact: true }).fill('Jack');
    expect(JSON.parse(await textExample(page).getByLabel('JSON body').inputValue())).toMatchObject({
      optin_contact: true,
      template_values: ['Jack'],
    });
    await textExample(page).getByRole('button', { name: 'Send POST request' }).click();
    await expect(textExample(page).locator('.alert').last()).toHaveText('Success: 200 OK.');
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    test(`the nested form is accessible in ${colorScheme} mode, with problems shown`, async ({ page }) => {
      await page.emulateMedia({ colorScheme });
      await openSendPanel(page);
      await field(page, 'type').selectOption('image');
      expect(await axeViolations(page), 'variant switched').toEqual([]);
      await field(page, 'content.url').fill('');
      await textExample(page).getByRole('button', { name: 'Send POST request' }).click();
      await expect(textExample(page).getByText('content.url is required')).toBeVisible();
      expect(await axeViolations(page), 'problems shown').toEqual([]);
    });
  }
});
