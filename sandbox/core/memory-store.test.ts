import { describe, expect, it } from 'vitest';
import { demoBot } from '../../src/requests/contacts_api/bot';
import { demoConversation } from '../../src/requests/contacts_api/conversation';
import { demoAccount, demoContacts, giuliaBianchi, janJansen, johnDoe } from '../../src/requests/contacts_api/objects';
import { demoFunnels } from '../../src/requests/funnels_api/objects';
import { demoMessages, welcomeTemplate } from '../../src/requests/messages_api/objects';
import { MemoryStore, type Persistence } from './memory-store';

/** A stand-in for the page's sessionStorage: one saved text, kept across "page loads". */
function sessionStorageLike(saved: string | null = null): Persistence & { saved: string | null } {
  return {
    saved,
    load() {
      return this.saved;
    },
    save(text) {
      this.saved = text;
    },
  };
}

describe('the in-browser store', () => {
  it('upgrades a session saved before messages, keeping its contacts and adding the messaging demo data', () => {
    // What the sandbox saved before it knew messages: the account without a shape, templates or messages.
    const renamed = { ...johnDoe, name: 'Renamed' };
    const before = JSON.stringify({ contacts: [renamed], teams: [demoAccount.team], users: [], tags: [], customFields: [], channels: [] });
    const store = new MemoryStore({ persistence: sessionStorageLike(before) });
    expect(store.get(johnDoe.uuid)).toEqual(renamed);
    expect(store.get(janJansen.uuid)).toEqual(janJansen);
    expect(store.message(demoMessages[0].uuid)?.statusPayload).toEqual(demoMessages[0].statusPayload);
    expect(store.lastWrote(janJansen.uuid)).not.toBeNull();
    expect(store.records('channel').get(demoAccount.channelUuid)).not.toBeNull();
  });

  it('upgrades a session of shape 3: contacts, messages and custom fields kept, with what they have gained', () => {
    // What the sandbox saved before conversations, notes, funnels and typed custom fields.
    const { funnelId: _funnel, closedAt: _closed, note: _note, bsuid: _bsuid, ...before } = { ...johnDoe, name: 'Renamed', customFields: { 'Shoe size': '44' } };
    const sent = { uuid: '0123456789abcdef0123456789abcdef', contactUuid: johnDoe.uuid, createdAt: '2025-01-01T00:00:00.000Z', sentAt: null, deliveredAt: null, readAt: null, statusPayload: null, contentDeleted: false };
    const saved = JSON.stringify({
      shape: 3,
      contacts: [before],
      lastWrote: {},
      messages: [sent],
      records: { team: [[demoAccount.team.uuid, demoAccount.team]], customField: [['orderNumber', { name: 'orderNumber' }], ['Shoe size', { name: 'Shoe size' }]] },
    });
    const store = new MemoryStore({ persistence: sessionStorageLike(saved) });
    expect(store.get(johnDoe.uuid)).toEqual({ ...before, funnelId: null, closedAt: null, note: null, bsuid: johnDoe.bsuid });
    expect(store.message(sent.uuid)).toEqual({ ...sent, kind: 'sent', text: '', channel: 'whatsapp', from: demoAccount.phoneNumber, to: johnDoe.phoneNumber });
    expect(store.records('customField').get('orderNumber')).toEqual({ name: 'orderNumber', type: 'number' });
    expect(store.records('customField').get('Shoe size')).toEqual({ name: 'Shoe size', type: 'text' });
    expect(store.get(giuliaBianchi.uuid)).toEqual(giuliaBianchi);
    expect(store.messagesOf(giuliaBianchi.uuid).map((message) => message.text)).toEqual(demoConversation.map((message) => message.text));
    expect(store.lastWrote(giuliaBianchi.uuid)).not.toBeNull();
    expect(store.records('funnel').list()).toEqual(demoFunnels);
    expect(store.records('bot').get(demoBot.uuid)).toEqual(demoBot);
  });

  it('starts from the demo account when what the session saved cannot be read', () => {
    for (const saved of ['{"contacts": [', 'null', '{"shape": 99}']) {
      const store = new MemoryStore({ persistence: sessionStorageLike(saved) });
      expect(store.get(janJansen.uuid), saved).toEqual(janJansen);
      expect(store.contacts(), saved).toHaveLength(demoContacts.length);
    }
  });
});
