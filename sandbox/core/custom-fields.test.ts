/**
 * Custom field values in the sandbox, over both stores: each kind of field takes the value the
 * API documents for it and refuses any other, naming the field; what it keeps reads back as the
 * API shows it (a checkbox field's options as JSON text).
 */
import { describe, expect, it } from 'vitest';
import { johnDoe } from '../../src/requests/contacts_api/objects';
import { expectError } from '../../tests/support/sandbox';
import { coreSandbox, coreStores } from '../../tests/support/sandbox-core';

const url = `/contacts/${johnDoe.uuid}`;

describe.each(coreStores)('custom field values over the $name store', ({ open }) => {
  it('takes the documented value of each kind, and reads it back as text', async () => {
    const { call } = coreSandbox(open);
    const customFields = {
      'Billing Address': 'Main Street 1',
      'Work Email': 'user@example.com',
      orderNumber: '42',
      'Birth Date': '2026-03-03',
      Status: 'Active',
      Features: ['Dark Mode', 'Notifications'],
    };
    const answer = await call('PATCH', url, { custom_fields: customFields });
    expect(answer.status, JSON.stringify(answer.body)).toBe(200);
    expect((await call('GET', url)).body.contact.customFields).toEqual({
      ...johnDoe.customFields,
      ...customFields,
      Features: '["Dark Mode", "Notifications"]',
    });
  });

  it("takes a number for a number field, as the API's own example sends one, and keeps it as text", async () => {
    const { call } = coreSandbox(open);
    expect((await call('PATCH', url, { custom_fields: { orderNumber: 123, zipCode: '98765430' } })).body.contact.customFields).toMatchObject({ orderNumber: '123', zipCode: '98765430' });
  });

  it('takes a checkbox value back as the JSON text a contact shows, and an empty string for any kind', async () => {
    const { call } = coreSandbox(open);
    const read = (await call('GET', url)).body.contact.customFields;
    expect((await call('PATCH', url, { custom_fields: { Features: read.Features, Status: '', 'Birth Date': '' } })).status).toBe(200);
    expect((await call('GET', url)).body.contact.customFields).toMatchObject({ Features: read.Features, Status: '', 'Birth Date': '' });
  });

  it('refuses a value its kind of field does not take, naming the field and what it takes', async () => {
    const { call } = coreSandbox(open);
    const answer = await call('PATCH', url, {
      custom_fields: {
        'Work Email': 'not-an-email',
        orderNumber: 'forty-two',
        'Birth Date': '2026-02-30',
        Status: 'Gone',
        Features: ['Dark Mode', 'Teleport'],
        'Billing Address': ['Main Street 1'],
      },
    });
    expectError(answer, 422);
    expect(answer.body.error.details).toEqual([
      { field: 'body.custom_fields.Work Email', message: 'is "not-an-email", not an email address' },
      { field: 'body.custom_fields.orderNumber', message: 'is "forty-two", not a number (a number field takes one written as text, such as "42")' },
      { field: 'body.custom_fields.Birth Date', message: 'is "2026-02-30", not a date written YYYY-MM-DD' },
      { field: 'body.custom_fields.Status', message: 'is "Gone", not one of the options of this field: "Active", "Inactive"' },
      { field: 'body.custom_fields.Features[1]', message: 'is "Teleport", not one of the options of this field: "Dark Mode", "Notifications", "Analytics"' },
      { field: 'body.custom_fields.Billing Address', message: 'is a list, which only a checkbox field takes; this is a text field' },
    ]);
    expect((await call('GET', url)).body.contact).toEqual(johnDoe);
  });

  it('refuses a single option for a checkbox field: it takes a list', async () => {
    const { call } = coreSandbox(open);
    const answer = await call('POST', '/contacts', { identifier: '447700900321', source: 'whatsapp', name: 'New', custom_fields: { Features: 'Dark Mode' } });
    expectError(answer, 422);
    expect(answer.body.error.details).toEqual([
      { field: 'body.custom_fields.Features', message: 'must be a list of this checkbox field\'s options ("Dark Mode", "Notifications", "Analytics")' },
    ]);
  });

  it('follows the kind and options the account gives a field', async () => {
    const { call, store } = coreSandbox(open);
    store.records('customField').put('Status', { name: 'Status', type: 'dropdown', options: ['Active', 'Paused'] });
    expect((await call('PATCH', url, { custom_fields: { Status: 'Paused' } })).status).toBe(200);
    expectError(await call('PATCH', url, { custom_fields: { Status: 'Inactive' } }), 422, /"Inactive", not one of the options of this field: "Active", "Paused"/);
  });
});
