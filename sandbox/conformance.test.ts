/**
 * The API's behaviour, the same over every store: each test runs over SQLite (the Node
 * sandbox) and over memory (the in-browser sandbox). What only the Node server does (CORS,
 * rate limit, timeouts, parser errors, logging) is tested in server.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { allRequests, exampleValues } from '../src/requests';
import { DEMO_TOKEN } from './address';
import { demoContacts, janeRoe, janJansen, johnDoe } from '../src/requests/contacts_api/objects';
import { demoAccount } from '../src/requests/demo-account';
import { demoMessages, replyWindowHours, sandboxDelivery } from '../src/requests/messages_api/objects';
import { ajv, contactUrl, expectError, jsonInit, messageRequest, request, sandbox as sandboxOver, stores, testClock } from '../tests/support/sandbox';
import { send, sendRequest } from '../tests/support/sandbox-client';

const post = request('post_contacts');
const sendSpec = messageRequest('post_send_messages');
/** A documented send example's body, with `changes` (a field set to `undefined` is left out). */
const sendBody = (example: keyof typeof sendSpec.examples, changes: Record<string, unknown> = {}) => ({ ...exampleValues(sendSpec, example).body, ...changes });
const HOUR = 3_600_000;

/** Every documented example of every request, by name. */
const examples = allRequests().flatMap(({ endpoint, id, spec }) => Object.keys(spec.examples).map((name) => ({ label: `${endpoint} ${id} ${name}`, spec, name })));

/** A 422 whose details name `field` with a message matching `message`. */
function expectRefused(answer: { status: number; body: any }, field: string, message: RegExp) {
  expectError(answer, 422);
  expect(answer.body.error.details).toContainEqual({ field, message: expect.stringMatching(message) });
  expect(answer.body.error.message).toContain(field);
}

