/**
 * The recipes as a reader of the published site follows them: no local server, the in-browser
 * sandbox and its demo token. Each runs to its end; the webhook events a step shows are the ones
 * it caused, each checked against its schema; values flow from one step's answer to the next.
 */
import type { Page } from '@playwright/test';
import { janJansen } from '@site/src/requests/contacts_api/objects';
import { axeViolations, expect, test } from './fixtures';

const dialog = (page: Page) => page.getByRole('dialog');
const answer = (page: Page) => dialog(page).getByRole('region', { name: 'Response from the server' });
const stepBlock = (page: Page, request: string) => page.getByRole('region', { name: `Step request: ${request}` });
/** The webhook events shown under the step `step` names (its request, or "the customer writes"). */
const eventsOf = (page: Page, step: string) => page.getByRole('region', { name: `Webhook events: ${step}` });

async function trySend(page: Page, request: string, method: string): Promise<void> {
  await stepBlock(page, request).getByRole('button', { name: 'Try it' }).click();
  await expect(dialog(page).getByLabel('Server', { exact: true })).toHaveValue('in-browser');
  await dialog(page).getByRole('button', { name: `Send ${method} request` }).click();
  await expect(dialog(page).locator('.alert').last()).toHaveText('Success: 200 OK.');
}

const close = (page: Page) => dialog(page).getByRole('button', { name: 'Close', exact: true }).click();

for (const colorScheme of ['light', 'dark'] as const) {
  test(`the bot recipe runs to its end: a customer's message is heard, and the reply goes to their number (${colorScheme} mode)`, async ({ page }) => {
    await page.emulateMedia({ colorScheme });
    await page.goto('/api_reference/recipes/bot_reply');
    await expect(page.locator('html')).toHaveAttribute('data-theme', colorScheme);
    expect(await axeViolations(page), 'page as loaded').toEqual([]);

    // Before the webhook subscribes, a customer's message is kept but no webhook hears of it.
    const customer = page.getByRole('region', { name: 'Step: the customer writes' });
    await customer.getByRole('button', { name: 'Have the customer write' }).click();
    await expect(customer.getByRole('status')).toHaveText('The customer wrote, but no webhook would hear of it: subscribe to message_created first (step 1).');
    await expect(page.getByRole('region', { name: /^Webhook events/ })).toHaveCount(0);

    // 1. Subscribing causes no event.
    await trySend(page, 'POST /webhooks/subscribe', 'POST');
    await expect(answer(page)).toContainText('"enabled": true');
    await close(page);
    await expect(page.getByRole('region', { name: /^Webhook events/ })).toHaveCount(0);

    // 2. The customer writes: one message_created, received, valid.
    await customer.getByRole('button', { name: 'Have the customer write' }).click();
    await expect(customer.getByRole('status')).toHaveText('The customer wrote: the in-browser sandbox has their message.');
    await expect(page.getByRole('region', { name: /^Webhook events/ })).toHaveCount(1);
    const heard = eventsOf(page, 'the customer writes');
    await expect(heard.getByRole('listitem')).toHaveCount(1);
    await expect(heard.getByRole('listitem')).toContainText('message_created: Matches the documented schema of the message_created event.');
    await expect(heard).toContainText('"status": "received"');
    await expect(heard).toContainText(`"from": "${janJansen.phoneNumber}"`);
    expect(await axeViolations(page), 'customer wrote, event shown').toEqual([]);

    // 3. The reply takes the event's from: in its samples, its form, and the event it causes.
    const reply = stepBlock(page, 'POST /messages/send');
    await expect(reply.locator('[role="tabpanel"]:not([hidden]) pre code')).toContainText(`"to": "${janJansen.phoneNumber}"`);
    await reply.getByRole('button', { name: 'Try it' }).click();
    await expect(dialog(page).getByLabel('to', { exact: true })).toHaveValue(janJansen.phoneNumber);
    await dialog(page).getByRole('button', { name: 'Send POST request' }).click();
    await expect(dialog(page).locator('.alert').last()).toHaveText('Success: 200 OK.');
    await close(page);
    const replied = eventsOf(page, 'POST /messages/send');
    await expect(replied.getByRole('listitem')).toHaveCount(1);
    await expect(replied.getByRole('listitem')).toContainText('message_created: Matches the documented schema of the message_created event.');
    await expect(replied).toContainText('"status": "sent"');
    await expect(replied).toContainText(`"to": "${janJansen.phoneNumber}"`);
    expect(await axeViolations(page), 'reply sent, its event shown').toEqual([]);
  });
}
