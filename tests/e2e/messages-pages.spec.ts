/**
 * The Messages API pages and the object types they link to, as a reader sees them in the
 * built site: every documented way of sending a message as its own example with its own
 * samples, the nested parameter table, and the object tables, all read from the registry.
 */
import type { Locator, Page } from '@playwright/test';
import { apiBaseUrl, exampleValues, getRequest } from '@site/src/requests';
import { objectTypes } from '@site/src/requests/object-types';
import type { JsonSchema } from '@site/src/requests/schema';
import type { ObjectShape, ParamGroup, ParamSpec } from '@site/src/requests/types';
import { generateSample } from '@site/src/snippets';
import { codeText, expect, test } from './fixtures';

const send = getRequest('messages_api', 'post_send_messages');
const sendPage = '/api_reference/messages_api/post_send_messages';
const body = send.params.body;

/** Each message type with each field its `content` takes there, read off the send request's variants. */
const contentFields: [type: string, field: string, spec: ParamSpec][] = Object.entries((body as ObjectShape).variants!.cases).flatMap(([type, group]) => {
  const content = group.content!;
  return content.type === 'object' ? Object.entries(content.fields).map(([field, spec]): [string, string, ParamSpec] => [type, field, spec]) : [];
});

/** The request block showing one example: its region is named after the example's summary. */
const exampleBlock = (page: Page, summary: string) => page.getByRole('region', { name: `Example request: POST /messages/send (${summary})`, exact: true });
const shownSample = (block: Locator) => block.locator('[role="tabpanel"]:not([hidden]) pre code');

/** The first table after the heading with this id. */
const tableAfter = (page: Page, headingId: string) => page.locator(`h2#${headingId} ~ table`).first();
/** The rows of a table whose first cell names `path`. */
const rowsOf = (table: Locator, path: string) => table.locator('tbody tr').filter({ has: table.page().locator('td:first-child code').getByText(path, { exact: true }) });
const firstCells = async (table: Locator) => (await table.locator('tbody tr td:first-child code').allTextContents()).map((text) => text.trim());

test('the send page shows each documented example in its own block, with its own cURL sample', async ({ page }) => {
  await page.goto(sendPage);
  const names = Object.keys(send.examples);
  await expect(page.getByRole('region', { name: /^Example request: POST \/messages\/send/ })).toHaveCount(names.length);
  const shown = new Set<string>();
  for (const name of names) {
    const block = exampleBlock(page, send.examples[name]!.summary);
    await expect(block.getByRole('tab', { name: 'cURL', exact: true })).toHaveAttribute('aria-selected', 'true');
    const sample = await codeText(shownSample(block));
    expect(sample, name).toBe(generateSample('curl', send, exampleValues(send, name), apiBaseUrl));
    shown.add(sample);
  }
  // Thirteen different requests, not one sample repeated.
  expect(shown.size).toBe(names.length);
});

test('the send page says once, above its first samples, where they read the token from', async ({ page }) => {
  await page.goto(sendPage);
  const note = page.getByText('The samples read your API token from the environment variable');
  await expect(note).toHaveCount(1);
  await expect(page.getByRole('region', { name: /^Example request/ }).first().getByText('The samples read your API token')).toBeVisible();
});

test("the send page's body parameters show the content fields each message type takes, the required ones tagged", async ({ page }) => {
  await page.goto(sendPage);
  const parameters = tableAfter(page, 'body-parameters');
  expect(contentFields).toHaveLength(9);
  for (const [type, field, spec] of contentFields) {
    // The row for this field in this type's content: its conditions name the type.
    const row = rowsOf(parameters, `content.${field}`).filter({ has: page.locator('td:last-child code').getByText(type, { exact: true }) });
    await expect(row, `content.${field} for ${type}`).toHaveCount(1);
    await expect(row.locator('td').first()).toHaveText(spec.required ? `content.${field} required` : `content.${field}`);
    await expect(row.locator('td').last()).toContainText(spec.description.replaceAll('`', ''));
  }
  for (const name of ['from', 'type']) await expect(rowsOf(parameters, name).locator('td').first()).toHaveText(`${name} required`);
  // Neither `to` nor `bsuid` is required on its own: the row says one of them is.
  await expect(rowsOf(parameters, 'to').locator('td').first()).toHaveText('to');
  await expect(rowsOf(parameters, 'to')).toContainText('at least one is required');
  await expect(rowsOf(parameters, 'to').locator('td:last-child code').getByText('bsuid', { exact: true }).first()).toBeVisible();
  const type = rowsOf(parameters, 'type');
  await expect(type.getByRole('link', { name: 'MessageType' })).toHaveAttribute('href', '/api_reference/object_types/message_type');
  expect(await type.locator('td').nth(1).locator('code').allTextContents()).toEqual([...body.fields.type.enum]);
});