describe.each(stores)('over the $name store', ({ open }) => {
  const sandbox = (options: Omit<Parameters<typeof sandboxOver>[0], 'open'> = {}) => sandboxOver({ ...options, open });

  describe('every documented example', () => {
    it.each(examples)('$label: accepted on a fresh sandbox with the documented status and answer', async ({ spec, name }) => {
      const { baseUrl } = await sandbox();
      const answer = await sendRequest(baseUrl, spec, exampleValues(spec, name));
      expect(answer.status, JSON.stringify(answer.body)).toBe(spec.response.status);
      if (spec.response.schema) expect(ajv.validate(spec.response.schema, answer.body), ajv.errorsText()).toBe(true);
      // A POST creates something new (an identifier, a date); every other answer is the documented one.
      if (spec.method !== 'POST') expect(answer.body).toEqual(spec.response.example);
    });

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
      // What the example shows of its own contact (its date, its dashboard links) is the new contact's own.
      expect(contact.createdAt).not.toBe(createdAt);
      expect(contact.createdAt).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
      expect(Date.now() - Date.parse(contact.createdAt)).toBeLessThan(60_000);
      expect(contact.href).not.toBe(href);
      expect(contact.href).toBe(`https://dash.callbell.eu/contacts/${contact.uuid}`);
      expect(contact.conversationHref).not.toBe(conversationHref);
      expect(contact.conversationHref).toBe(`https://dash.callbell.eu/chat/${contact.uuid}`);
      expect((await send(contactUrl(baseUrl, contact.uuid))).body.contact).toEqual(contact);
    });
  });

  describe('listing contacts', () => {
    it('filters by tags, comma-separated and ignoring case, by source and by team', async () => {
      const { baseUrl } = await sandbox();
      const names = async (query: string) => (await send(`${baseUrl}/contacts${query}`)).body.contacts.map((c: { name: string }) => c.name);
      expect(await names('?tags=LEAD,Sales')).toEqual(['Max Mustermann', 'Jane Roe']);
      // Spaces around a name are not part of it (`tags=lead, sales`).
      expect(await names('?tags=%20lead%20,%20sales%20')).toEqual(['Max Mustermann', 'Jane Roe']);
      expect(await names('?tags=lead')).toEqual(['Jane Roe']);
      // Case is ignored on the contact's side too.
      expect((await send(contactUrl(baseUrl, johnDoe.uuid), jsonInit('PATCH', { tags: ['Call back'] }))).status).toBe(200);
      expect(await names('?tags=call%20back')).toEqual(['John Doe']);
      expect(await names('?source=whatsapp')).toEqual(['Jan Jansen', 'Giulia Bianchi', 'John Doe']);
      expect(await names(`?team_uuid=${demoAccount.team.uuid}`)).toHaveLength(demoContacts.length);
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
      expect(second.map((c: { name: string }) => c.name)).toEqual([...demoContacts].reverse().map((c) => c.name));
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
        expect((await send(`${baseUrl}/contacts`)).body.contacts).toHaveLength(demoContacts.length);
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

  describe('the Messages API', () => {
    /** A sandbox on a clock that moves only when the test moves it. */
    const clocked = async () => {
      const clock = testClock();
      const started = await sandbox({ now: clock });
      const post = (body: Record<string, unknown>) => send(`${started.baseUrl}/messages/send`, jsonInit('POST', body));
      const status = (uuid: string) => send(`${started.baseUrl}/messages/status/${uuid}`);
      return { ...started, clock, post, status };
    };

    it('moves a sent message through its statuses as time passes, and stays read', async () => {
      const { post, status, clock } = await clocked();
      const sent = await post(sendBody('text'));
      expect(sent.status).toBe(200);
      expect(sent.body).toEqual({ message: { uuid: expect.stringMatching(/^[0-9a-f]{32}$/), status: 'enqueued' } });
      const seen: string[] = [];
      for (let step = 0; step < sandboxDelivery.timeline.length + 2; step++) {
        const answer = await status(sent.body.message.uuid);
        expect(answer.status).toBe(200);
        expect(answer.body.message.messageStatusPayload).toMatchObject({ type: answer.body.message.status, payload: { type: 'session' }, destination: janJansen.phoneNumber });
        seen.push(answer.body.message.status);
        clock.advance(sandboxDelivery.stepSeconds * 1000);
      }
      expect(seen).toEqual(['enqueued', 'sent', 'delivered', 'read', 'read', 'read']);
    });

    it('has not moved on a moment before the next step', async () => {
      const { post, status, clock } = await clocked();
      const { uuid } = (await post(sendBody('template'))).body.message;
      clock.advance(sandboxDelivery.stepSeconds * 1000 - 1);
      expect((await status(uuid)).body.message.status).toBe('enqueued');
      clock.advance(1);
      expect((await status(uuid)).body.message).toMatchObject({ status: 'sent', messageStatusPayload: { payload: { type: 'template' } } });
    });

    it('keeps the demo messages enqueued: they have no timeline', async () => {
      const { status, clock } = await clocked();
      clock.advance(HOUR);
      expect((await status(demoMessages[0].uuid)).body.message.status).toBe('enqueued');
    });

    it('adds the contact and the conversation that fields asks for, spaces allowed', async () => {
      const { post } = await clocked();
      const answer = await post(sendBody('text', { fields: ' conversation , contact' }));
      expect(answer.status).toBe(200);
      expect(ajv.validate(sendSpec.response.schema!, answer.body), ajv.errorsText()).toBe(true);
      expect(answer.body.message).toEqual({
        uuid: expect.any(String),
        status: 'enqueued',
        contact: { uuid: janJansen.uuid, name: janJansen.name, phone: `+${janJansen.phoneNumber}`, email: null },
        conversation: { source: 'whatsapp', href: janJansen.conversationHref, createdAt: janJansen.createdAt },
      });
      expect(Object.keys((await post(sendBody('text', { fields: 'contact' }))).body.message)).toEqual(['uuid', 'status', 'contact']);
    });

    it('refuses a fields value other than contact or conversation, listing those', async () => {
      const { post } = await clocked();
      expectRefused(await post(sendBody('text', { fields: 'contact,contacts' })), 'body.fields', /"contacts".*contact, conversation/);
    });

    it('refuses a kind of channel the account has not, and a channel it has not', async () => {
      const { post } = await clocked();
      expectRefused(await post(sendBody('text', { from: 'telegram' })), 'body.from', /"telegram", not a kind of channel this account has \(it has: whatsapp\)/);
      // The demo channel's uuid before the registry took the API's own: no channel of this account now.
      expectRefused(await post(sendBody('text', { channel_uuid: 'b1f0c2d3e4a5968778695a4b3c2d1e0f' })), 'body.channel_uuid', /not a channel of this account/);
      expect((await post(sendBody('text', { channel_uuid: demoAccount.channelUuid }))).status).toBe(200);
    });

    it('refuses an unknown template, and a template without the contact opted in, saying why', async () => {
      const { post } = await clocked();
      expectRefused(await post(sendBody('template', { template_uuid: 'ffffffffffffffffffffffffffffffff' })), 'body.template_uuid', /not a template of this account/);
      expectRefused(await post(sendBody('template', { optin_contact: false })), 'body.optin_contact', /must be true to send a template: .*agreed to receive messages/);
      expectRefused(await post(sendBody('template', { optin_contact: undefined })), 'body.optin_contact', /is required when template_uuid is given/);
    });

    it('finds the recipient by to, ignoring a leading +, spaces and dashes; bsuid alone finds nobody', async () => {
      const { post } = await clocked();
      const answer = await post(sendBody('text', { to: '+31 6-1234-5678', fields: 'contact' }));
      expect(answer.body.message.contact.uuid).toBe(janJansen.uuid);
      expectRefused(await post(sendBody('text', { to: undefined, bsuid: 'US.13491208655302741918' })), 'body.bsuid', /matches no contact: .*phone number only; send the number as "to"/);
    });

    it('refuses a message other than a template to a contact who last wrote more than 24 hours ago, pointing to templates', async () => {
      const { post } = await clocked();
      const toJohn = { to: `+${johnDoe.phoneNumber}` };
      expectRefused(await post(sendBody('text', toJohn)), 'body.to', new RegExp(`is John Doe, who last wrote 72 hours ago, outside the ${replyWindowHours}-hour window; only a template can reach them now: send template_uuid, with optin_contact: true`));
      expectRefused(await post(sendBody('image', toJohn)), 'body.to', /outside the .*-hour window; only a template can reach them/);
      expect((await post(sendBody('template', toJohn))).status).toBe(200);
    });

    it('closes the window 24 hours after the contact last wrote', async () => {
      const { post, clock } = await clocked();
      // Jan Jansen wrote an hour before the sandbox started.
      clock.advance((replyWindowHours - 2) * HOUR);
      expect((await post(sendBody('text'))).status).toBe(200);
      clock.advance(HOUR);
      expectRefused(await post(sendBody('text')), 'body.to', new RegExp(`Jan Jansen, who last wrote ${replyWindowHours} hours ago`));
      expect((await post(sendBody('template_image'))).status).toBe(200);
    });

    it('creates the contact when a template goes to a new number, who has then never written', async () => {
      const { post, baseUrl } = await clocked();
      expectRefused(await post(sendBody('text', { to: '+44 7700-900123' })), 'body.to', /"\+44 7700-900123", a number no whatsapp contact of this account has, so it has never written to you; only a template can reach them now/);
      expect((await send(`${baseUrl}/contacts/phone/447700900123`)).status).toBe(404);

      const sent = await post(sendBody('template', { to: '+44 7700-900123', fields: 'contact' }));
      expect(sent.status).toBe(200);
      expect(sent.body.message.contact).toMatchObject({ name: '447700900123', phone: '+447700900123', email: null });
      const created = (await send(`${baseUrl}/contacts/phone/447700900123`)).body.contact;
      expect(created).toMatchObject({ uuid: sent.body.message.contact.uuid, name: '447700900123', source: 'whatsapp', team: demoAccount.team });
      expectRefused(await post(sendBody('text', { to: '447700900123' })), 'body.to', /447700900123, who has never written to you, outside the/);
      // Another template to the number reaches the same contact.
      expect((await post(sendBody('template', { to: '447700900123', fields: 'contact' }))).body.message.contact.uuid).toBe(created.uuid);
    });

    it('refuses a template to something that is not a phone number, creating nothing', async () => {
      const { post, baseUrl } = await clocked();
      expectRefused(await post(sendBody('template', { to: 'call-me-maybe' })), 'body.to', /not a phone number/);
      expect((await send(`${baseUrl}/contacts`)).body.contacts).toHaveLength(demoContacts.length);
    });

    it('takes a caption on an image only, unless the message is a template', async () => {
      const { post } = await clocked();
      for (const example of ['document', 'audio', 'video'] as const) {
        const withText = sendBody(example, { content: { ...(sendBody(example).content as object), text: 'Read this' } });
        expectRefused(await post(withText), 'body.content.text', new RegExp(`is a caption, which only an image takes: a ${example} carries text only as a template's variable`));
      }
      expect((await post(sendBody('image_caption'))).status).toBe(200);
      expect((await post(sendBody('template_document'))).status).toBe(200);
    });

    it('assigns the conversation to a user and a team of the account, and someone outside the team to nobody', async () => {
      const { post, baseUrl } = await clocked();
      const jan = async () => (await send(contactUrl(baseUrl, janJansen.uuid))).body.contact;
      expect((await post(sendBody('user_assignment'))).status).toBe(200);
      expect((await jan()).assignedUser).toBeNull();
      expect((await post(sendBody('text', { assigned_user: demoAccount.user, team_uuid: demoAccount.team.uuid }))).status).toBe(200);
      expect(await jan()).toMatchObject({ assignedUser: demoAccount.user, team: demoAccount.team });
      expectRefused(await post(sendBody('text', { team_uuid: 'no-team' })), 'body.team_uuid', /"no-team", not the uuid of a team of this account/);
    });

    it('names every problem of one request at once', async () => {
      const { post } = await clocked();
      const answer = await post(sendBody('template_document', { from: 'sms', template_uuid: 'nope', optin_contact: false, fields: 'everything', team_uuid: 'no-team' }));
      expectError(answer, 422);
      expect(answer.body.error.details.map((detail: { field: string }) => detail.field)).toEqual(['body.from', 'body.template_uuid', 'body.optin_contact', 'body.fields', 'body.team_uuid']);
    });

    it('finds no recipient among contacts of another kind of channel', async () => {
      const { post } = await clocked();
      expectRefused(await post(sendBody('text', { to: janeRoe.phoneNumber })), 'body.to', /"987654321", a number no whatsapp contact of this account has/);
    });

    it('deletes a message: 204 with no body and no Content-Type; its status stays readable', async () => {
      const { post, status, baseUrl, store } = await clocked();
      const { uuid } = (await post(sendBody('text'))).body.message;
      const response = await fetch(`${baseUrl}/messages/${uuid}`, { method: 'DELETE', headers: { Authorization: `Bearer ${DEMO_TOKEN}` } });
      expect(response.status).toBe(204);
      expect(response.headers.get('content-type')).toBeNull();
      expect(await response.text()).toBe('');
      expect(store.message(uuid)?.contentDeleted).toBe(true);
      expect((await status(uuid)).body.message).toMatchObject({ uuid, status: 'enqueued' });
    });

    it('404 for a message that does not exist, read or deleted', async () => {
      const { status, baseUrl } = await clocked();
      const unknown = 'ffffffffffffffffffffffffffffffff';
      const read = await status(unknown);
      expectError(read, 404, `No message with uuid "${unknown}"`);
      expect(read.body.error.details).toEqual([{ field: 'path.uuid', message: 'No such message' }]);
      expectError(await send(`${baseUrl}/messages/${unknown}`, { method: 'DELETE' }), 404, /No message with uuid/);
    });
  });
});
