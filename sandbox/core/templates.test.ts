/**
 * The Templates API in the sandbox, over both stores: what a rename changes is what later reads
 * show, lists are paged, and what is wrong is refused naming its field.
 */
import { describe, expect, it } from 'vitest';
import { approvedTemplate, demoTemplates, rejectedTemplate, welcomeTemplate } from '../../src/requests/template_messages_api/objects';
import { expectError, jsonInit, sandbox as sandboxOver, stores } from '../../tests/support/sandbox';
import { send } from '../../tests/support/sandbox-client';
import { PAGE_SIZE } from './store';

const titles = (answer: { body: { templates: { title: string }[] } }) => answer.body.templates.map((template) => template.title);

describe.each(stores)('templates over the $name store', ({ open }) => {
  const sandbox = () => sandboxOver({ open });

  it('a new title shows in later reads of the template and of the list; nothing else of it changes', async () => {
    const { baseUrl } = await sandbox();
    const url = `${baseUrl}/templates/${rejectedTemplate.uuid}`;
    const renamed = await send(url, jsonInit('PATCH', { title: 'Spring sale' }));
    expect(renamed.status).toBe(200);
    expect(renamed.body.template).toEqual({ ...rejectedTemplate, title: 'Spring sale' });
    expect((await send(url)).body.template).toEqual({ ...rejectedTemplate, title: 'Spring sale' });
    expect(titles(await send(`${baseUrl}/templates`))).toEqual([approvedTemplate.title, 'Spring sale', welcomeTemplate.title]);
  });

  it('a PATCH without a title answers the template as it is', async () => {
    const { baseUrl } = await sandbox();
    const answer = await send(`${baseUrl}/templates/${approvedTemplate.uuid}`, jsonInit('PATCH', {}));
    expect(answer.status).toBe(200);
    expect(answer.body.template).toEqual(approvedTemplate);
  });

  it('a renamed template is still sent by its uuid', async () => {
    const { baseUrl } = await sandbox();
    await send(`${baseUrl}/templates/${welcomeTemplate.uuid}`, jsonInit('PATCH', { title: 'Hello again' }));
    const sent = await send(`${baseUrl}/messages/send`, jsonInit('POST', {
      to: '+31612345678', from: 'whatsapp', type: 'text', content: { text: 'Ada' }, template_uuid: welcomeTemplate.uuid, optin_contact: true,
    }));
    expect(sent.status, JSON.stringify(sent.body)).toBe(200);
  });

  it('a template WhatsApp has not approved cannot be sent', async () => {
    const { baseUrl } = await sandbox();
    const sent = await send(`${baseUrl}/messages/send`, jsonInit('POST', {
      to: '+31612345678', from: 'whatsapp', type: 'text', content: { text: 'Ada' }, template_uuid: rejectedTemplate.uuid, optin_contact: true,
    }));
    expectError(sent, 422);
    expect(sent.body.error.details).toEqual([
      { field: 'body.template_uuid', message: 'is "Another Template title", which WhatsApp has not approved (its status is rejected): only an approved template can be sent' },
    ]);
  });

  it('refuses a blank title, a title that is not text, and a parameter templates do not have', async () => {
    const { baseUrl } = await sandbox();
    const url = `${baseUrl}/templates/${approvedTemplate.uuid}`;
    const blank = await send(url, jsonInit('PATCH', { title: '   ' }));
    expectError(blank, 422, /body\.title is blank/);
    expect(blank.body.error.details).toEqual([{ field: 'body.title', message: 'is blank; a template needs a title' }]);
    const notText = await send(url, jsonInit('PATCH', { title: 7 }));
    expectError(notText, 422);
    expect(notText.body.error.details).toEqual([{ field: 'body.title', message: 'must be a string' }]);
    const textChange = await send(url, jsonInit('PATCH', { text: 'Something else' }));
    expectError(textChange, 422);
    expect(textChange.body.error.details.map((detail: { field: string }) => detail.field)).toEqual(['body.text']);
    expect((await send(url)).body.template).toEqual(approvedTemplate);
  });

  it('404 naming the uuid for a template the account does not have', async () => {
    const { baseUrl } = await sandbox();
    const url = `${baseUrl}/templates/ffffffffffffffffffffffffffffffff`;
    for (const answer of [await send(url), await send(url, jsonInit('PATCH', { title: 'x' }))]) {
      expectError(answer, 404, 'No template with uuid "ffffffffffffffffffffffffffffffff"');
      expect(answer.body.error.details).toEqual([{ field: 'path.uuid', message: 'No such template' }]);
    }
  });

  it(`pages the list by ${PAGE_SIZE}, oldest first, saying how many pages there are`, async () => {
    const { baseUrl, store } = await sandbox();
    const extra = Array.from({ length: PAGE_SIZE }, (_, i) => ({ ...approvedTemplate, uuid: `extra${String(i).padStart(27, '0')}`, title: `Extra ${i}` }));
    for (const template of extra) store.records('template').put(template.uuid, template);
    const first = await send(`${baseUrl}/templates`);
    expect(first.body.meta).toEqual({ page: 1, pages: 2 });
    expect(titles(first)).toEqual([...demoTemplates, ...extra].slice(0, PAGE_SIZE).map((template) => template.title));
    const second = await send(`${baseUrl}/templates?page=2`);
    expect(second.body.meta).toEqual({ page: 2, pages: 2 });
    expect(titles(second)).toEqual(extra.slice(-demoTemplates.length).map((template) => template.title));
    expect((await send(`${baseUrl}/templates?page=3`)).body).toEqual({ templates: [], meta: { page: 3, pages: 2 } });
    expectError(await send(`${baseUrl}/templates?page=0`), 422, /query\.page must be 1 or more/);
  });
});
