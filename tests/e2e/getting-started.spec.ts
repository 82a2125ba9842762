/**
 * The getting-started page as a reader of the published site follows it: no local server, the
 * in-browser sandbox and its demo token, from checking the token to a message that is `read`,
 * the uuid the send step answered carried into the status step's form and samples.
 */
import type { Page } from '@playwright/test';
import { sandboxDelivery } from '@site/src/requests/messages_api/objects';
import { axeViolations, expect, test } from './fixtures';
import { answer, close, dialog, stepBlock, trySend } from './recipe-page';

const page_ = '/api_reference/getting_started';

/** Step 3 from its "Try it": the uuid of the message it sent. */
async function sendFirstText(page: Page): Promise<string> {
  await trySend(page, 'POST /messages/send');
  await expect(answer(page)).toContainText('"status": "enqueued"');
  const uuid = /"uuid": "([0-9a-f]+)"/.exec((await answer(page).textContent())!)![1]!;
  await close(page);
  return uuid;
}

/** Step 4's samples and form hold `uuid`; its "Try it" asks for that message's status (the dialog stays open). */
async function askStatusOf(page: Page, uuid: string): Promise<void> {
  const status = stepBlock(page, 'GET /messages/status/:uuid');
  await expect(status.locator('[role="tabpanel"]:not([hidden]) pre code')).toContainText(`/v1/messages/status/${uuid}`);
  await status.getByRole('button', { name: 'Try it' }).click();
  await expect(dialog(page).getByLabel('uuid', { exact: true })).toHaveValue(uuid);
  await dialog(page).getByRole('button', { name: 'Send GET request' }).click();
  await expect(answer(page)).toContainText(`"uuid": "${uuid}"`);
}

for (const colorScheme of ['light', 'dark'] as const) {
  test(`a reader with nothing installed goes from checking the demo token to a read message (${colorScheme} mode)`, async ({ page }) => {
    await page.emulateMedia({ colorScheme });
    // The sandbox's statuses move on with its clock; the test moves the page's instead of waiting.
    await page.clock.install();
    await page.goto(page_);
    await expect(page.locator('html')).toHaveAttribute('data-theme', colorScheme);
    expect(await axeViolations(page), 'page as loaded').toEqual([]);

    // Step 2: the token the panel starts with is the sandbox's demo token.
    await trySend(page, 'GET /auth/me');
    await expect(answer(page)).toContainText('"status": "ok"');
    expect(await axeViolations(page), 'token checked').toEqual([]);
    await close(page);

    // Step 3: the answer's uuid is the message's.
    const uuid = await sendFirstText(page);

    // Step 4: its samples and its form hold that uuid, not the example's.
    await askStatusOf(page, uuid);
    await expect(answer(page)).not.toContainText('"status": "read"');

    // Every status of the timeline later, asking again finds it read.
    await page.clock.fastForward(sandboxDelivery.timeline.length * sandboxDelivery.stepSeconds * 1000);
    await dialog(page).getByRole('button', { name: 'Send GET request' }).click();
    await expect(answer(page)).toContainText('"status": "read"');
    expect(await axeViolations(page), 'message read').toEqual([]);
  });
}

test('a reader who reloads the page after sending finds the status step still holding their message', async ({ page }) => {
  await page.goto(page_);
  const uuid = await sendFirstText(page);
  await page.reload();
  await askStatusOf(page, uuid);
});
