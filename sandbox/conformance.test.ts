/**
 * The API's behaviour, the same over every store: each test runs over SQLite (the Node
 * sandbox) and over memory (the in-browser sandbox). What only the Node server does (CORS,
 * rate limit, timeouts, parser errors, logging) is tested in server.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { exampleValues, type RequestSpec } from '../src/requests';
import { demoAccount, johnDoe } from '../src/requests/contacts_api/objects';
import { ajv, contactUrl, expectError, jsonInit, request, sandbox as sandboxOver, stores } from '../tests/support/sandbox';
import { send, sendRequest } from '../tests/support/sandbox-client';

const patch = request('patch_contacts');
const post = request('post_contacts');

describe.each(stores)('over the $name store', ({ open }) => {
  const sandbox = (options: { rateLimit?: number } = {}) => sandboxOver({ ...options, open });

  describe('each documented request', () => {
    for (const id of ['get_contacts', 'get_contact', 'get_contact_by_phone', 'patch_contacts', 'delete_contact'] as const) {
      it(`${id}: the documented example request gets the documented example response`, async () => {
        const { baseUrl } = await sandbox();
        const spec: RequestSpec = request(id);
        const answer = await sendRequest(baseUrl, spec, exampleValues(spec));
        expect(answer.status).toBe(spec.response.status);
        expect(answer.body).toEqual(spec.response.example);
      });
    }

    it('post_contacts: creates the example contact, with a new uuid and creation date', async () => {
      const { baseUrl } = await sandbox();
      const answer = await sendRequest(baseUrl, post, exampleValues(post));
      expect(answer.status).toBe(200);
      expect(ajv.validate(post.response.schema!, answer.body), ajv.errorsText()).toBe(true);
      const { contact } = answer.body;
      const { uuid, createdAt, href, conversationHref, ...documented } = (post.response.example as { contact: Record<string, unknown> }).contact;
      expect(contact).toMatchObject(documented);
      expect(contact.uuid).toMatch(/^[0-9a-f]{32}$/);
      expect(contact.uuid).not.toBe(uuid);
      expect(contact.href).toBe(`https://dash.callbell.eu/contacts/${contact.uuid}`);
      expect(Date.now() - Date.parse(contact.createdAt)).toBeLessThan(60_000);
      expect((await send(contactUrl(baseUrl, contact.uuid))).body.contact).toEqual(contact);
      expect([createdAt, href, conversationHref]).toHaveLength(3);
    });
  });

  describe('listing contacts', () => {
    it('filters by tags, comma-separated and ignoring case, by source and by team', async () => {
      const { baseUrl } = await sandbox();
      const names = async (query: string) => (await send(`${baseUrl}/contacts${query}`)).body.contacts.map((c: { name: string }) => c.name);
      expect(await names('?tags=LEAD,Sales')).toEqual(['Max Mustermann', 'Jane Roe']);
      expect(await names('?tags=lead')).toEqual(['Jane Roe']);
      expect(await names('?source=whatsapp')).toEqual(['John Doe']);
      expect(await names(`?team_uuid=${demoAccount.team.uuid}`)).toHaveLength(3);
      expect(await names('?team_uuid=nope')).toEqual([]);
    });

    it('pages by 50, newest first', async () => {
      const { baseUrl } = await sandbox();
      for (let i = 0; i < 50; i += 1) {
        const created = await send(`${baseUrl}/contacts`, jsonInit('POST', { identifier: `1000${i}`, source: 'telegram', name: `Contact ${i}` }));
        expect(created.status).toBe(200);
      }
      const first = (await send(`${baseUrl}/contacts?page=1`)).body.contacts;
      const second = (await send(`${baseUrl}/contacts?page=2`)).body.contacts;
      expect(first).toHaveLength(50);
      expect(second.map((c: { name: string }) => c.name)).toEqual(['Max Mustermann', 'Jane Roe', 'John Doe']);
      expect((await send(`${baseUrl}/contacts?page=3`)).body.contacts).toEqual([]);
    });
  });

  describe('PATCH', () => {
    it('changes only the fields sent', async () => {
      const { baseUrl } = await sandbox();
      await send(contactUrl(baseUrl), jsonInit('PATCH', { tags: ['sales'], custom_fields: { 'Billing Address': 'Main Street 1' } }));
      const answer = await send(contactUrl(baseUrl), jsonInit('PATCH', { name: `O'Brien "Bob" \\ 🚀` }));
      expect(answer.body.contact).toMatchObject({ name: `O'Brien "Bob" \\ 🚀`, tags: ['sales'], customFields: { 'Billing Address': 'Main Street 1' }, phoneNumber: '123456789' });
    });

    it('200 concurrent PATCHes to one contact leave it as some single request set it', async () => {
      const { baseUrl } = await sandbox();
      const tagSets = [['Call back'], ['Interested', 'sales'], ['lead'], [], ['sales', 'lead', 'Call back']];
      const writes = Array.from({ length: 200 }, (_, i) => ({ name: `Writer ${i}`, tags: tagSets[i % tagSets.length]! }));
      const answers = await Promise.all(writes.map((body) => send(contactUrl(baseUrl), jsonInit('PATCH', body))));
      expect(answers.map((a) => a.status)).toEqual(writes.map(() => 200));
      answers.forEach((answer, i) => expect(answer.body.contact).toMatchObject(writes[i]!));
      const final = (await send(contactUrl(baseUrl))).body.contact;
      const writer = writes.find((w) => w.name === final.name);
      expect(writer).toBeDefined();
      expect(final.tags).toEqual(writer!.tags);
    });
  });


  describe('errors', () => {
      it('404 for an unknown contact, phone number or endpoint', async () => {
        const { baseUrl } = await sandbox();
        expectError(await send(contactUrl(baseUrl, 'ffffffffffffffffffffffffffffffff')), 404, /No contact with uuid/);
        expectError(await send(`${baseUrl}/contacts/phone/000`), 404, /No contact with phone number "000"/);
        expectError(await send(contactUrl(baseUrl, 'nope'), jsonInit('PATCH', { name: 'x' })), 404);
        expectError(await send(contactUrl(baseUrl, 'nope'), { method: 'DELETE' }), 404);
        expectError(await send(`${baseUrl}/messages`), 404, /No such endpoint/);
      });

      it('422 naming an unknown tag, custom field, user or team', async () => {
        const { baseUrl } = await sandbox();
        const answer = await send(`${baseUrl}/contacts`, jsonInit('POST', {
          identifier: '555', source: 'whatsapp', name: 'New',
          tags: ['lead', 'VIP'], custom_fields: { Shoe: '42' }, assigned_user: 'nobody@example.com', team_uuid: 'no-team',
        }));
        expectError(answer, 422, /^body\.tags\[1\] is "VIP", not a tag of this account; body\.custom_fields\.Shoe is not a custom field/);
        expect(answer.body.error.details).toEqual([
          { field: 'body.tags[1]', message: 'is "VIP", not a tag of this account' },
          { field: 'body.custom_fields.Shoe', message: 'is not a custom field of this account' },
          { field: 'body.assigned_user', message: 'is "nobody@example.com", not the email of a user of this account' },
          { field: 'body.team_uuid', message: 'is "no-team", not the uuid of a team of this account' },
        ]);
        expect((await send(`${baseUrl}/contacts`)).body.contacts).toHaveLength(3);
      });

      it('422 for a wrong type, a missing required parameter, an unknown value or parameter', async () => {
        const { baseUrl } = await sandbox();
        const wrongType = await send(contactUrl(baseUrl), jsonInit('PATCH', { name: 42, tags: 'lead' }));
        expectError(wrongType, 422);
        expect(wrongType.body.error.details).toEqual([
          { field: 'body.name', message: 'must be a string' },
          { field: 'body.tags', message: 'must be a list of strings' },
        ]);
        const missing = await send(`${baseUrl}/contacts`, jsonInit('POST', { identifier: '555', source: 'fax' }));
        expect(missing.body.error.details).toEqual(expect.arrayContaining([
          { field: 'body.name', message: 'is required' },
          { field: 'body.source', message: 'must be one of: whatsapp, facebook, instagram, telegram' },
        ]));
        const unknown = await send(contactUrl(baseUrl), jsonInit('PATCH', { nmae: 'typo' }));
        expect(unknown.body.error.details).toEqual([{ field: 'body.nmae', message: 'is not a parameter of this request' }]);
        expectError(await send(`${baseUrl}/contacts?page=abc`), 422, /query.page/);
      });

  });
});
