/**
 * The recipes as a reader of the published site follows them: no local server, the in-browser
 * sandbox and its demo token. Each runs to its end; the webhook events a step shows are the ones
 * it caused, each checked against its schema; values flow from one step's answer to the next.
 */
import { janJansen } from '@site/src/requests/contacts_api/objects';
import { sandboxDelivery } from '@site/src/requests/messages_api/objects';
import { axeViolations, expect, test } from './fixtures';
import { answer, close, dialog, eventsOf, stepBlock, trySend } from './recipe-page';

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
    await trySend(page, 'POST /webhooks/subscribe');
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

for (const colorScheme of ['light', 'dark'] as const) {
  test(`the CRM recipe runs to its end: the contact it creates is the one it updates, and the webhook hears both (${colorScheme} mode)`, async ({ page }) => {
    await page.emulateMedia({ colorScheme });
    await page.goto('/api_reference/recipes/crm_contact');
    await expect(page.locator('html')).toHaveAttribute('data-theme', colorScheme);
    expect(await axeViolations(page), 'page as loaded').toEqual([]);

    await trySend(page, 'POST /webhooks/subscribe');
    await close(page);

    await trySend(page, 'POST /contacts');
    const uuid = /"uuid": "([0-9a-f]+)"/.exec((await answer(page).textContent())!)![1]!;
    await close(page);
    const created = eventsOf(page, 'POST /contacts');
    await expect(created.getByRole('listitem')).toHaveCount(1);
    await expect(created.getByRole('listitem')).toContainText('contact_created: Matches the documented schema of the contact_created event.');
    await expect(created).toContainText(`"uuid": "${uuid}"`);
    await expect(created).toContainText('"Billing Address": "Main Street 1"');

    // The update's samples and form name the new contact, by uuid and name.
    const update = stepBlock(page, 'PATCH /contacts/:uuid');
    await expect(update.locator('[role="tabpanel"]:not([hidden]) pre code')).toContainText(`/v1/contacts/${uuid}`);
    await update.getByRole('button', { name: 'Try it' }).click();
    await expect(dialog(page).getByLabel('uuid', { exact: true })).toHaveValue(uuid);
    await expect(dialog(page).getByLabel('name', { exact: true })).toHaveValue('Ada Lovelace');
    await dialog(page).getByRole('button', { name: 'Send PATCH request' }).click();
    await expect(dialog(page).locator('.alert').last()).toHaveText('Success: 200 OK.');
    await close(page);
    const updated = eventsOf(page, 'PATCH /contacts/:uuid');
    await expect(updated.getByRole('listitem')).toHaveCount(1);
    await expect(updated.getByRole('listitem')).toContainText('contact_updated: Matches the documented schema of the contact_updated event.');
    await expect(updated).toContainText(`"uuid": "${uuid}"`);
    await expect(updated).toContainText('"Interested"');
    expect(await axeViolations(page), 'contact created and updated, events shown').toEqual([]);
  });
}

for (const colorScheme of ['light', 'dark'] as const) {
  test(`the reminder recipe runs to its end: the conversation it closes is the reminded contact's (${colorScheme} mode)`, async ({ page }) => {
    await page.emulateMedia({ colorScheme });
    // The reminder's statuses come later by the sandbox's clock; the test moves the page's.
    await page.clock.install();
    await page.goto('/api_reference/recipes/appointment_reminder');
    await expect(page.locator('html')).toHaveAttribute('data-theme', colorScheme);

    await trySend(page, 'POST /webhooks/subscribe');
    await close(page);

    await trySend(page, 'POST /messages/send');
    await expect(answer(page)).toContainText(`"uuid": "${janJansen.uuid}"`);
    await close(page);
    // At once: the message and its first status; the others as they are reached.
    const reminded = eventsOf(page, 'POST /messages/send');
    await expect(reminded.getByRole('listitem')).toHaveCount(2);
    await expect(reminded.getByRole('paragraph').first()).toHaveText('The webhook would receive these 2 events, and 3 more as the message moves on (each shows here when it happens):');
    await expect(reminded.getByRole('listitem').nth(0)).toContainText('message_created: Matches the documented schema of the message_created event.');
    await expect(reminded).toContainText('"text": "Reminder: your appointment is tomorrow');
    await expect(reminded.getByRole('listitem').nth(1)).toContainText('message_status_updated: Matches the documented schema of the message_status_updated event.');
    await expect(reminded.getByRole('listitem').nth(1)).toContainText('"status": "enqueued"');
    await page.clock.fastForward(sandboxDelivery.timeline.length * sandboxDelivery.stepSeconds * 1000);
    await expect(reminded.getByRole('listitem')).toHaveCount(5);
    await expect(reminded.getByRole('listitem').nth(4)).toContainText('"status": "read"');
    await expect(reminded.getByRole('paragraph').first()).toHaveText('The webhook would receive these 5 events:');

    const closing = stepBlock(page, 'POST /contacts/:uuid/conversation/close');
    await expect(closing.locator('[role="tabpanel"]:not([hidden]) pre code')).toContainText(`/v1/contacts/${janJansen.uuid}/conversation/close`);
    await trySend(page, 'POST /contacts/:uuid/conversation/close');
    await close(page);
    const closed = eventsOf(page, 'POST /contacts/:uuid/conversation/close');
    await expect(closed.getByRole('listitem')).toHaveCount(1);
    await expect(closed.getByRole('listitem')).toContainText('conversation_closed: Matches the documented schema of the conversation_closed event.');
    await expect(closed).toContainText(`"uuid": "${janJansen.uuid}"`);
    expect(await axeViolations(page), 'reminder sent, conversation closed, events shown').toEqual([]);
  });
}

for (const colorScheme of ['light', 'dark'] as const) {
  test(`the order recipe runs to its end: a template reaches a new number, and the contact it created is read (${colorScheme} mode)`, async ({ page }) => {
    await page.emulateMedia({ colorScheme });
    await page.goto('/api_reference/recipes/order_confirmation');
    await expect(page.locator('html')).toHaveAttribute('data-theme', colorScheme);

    await trySend(page, 'POST /webhooks/subscribe');
    await close(page);

    await trySend(page, 'POST /messages/send');
    const uuid = /"contact": \{\s*"uuid": "([0-9a-f]+)"/.exec((await answer(page).textContent())!)![1]!;
    await close(page);
    const confirmed = eventsOf(page, 'POST /messages/send');
    await expect(confirmed.getByRole('listitem')).toHaveCount(1);
    await expect(confirmed.getByRole('listitem')).toContainText('message_created: Matches the documented schema of the message_created event.');
    await expect(confirmed).toContainText('"text": "Hello Ada, this is a template message example"');
    await expect(confirmed).toContainText('"to": "447700900789"');

    await expect(stepBlock(page, 'GET /contacts/:uuid').locator('[role="tabpanel"]:not([hidden]) pre code')).toContainText(`/v1/contacts/${uuid}`);
    await trySend(page, 'GET /contacts/:uuid');
    await expect(answer(page)).toContainText('"phoneNumber": "447700900789"');
    await close(page);
    expect(await axeViolations(page), 'confirmation sent, new contact read').toEqual([]);
  });
}
