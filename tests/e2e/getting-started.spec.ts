/**
 * The getting-started page as a reader of the published site follows it: no local server, the
 * in-browser sandbox and its demo token, from checking the token to a message that is `read`,
 * the uuid the send step answered carried into the status step's form and samples.
 */
import { sandboxDelivery } from '@site/src/requests/messages_api/objects';
import { axeViolations, expect, test } from './fixtures';
import { answer, close, dialog, stepBlock, trySend } from './recipe-page';

const page_ = '/api_reference/getting_started';

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
    await trySend(page, 'POST /messages/send');
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

test('a reader who reloads the page after sending finds the status step still holding their message', async ({ page }) => {
  await page.goto(page_);
  await trySend(page, 'POST /messages/send');
  await expect(answer(page)).toContainText('"status": "enqueued"');
  const uuid = /"uuid": "([0-9a-f]+)"/.exec((await answer(page).textContent())!)![1]!;
  await close(page);
  await page.reload();
  const status = stepBlock(page, 'GET /messages/status/:uuid');
  await expect(status.locator('[role="tabpanel"]:not([hidden]) pre code')).toContainText(`/v1/messages/status/${uuid}`);
  await status.getByRole('button', { name: 'Try it' }).click();
  await expect(dialog(page).getByLabel('uuid', { exact: true })).toHaveValue(uuid);
  await dialog(page).getByRole('button', { name: 'Send GET request' }).click();
  await expect(answer(page)).toContainText(`"uuid": "${uuid}"`);
});