test("the send page's body parameters are every one the request takes, with what comes with a template and the limits of metadata", async ({ page }) => {
  await page.goto(sendPage);
  const parameters = tableAfter(page, 'body-parameters');
  const topLevel = [...new Set((await firstCells(parameters)).filter((name) => !name.includes('.')))];
  expect(topLevel.sort()).toEqual([...Object.keys(body.fields as ParamGroup), 'content'].sort());
  // Optional, so not tagged "required"; a later release added it, and the row says when.
  await expect(rowsOf(parameters, 'metadata').locator('td').first()).toHaveText('metadata Added 2024-07-30');
  await expect(rowsOf(parameters, 'template_uuid')).toContainText('Give optin_contact with it.');
  const { maxEntries, maxKeyLength, maxValueLength } = body.fields.metadata;
  await expect(rowsOf(parameters, 'metadata')).toContainText(
    `At most ${maxEntries} entries, names of at most ${maxKeyLength} characters, values of at most ${maxValueLength} characters.`,
  );
});

test('the send page shows every documented answer, each as the registry has it', async ({ page }) => {
  await page.goto(sendPage);
  const answers = page.locator('.theme-code-block').filter({ has: page.getByText('response.json', { exact: true }) }).locator('pre code');
  const documented = [send.response.example, ...Object.values(send.response.otherExamples).map(({ value }) => value)];
  await expect(answers).toHaveCount(documented.length);
  for (const [index, value] of documented.entries()) expect(JSON.parse(await codeText(answers.nth(index)))).toEqual(value);
  await expect(tableAfter(page, 'response').getByRole('link', { name: 'MessageSendRequest' })).toHaveAttribute('href', '/api_reference/object_types/message_send_request');
});

test('the delete page sends the uuid in the path, and says the answer has no body', async ({ page }) => {
  const remove = getRequest('messages_api', 'delete_message');
  await page.goto('/api_reference/messages_api/delete_message');
  const sample = await codeText(shownSample(page.getByRole('region', { name: /^Example request: DELETE/ })));
  expect(sample).toBe(generateSample('curl', remove, exampleValues(remove), apiBaseUrl));
  expect(sample).toContain(`/messages/${remove.examples.a_message.path.uuid}`);
  await expect(page.locator('article')).toContainText(`${remove.response.status}: ${remove.response.description}`);
});

/** Every field of an object schema by its path, nested objects' fields included. */
function schemaPaths(schema: JsonSchema, prefix = ''): string[] {
  if (!('type' in schema) || schema.type !== 'object') return [];
  return Object.entries(schema.properties ?? {}).flatMap(([name, field]) => [`${prefix}${name}`, ...schemaPaths(field, `${prefix}${name}.`)]);
}

test.describe('the object type pages', () => {
  for (const [name, page] of [['MessageSendRequest', 'message_send_request'], ['Message', 'message']] as const) {
    test(`${name} lists every field of its schema, nested ones under their parent`, async ({ page: tab }) => {
      await tab.goto(`/api_reference/object_types/${page}`);
      await expect(tab.getByRole('heading', { level: 1 })).toHaveText(name);
      const table = tab.locator('article table');
      expect(await firstCells(table)).toEqual(schemaPaths(objectTypes[name].schema));
    });
  }

  test('MessageSendRequest links its status to MessageStatus', async ({ page }) => {
    await page.goto('/api_reference/object_types/message_send_request');
    await page.locator('article table').getByRole('link', { name: 'MessageStatus' }).first().click();
    await expect(page).toHaveURL(/\/api_reference\/object_types\/message_status$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('MessageStatus');
  });

  test('MessageContent says which field each message type takes, from the send request', async ({ page }) => {
    await page.goto('/api_reference/object_types/message_content');
    const table = page.locator('article table');
    for (const [type, field, spec] of contentFields) {
      const row = rowsOf(table, field).filter({ has: page.locator('td:last-child code').getByText(type, { exact: true }) });
      await expect(row, `${field} for ${type}`).toHaveCount(1);
      // A required field is tagged so, an optional one left untagged.
      await expect(row.locator('td').first()).toHaveText(spec.required ? `${field} required` : field);
    }
  });

  for (const [name, page] of [['MessageType', 'message_type'], ['MessageStatus', 'message_status']] as const) {
    test(`${name} lists its values with their meanings`, async ({ page: tab }) => {
      await tab.goto(`/api_reference/object_types/${page}`);
      const rows = tab.locator('article table tbody tr');
      const { values, meanings } = objectTypes[name];
      await expect(rows).toHaveCount(values.length);
      for (const [index, value] of values.entries()) {
        await expect(rows.nth(index).locator('td').first()).toHaveText(value);
        await expect(rows.nth(index).locator('td').last()).toHaveText(meanings[value]!.replaceAll('`', ''));
      }
    });
  }
});
