/** Reading and running the steps of a recipe page (Getting started, the recipes) as a reader does. */
import type { Page } from '@playwright/test';
import { expect } from './fixtures';

export const dialog = (page: Page) => page.getByRole('dialog');
export const answer = (page: Page) => dialog(page).getByRole('region', { name: 'Response from the server' });
/** The step whose request is `request` ("POST /messages/send"). */
export const stepBlock = (page: Page, request: string) => page.getByRole('region', { name: `Step request: ${request}` });
/** The webhook events shown under the step `step` names (its request, or "the customer writes"). */
export const eventsOf = (page: Page, step: string) => page.getByRole('region', { name: `Webhook events: ${step}` });

/** Opens the step's "Try it" (on the in-browser sandbox), sends what its form holds, and waits for a success. */
export async function trySend(page: Page, request: string): Promise<void> {
  await stepBlock(page, request).getByRole('button', { name: 'Try it' }).click();
  await expect(dialog(page).getByLabel('Server', { exact: true })).toHaveValue('in-browser');
  await dialog(page).getByRole('button', { name: `Send ${request.split(' ')[0]} request` }).click();
  await expect(dialog(page).locator('.alert').last()).toHaveText('Success: 200 OK.');
}

export const close = (page: Page) => dialog(page).getByRole('button', { name: 'Close', exact: true }).click();
