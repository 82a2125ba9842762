/**
 * A contact's conversation in the sandbox, over both stores: closed and reopened (with the
 * webhook events), notes, the funnel stage, and the messages as listed: newest first, paged,
 * with what the account sent through the Messages API.
 */
import { describe, expect, it } from 'vitest';
import { demoConversation } from '../../src/requests/contacts_api/conversation';
import { giuliaBianchi, janJansen, johnDoe } from '../../src/requests/contacts_api/objects';
import { demoAccount } from '../../src/requests/demo-account';
import { demoFunnels } from '../../src/requests/funnels_api/objects';
import { demoMessages, welcomeTemplate } from '../../src/requests/messages_api/objects';
import { webhookEvents } from '../../src/requests/webhooks_api/events';
import { ajv, expectError } from '../../tests/support/sandbox';
import { coreSandbox, coreStores } from '../../tests/support/sandbox-core';
import { PAGE_SIZE, isoSeconds } from './store';

const conversation = (uuid: string) => `/contacts/${uuid}/conversation`;

describe.each(coreStores)('conversations over the $name store', ({ open }) => {
  describe('closing and reopening', () => {
    it('sets closedAt to the time of closing, shown by later reads, and back to null on reopening', async () => {
      const { call, clock } = coreSandbox(open);
      const closed = await call('POST', `${conversation(johnDoe.uuid)}/close`);
      expect(closed.body.contact).toEqual({ ...johnDoe, closedAt: isoSeconds(clock()) });
      expect((await call('GET', `/contacts/${johnDoe.uuid}`)).body.contact.closedAt).toBe(isoSeconds(clock()));
      const reopened = await call('POST', `${conversation(johnDoe.uuid)}/open`);
      expect(reopened.body.contact).toEqual(johnDoe);
      expect((await call('GET', `/contacts/${johnDoe.uuid}`)).body.contact.closedAt).toBeNull();
    });

    it('keeps the first closing time when closed again, and announces each change once, with the documented payloads', async () => {
      const { call, clock, events } = coreSandbox(open);
      await call('POST', `${conversation(johnDoe.uuid)}/close`);
      const closedAt = isoSeconds(clock());
      clock.advance(60_000);
      expect((await call('POST', `${conversation(johnDoe.uuid)}/close`)).body.contact.closedAt).toBe(closedAt);
      await call('POST', `${conversation(johnDoe.uuid)}/open`);
      await call('POST', `${conversation(johnDoe.uuid)}/open`);
      expect(events.map(({ event }) => event)).toEqual(['conversation_closed', 'conversation_opened']);
      const { conversationHref, ...contact } = johnDoe;
      expect(events[0]!.payload).toEqual({
        source: 'whatsapp', href: conversationHref, contact: { ...contact, closedAt }, createdAt: johnDoe.createdAt, closedAt, closingReason: 'issue_resolved',
      });
      expect(events[1]!.payload).toEqual({ source: 'whatsapp', href: conversationHref, contact, createdAt: johnDoe.createdAt });
      for (const { event, payload } of events) expect(ajv.validate(webhookEvents[event].payload, payload), ajv.errorsText()).toBe(true);
    });

    it('404 for a contact that does not exist', async () => {
      const { call } = coreSandbox(open);
      expectError(await call('POST', `${conversation('ffffffffffffffffffffffffffffffff')}/close`), 404, /No contact with uuid/);
      expectError(await call('POST', `${conversation('ffffffffffffffffffffffffffffffff')}/open`), 404, /No contact with uuid/);
    });
  });

  describe('the messages of a conversation', () => {
    it('lists the demo conversation as the API shows it, and nothing for a contact with none', async () => {
      const { call } = coreSandbox(open);
      expect((await call('GET', `/contacts/${giuliaBianchi.uuid}/messages`)).body).toEqual({ messages: demoConversation });
      expect((await call('GET', `/contacts/${johnDoe.uuid}/messages`)).body).toEqual({ messages: [] });
      expectError(await call('GET', '/contacts/ffffffffffffffffffffffffffffffff/messages'), 404, /No contact with uuid/);
    });

    it('shows a note first, without a uuid, from and to the contact, its @ mention as written', async () => {
      const { call, clock } = coreSandbox(open);
      clock.advance(1000);
      expect((await call('POST', `${conversation(giuliaBianchi.uuid)}/note`, { text: 'Hey @john.doe, look here!' })).body).toEqual({ success: true });
      const [note, ...earlier] = (await call('GET', `/contacts/${giuliaBianchi.uuid}/messages`)).body.messages;
      expect(note).toEqual({
        text: 'Hey @john.doe, look here!', createdAt: isoSeconds(clock()), status: 'note', channel: 'whatsapp', from: giuliaBianchi.phoneNumber, to: giuliaBianchi.phoneNumber,
      });
      expect(earlier).toEqual(demoConversation);
    });

    it('refuses an empty note, and one for a contact that does not exist', async () => {
      const { call } = coreSandbox(open);
      expectError(await call('POST', `${conversation(giuliaBianchi.uuid)}/note`, { text: '' }), 422, /body\.text is required/);
      expectError(await call('POST', `${conversation('ffffffffffffffffffffffffffffffff')}/note`, { text: 'Hi' }), 404);
      expect((await call('GET', `/contacts/${giuliaBianchi.uuid}/messages`)).body.messages).toEqual(demoConversation);
    });

    it('shows what the account sends, with its uuid and text (a template filled in); a deleted one without its text', async () => {
      const { call, clock } = coreSandbox(open);
      clock.advance(1000);
      const text = await call('POST', '/messages/send', { to: `+${janJansen.phoneNumber}`, from: 'whatsapp', type: 'text', content: { text: 'Your parcel is on its way' } });
      clock.advance(1000);
      const template = await call('POST', '/messages/send', {
        to: `+${janJansen.phoneNumber}`, from: 'whatsapp', type: 'text', content: { text: 'Jan' }, template_uuid: welcomeTemplate.uuid, optin_contact: true,
      });
      await call('DELETE', `/messages/${demoMessages[1].uuid}`);
      const listed = (await call('GET', `/contacts/${janJansen.uuid}/messages`)).body.messages;
      const sent = { status: 'sent', channel: 'whatsapp', from: demoAccount.phoneNumber, to: janJansen.phoneNumber };
      expect(listed).toEqual([
        { ...sent, uuid: template.body.message.uuid, text: welcomeTemplate.text.replace('{{1}}', 'Jan'), createdAt: isoSeconds(clock()) },
        { ...sent, uuid: text.body.message.uuid, text: 'Your parcel is on its way', createdAt: isoSeconds(clock() - 1000) },
        // The demo messages, sent when the account was made; the deleted one keeps no text.
        { ...sent, uuid: demoMessages[1].uuid, text: '', createdAt: isoSeconds(clock() - 2000) },
        { ...sent, uuid: demoMessages[0].uuid, text: demoMessages[0].text, createdAt: isoSeconds(clock() - 2000) },
      ]);
    });

    it(`pages them by ${PAGE_SIZE}, newest first`, async () => {
      const { call, clock } = coreSandbox(open);
      for (let i = 1; i <= PAGE_SIZE; i += 1) {
        clock.advance(1000);
        await call('POST', `${conversation(giuliaBianchi.uuid)}/note`, { text: `Note ${i}` });
      }
      const page = async (number: number) => (await call('GET', `/contacts/${giuliaBianchi.uuid}/messages?page=${number}`)).body.messages.map((m: { text: string }) => m.text);
      const first = await page(1);
      expect(first).toHaveLength(PAGE_SIZE);
      expect(first.slice(0, 2)).toEqual([`Note ${PAGE_SIZE}`, `Note ${PAGE_SIZE - 1}`]);
      expect(await page(2)).toEqual(demoConversation.map((message) => message.text));
      expect(await page(3)).toEqual([]);
    });
  });

  describe('the funnel stage', () => {
    it('moves the conversation to a stage of the account, shown by later reads and announced as a contact update', async () => {
      const { call, events } = coreSandbox(open);
      const [, interest] = demoFunnels;
      const moved = await call('PUT', `${conversation(johnDoe.uuid)}/update_funnel`, { funnel_id: interest!.uuid });
      expect(moved.body.contact).toEqual({ ...johnDoe, funnelId: interest!.uuid });
      expect((await call('GET', `/contacts/${johnDoe.uuid}`)).body.contact.funnelId).toBe(interest!.uuid);
      expect(events).toEqual([{ event: 'contact_updated', payload: moved.body.contact }]);
    });

    it('refuses a stage the account does not have, and needs funnel_id', async () => {
      const { call } = coreSandbox(open);
      const answer = await call('PUT', `${conversation(johnDoe.uuid)}/update_funnel`, { funnel_id: 'no-such-stage' });
      expectError(answer, 422, /not a funnel stage of this account \(GET \/funnels lists them\)/);
      expect(answer.body.error.details).toEqual([{ field: 'body.funnel_id', message: 'is "no-such-stage", not a funnel stage of this account' }]);
      expectError(await call('PUT', `${conversation(johnDoe.uuid)}/update_funnel`, {}), 422, /body\.funnel_id is required/);
      expectError(await call('PUT', `${conversation('ffffffffffffffffffffffffffffffff')}/update_funnel`, { funnel_id: demoFunnels[0]!.uuid }), 404);
      expect((await call('GET', `/contacts/${johnDoe.uuid}`)).body.contact).toEqual(johnDoe);
    });

    it('lists the stages the account has', async () => {
      const { call, store } = coreSandbox(open);
      expect((await call('GET', '/funnels')).body).toEqual({ funnels: demoFunnels });
      store.records('funnel').delete(demoFunnels[3]!.uuid);
      expect((await call('GET', '/funnels')).body.funnels).toEqual(demoFunnels.slice(0, 3));
    });
  });
});
