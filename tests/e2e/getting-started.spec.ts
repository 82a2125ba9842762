/**
 * The getting-started page as a reader of the published site follows it: no local server, the
 * in-browser sandbox and its demo token, from checking the token to a message that is `read`,
 * the uuid the send step answered carried into the status step's form and samples.
 */
import type { Locator, Page } from '@playwright/test';
import { sandboxDelivery } from '@site/src/requests/messages_api/objects';
import { axeViolations, expect, test } from './fixtures';

const page_ = '/api_reference/getting_started';

const stepBlock = (page: Page, request: string) => page.getByRole('region', { name: `Step request: ${request}` });
const dialog = (page: Page) => page.getByRole('dialog');
const answer = (page: Page) => dialog(page).getByRole('region', { name: 'Response from the server' });

/** Opens the step's "Try it", sends what its form holds, and waits for the answer. */
async function trySend(page: Page, block: Locator, method: string): Promise<void> {
  await block.getByRole('button', { name: 'Try it' }).click();
  await expect(dialog(page).getByLabel('Server', { exact: true })).toHaveValue('in-browser');
  await dialog(page).getByRole('button', { name: `Send ${method} request` }).click();
  await expect(dialog(page).locator('.alert').last()).toHaveText('Success: 200 OK.');
}

const close = (page: Page) => dialog(page).getByRole('button', { name: 'Close', exact: true }).click();

for (const colorScheme of ['light', 'dark'] as const) {
  test(`a reader with nothing installed goes from checking the demo token to a read message (${colorScheme} mode)`, async ({ page }) => {
    await page.emulateMedia({ colorScheme });
    // The sandbox's statuses move on with its clock; the test moves the page's instead of waiting.
    await page.clock.install();
    await page.goto(page_);
    await expect(page.locator('html')).toHaveAttribute('data-theme', colorScheme);
    expect(await axeViolations(page), 'page as loaded').toEqual([]);

    // Step 2: the token the panel starts with is the sandbox's demo token.
    await trySend(page, stepBlock(page, 'GET /auth/me'), 'GET');
    await expect(answer(page)).toContainText('"status": "ok"');
    expect(await axeViolations(page), 'token checked').toEqual([]);
    await close(page);

    // Step 3: the answer's uuid is the message's.
    await trySend(page, stepBlock(page, 'POST /messages/send'), 'POST');
    await expect(answer(page)).toContainText('"status": "enqueued"');
    const uuid = /"uuid": "([0-9a-f]+)"/.exec((await answer(page).textContent())!)![1]!;
    await close(page);

    // Step 4: its samples and its form hold that uuid, not the example's.
    const status = stepBlock(page, 'GET /messages/status/:uuid');
    await expect(status.locator('[role="tabpanel"]:not([hidden]) pre code')).toContainText(`/v1/messages/status/${uuid}`);
    await status.getByRole('button', { name: 'Try it' }).click();
    await expect(dialog(page).getByLabel('uuid', { exact: true })).toHaveValue(uuid);
    await dialog(page).getByRole('button', { name: 'Send GET request' }).click();
    await expect(answer(page)).toContainText(`"uuid": "${uuid}"`);
    await expect(answer(page)).not.toContainText('"status": "read"');

    // Every status of the timeline later, asking again finds it read.
    await page.clock.fastForward(sandboxDelivery.timeline.length * sandboxDelivery.stepSeconds * 1000);
    await dialog(page).getByRole('button', { name: 'Send GET request' }).click();
    await expect(answer(page)).toContainText('"status": "read"');
    expect(await axeViolations(page), 'message read').toEqual([]);
  });
}
