/**
 * The in-browser sandbox, as a reader of the published site meets it: nothing runs but the
 * static site (this file starts no sandbox), and no request leaves the site's origin.
 */
import type { Page } from '@playwright/test';
import { axeViolations, codeText, expect, patchPage, test, visibleSample } from './fixtures';

/** The visible message about the last request, in the (first) request block. */
const outcome = (page: Page) => page.getByRole('region', { name: /^Example request/ }).first().locator('.alert').last();
const response = (page: Page) => page.getByRole('region', { name: 'Response from the server' });

/** Opens the page's panel on the in-browser sandbox, with the demo token it offers. */
async function openOnInBrowserSandbox(page: Page, path: string) {
  await page.goto(path);
  await page.getByRole('button', { name: 'Try it' }).click();
  // First in a production build, and remembered once chosen.
  await expect(page.getByLabel('Server', { exact: true })).toHaveValue('in-browser');
  await page.getByRole('button', { name: 'Use the demo token' }).click();
}

test('a reader with nothing installed sends a PATCH, sees it checked, undoes it, and reads the change on another page', async ({ page, baseURL }) => {
  const origin = new URL(baseURL!).origin;
  const foreign: string[] = [];
  page.on('request', (request) => {
    if (!request.url().startsWith(origin)) foreign.push(request.url());
  });

  await openOnInBrowserSandbox(page, patchPage);
  await expect(page.getByText(/^Runs in this page on demo data kept for this browser session/)).toBeVisible();
  // The samples still show what a reader's code will call: the real API.
  expect(await codeText(visibleSample(page))).toContain('https://api.callbell.eu/v1/contacts/414a6d692bd645ed803f2e7ce360d4c8');

  await page.getByLabel('name', { exact: true }).fill('Johnny');
  await page.getByRole('button', { name: /^Send PATCH/ }).click();
  await expect(outcome(page)).toHaveText('Success: 200 OK.');
  await expect(response(page)).toContainText('"name": "Johnny"');
  await expect(response(page)).toContainText('Matches the documented schema (the 200 response of this request).');
  await expect(page.getByRole('table', { name: 'What changed' }).getByRole('row', { name: /^name/ })).toHaveText('name"John Doe""Johnny"');
  expect(await axeViolations(page), 'answer shown, with what changed and Undo').toEqual([]);

  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(outcome(page)).toHaveText('Undone: the previous values are back.');
  await expect(response(page)).toContainText('"name": "John Doe"');

  await page.getByLabel('name', { exact: true }).fill('Second Try');
  await page.getByRole('button', { name: /^Send PATCH/ }).click();
  await expect(outcome(page)).toHaveText('Success: 200 OK.');

  // Another page of the site, loaded afresh: the same session's account.
  await openOnInBrowserSandbox(page, '/api_reference/contacts_api/get_contact');
  await page.getByRole('button', { name: /^Send GET/ }).click();
  await expect(response(page)).toContainText('"name": "Second Try"');

  expect(foreign, 'requests that left the site').toEqual([]);
});

test('the in-browser sandbox answers with the sandbox error shape', async ({ page }) => {
  await openOnInBrowserSandbox(page, patchPage);
  await page.getByLabel('Token', { exact: true }).fill('not-the-token');
  await page.getByRole('button', { name: /^Send PATCH/ }).click();
  await expect(outcome(page)).toContainText('answered 401 Unauthorized');
  await expect(response(page)).toContainText("Matches the documented schema (the sandbox's error shape).");
});

test('a change stays in its browser session: a new tab starts from the demo data', async ({ page }) => {
  await openOnInBrowserSandbox(page, patchPage);
  await page.getByLabel('name', { exact: true }).fill('Changed In The First Tab');
  await page.getByRole('button', { name: /^Send PATCH/ }).click();
  await expect(outcome(page)).toHaveText('Success: 200 OK.');

  // The same browser (cookies and localStorage shared), another tab: another session.
  const otherTab = await page.context().newPage();
  try {
    await openOnInBrowserSandbox(otherTab, '/api_reference/contacts_api/get_contact');
    await otherTab.getByRole('button', { name: /^Send GET/ }).click();
    await expect(response(otherTab)).toContainText('"name": "John Doe"');
  } finally {
    await otherTab.close();
  }
  // And the first tab still has its change.
  await openOnInBrowserSandbox(page, '/api_reference/contacts_api/get_contact');
  await page.getByRole('button', { name: /^Send GET/ }).click();
  await expect(response(page)).toContainText('"name": "Changed In The First Tab"');
});
