/**
 * A contact's own rules in the sandbox, over both stores: what POST and PATCH take beyond a
 * name, tags and custom fields (a note, an assignment, a team, a channel, the bot), the field
 * types a read can add, the BSUID lookup, and the webhook events each write announces.
 */
import { describe, expect, it } from 'vitest';
import { demoBot } from '../../src/requests/contacts_api/bot';
import { demoContacts, giuliaBianchi, janeRoe, johnDoe, maxMustermann } from '../../src/requests/contacts_api/objects';
import { demoAccount } from '../../src/requests/demo-account';
import { webhookEvents } from '../../src/requests/webhooks_api/events';
import { ajv, expectError } from '../../tests/support/sandbox';
import { coreSandbox, coreStores, type CoreAnswer } from '../../tests/support/sandbox-core';

/** A 422 whose details name `field` with a message matching `message`. */
function expectRefused(answer: CoreAnswer, field: string, message: RegExp) {
  expectError(answer, 422);
  expect(answer.body.error.details).toContainEqual({ field, message: expect.stringMatching(message) });
}

const newContact = { identifier: '447700900999', source: 'whatsapp', name: 'Nia Okafor' } as const;

describe.each(coreStores)('contacts over the $name store', ({ open }) => {
  describe('a note', () => {
    it('is kept with a new contact, replaced by a PATCH, and removed by an empty one', async () => {
      const { call } = coreSandbox(open);
      const created = await call('POST', '/contacts', { ...newContact, note: 'Prefers calls in the morning.' });
      expect(created.body.contact.note).toBe('Prefers calls in the morning.');
      const url = `/contacts/${created.body.contact.uuid}`;
      await call('PATCH', url, { note: 'Call after 10.' });
      expect((await call('GET', url)).body.contact.note).toBe('Call after 10.');
      await call('PATCH', url, { name: 'Nia O.' });
      expect((await call('GET', url)).body.contact).toMatchObject({ name: 'Nia O.', note: 'Call after 10.' });
      await call('PATCH', url, { note: '' });
      expect((await call('GET', url)).body.contact.note).toBeNull();
    });

    it('is refused beyond 1000 characters, leaving the contact as it was', async () => {
      const { call } = coreSandbox(open);
      expectRefused(await call('PATCH', `/contacts/${johnDoe.uuid}`, { note: 'x'.repeat(1001) }), 'body.note', /1001 characters long; at most 1000/);
      expect((await call('PATCH', `/contacts/${johnDoe.uuid}`, { note: 'x'.repeat(1000) })).status).toBe(200);
    });
  });

  describe('assignment', () => {
    it('assigns a user and a team of the account, and unassigns the user', async () => {
      const { call, store } = coreSandbox(open);
      const team = { ...demoAccount.team, uuid: 'b0f1c2d3e4f5a6b7c8d9e0f1a2b3c4d5', name: 'Sales', default: false };
      store.records('team').put(team.uuid, team);
      const url = `/contacts/${johnDoe.uuid}`;
      const assigned = await call('PATCH', url, { assigned_user: demoAccount.user, team_uuid: team.uuid });
      expect(assigned.body.contact).toMatchObject({ assignedUser: demoAccount.user, team });
      await call('PATCH', url, { unassign_user: true });
      expect((await call('GET', url)).body.contact).toMatchObject({ assignedUser: null, team });
      // false leaves the assignment as it is.
      await call('PATCH', `/contacts/${janeRoe.uuid}`, { unassign_user: false });
      expect((await call('GET', `/contacts/${janeRoe.uuid}`)).body.contact.assignedUser).toBe(demoAccount.user);
    });

    it('moves the contact to another team alone, leaving its user, and changes neither when the PATCH names neither', async () => {
      const { call, store } = coreSandbox(open);
      const team = { ...demoAccount.team, uuid: 'b0f1c2d3e4f5a6b7c8d9e0f1a2b3c4d5', name: 'Sales', default: false };
      store.records('team').put(team.uuid, team);
      const url = `/contacts/${janeRoe.uuid}`;
      expect((await call('PATCH', url, { team_uuid: team.uuid })).body.contact).toEqual({ ...janeRoe, team });
      expect((await call('PATCH', url, { name: 'Jane R.' })).body.contact).toEqual({ ...janeRoe, name: 'Jane R.', team });
    });

    it('refuses unassigning and assigning at once, and an unknown user or team', async () => {
      const { call } = coreSandbox(open);
      const url = `/contacts/${janeRoe.uuid}`;
      expectRefused(await call('PATCH', url, { unassign_user: true, assigned_user: demoAccount.user }), 'body.unassign_user', /send one or the other/);
      expectRefused(await call('PATCH', url, { assigned_user: 'nobody@example.com' }), 'body.assigned_user', /not the email of a user/);
      expectRefused(await call('PATCH', url, { team_uuid: 'no-team' }), 'body.team_uuid', /not the uuid of a team/);
      expect((await call('GET', url)).body.contact).toEqual(janeRoe);
    });
  });

  describe('the channel of a new contact', () => {
    it('is one of the account, of the kind source names', async () => {
      const { call } = coreSandbox(open);
      expect((await call('POST', '/contacts', { ...newContact, channel_uuid: demoAccount.channelUuid })).status).toBe(200);
      expectRefused(await call('POST', '/contacts', { ...newContact, identifier: '1', channel_uuid: 'no-channel' }), 'body.channel_uuid', /"no-channel", not a channel of this account/);
      expectRefused(
        await call('POST', '/contacts', { ...newContact, identifier: '2', source: 'telegram', channel_uuid: demoAccount.channelUuid }),
        'body.channel_uuid',
        /is a whatsapp channel, not a telegram one as source says/,
      );
    });
  });

  describe('include_field_types', () => {
    it('adds each custom field value typed, with its kind and options, to one contact and to the list', async () => {
      const { call } = coreSandbox(open);
      const one = (await call('GET', `/contacts/${johnDoe.uuid}?include_field_types=true`)).body.contact;
      expect(one.customFieldsMetadata).toEqual({
        Address: { value: 'Oxford Street 123', type: 'text' },
        'Birth Date': { value: '1990-05-15', type: 'date' },
        Features: { value: ['Dark Mode', 'Notifications'], type: 'checkbox', options: ['Dark Mode', 'Notifications', 'Analytics'] },
      });
      const listed = (await call('GET', '/contacts?include_field_types=true')).body.contacts;
      expect(listed.find((contact: { uuid: string }) => contact.uuid === maxMustermann.uuid).customFieldsMetadata).toEqual({
        'Billing Address': { value: 'Musterstraße 1', type: 'text' },
      });
      expect(listed.every((contact: object) => 'customFieldsMetadata' in contact)).toBe(true);
    });

    it('leaves them out unless asked with true, and refuses a value that is not true or false', async () => {
      const { call } = coreSandbox(open);
      expect((await call('GET', `/contacts/${johnDoe.uuid}?include_field_types=false`)).body.contact).toEqual(johnDoe);
      expect((await call('GET', `/contacts/${johnDoe.uuid}`)).body.contact).not.toHaveProperty('customFieldsMetadata');
      expectRefused(await call('GET', `/contacts?include_field_types=yes`), 'query.include_field_types', /must be true or false/);
    });
  });

  describe('by BSUID', () => {
    it('finds the contact WhatsApp knows by it, and 404 names one nobody has', async () => {
      const { call } = coreSandbox(open);
      expect((await call('GET', `/contacts/bsuid/${johnDoe.bsuid}`)).body.contact).toEqual(johnDoe);
      const unknown = await call('GET', '/contacts/bsuid/bsuid_nobody');
      expectError(unknown, 404, /No contact with BSUID "bsuid_nobody"/);
      expect(unknown.body.error.details).toEqual([{ field: 'path.bsuid', message: 'No such contact' }]);
    });
  });

  describe('the bot of a new contact', () => {
    it('waits for them when the account has a bot, unless bot_status ends it', async () => {
      const { call } = coreSandbox(open);
      const waiting = (await call('POST', '/contacts', newContact)).body.contact;
      expect((await call('GET', `/contacts/${waiting.uuid}/bot`)).body.bot).toEqual({ ...demoBot, status: 'started', conversationStartedAt: null });
      const ended = (await call('POST', '/contacts', { ...newContact, identifier: '447700900998', bot_status: 'bot_end' })).body.contact;
      expect((await call('GET', `/contacts/${ended.uuid}/bot`)).body.bot.status).toBe('ended');
    });

    it('is left as it is by a PATCH that does not name bot_status, and ended by one that does', async () => {
      const { call } = coreSandbox(open);
      const waiting = (await call('POST', '/contacts', newContact)).body.contact;
      const bot = async () => (await call('GET', `/contacts/${waiting.uuid}/bot`)).body.bot.status;
      await call('PATCH', `/contacts/${waiting.uuid}`, { name: 'Nia O.' });
      expect(await bot()).toBe('started');
      await call('PATCH', `/contacts/${waiting.uuid}`, { bot_status: 'bot_end' });
      expect(await bot()).toBe('ended');
    });
  });

  describe('webhook events', () => {
    const payloadOf = (event: keyof typeof webhookEvents, payload: unknown) => {
      expect(ajv.validate(webhookEvents[event].payload, payload), `${event}: ${ajv.errorsText()}`).toBe(true);
      return payload;
    };

    it('contact_created with the new contact, contact_updated with the contact as changed, contact_deleted with its uuid and time', async () => {
      const { call, events, clock } = coreSandbox(open);
      const created = (await call('POST', '/contacts', newContact)).body.contact;
      const updated = (await call('PATCH', `/contacts/${created.uuid}`, { tags: ['lead'] })).body.contact;
      await call('DELETE', `/contacts/${created.uuid}`);
      expect(events.map(({ event }) => event)).toEqual(['contact_created', 'contact_updated', 'contact_deleted']);
      expect(payloadOf('contact_created', events[0]!.payload)).toEqual(created);
      expect(payloadOf('contact_updated', events[1]!.payload)).toEqual({ ...created, tags: ['lead'] });
      expect(updated.tags).toEqual(['lead']);
      expect(payloadOf('contact_deleted', events[2]!.payload)).toEqual({ uuid: created.uuid, deleted: new Date(clock()).toISOString() });
    });

    it('none for a write that is refused', async () => {
      const { call, events } = coreSandbox(open);
      await call('POST', '/contacts', { ...newContact, tags: ['VIP'] });
      await call('PATCH', `/contacts/${johnDoe.uuid}`, { tags: ['VIP'] });
      await call('DELETE', '/contacts/ffffffffffffffffffffffffffffffff');
      expect(events).toEqual([]);
    });
  });

  describe('deleting a contact', () => {
    it('takes its bot status with it, and leaves the other contacts', async () => {
      const { call, store } = coreSandbox(open);
      await call('DELETE', `/contacts/${johnDoe.uuid}`);
      expect(store.records('contactBot').get(johnDoe.uuid)).toBeNull();
      expect((await call('GET', '/contacts')).body.contacts).toHaveLength(demoContacts.length - 1);
      expect((await call('GET', `/contacts/${giuliaBianchi.uuid}`)).status).toBe(200);
    });
  });
});
