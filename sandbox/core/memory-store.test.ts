import { describe, expect, it } from 'vitest';
import { demoBot } from '../../src/requests/contacts_api/bot';
import { demoConversation } from '../../src/requests/contacts_api/conversation';
import { customerCare } from '../../src/requests/channels_api/objects';
import { demoContacts, giuliaBianchi, janJansen } from '../../src/requests/contacts_api/objects';
import { demoAccount } from '../../src/requests/demo-account';
import { demoFunnels } from '../../src/requests/funnels_api/objects';
import { demoMessages } from '../../src/requests/messages_api/objects';
import { demoAgent } from '../../src/requests/teams_api/objects';
import { demoTemplates, welcomeTemplate } from '../../src/requests/template_messages_api/objects';
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
  // The sessions below are frozen as the sandbox saved them then: literal JSON, not today's demo
  // objects, so that what an upgrade must add is missing from them, as it was.
  const general = { uuid: 'ad42a09715814e6483b1c5debd6a2dbc', name: 'General', createdAt: '2020-11-13T21:08:53Z', default: true, members: 1 };
  /** John Doe renamed by a PATCH, as contacts were saved before conversations, notes, funnels and BSUIDs. */
  const renamedJohn = {
    uuid: '414a6d692bd645ed803f2e7ce360d4c8',
    name: 'Renamed',
    phoneNumber: '123456789',
    avatarUrl: null,
    createdAt: '2020-11-13T21:08:53Z',
    source: 'whatsapp',
    href: 'https://dash.callbell.eu/contacts/414a6d692bd645ed803f2e7ce360d4c8',
    conversationHref: 'https://dash.callbell.eu/chat/414a6d692bd645ed803f2e7ce360d4c8',
    tags: ['lead'],
    assignedUser: 'agent@example.com',
    customFields: { 'Shoe size': '44' },
    team: general,
  };
  /** What an upgrade gives a contact of then: an open conversation, no funnel, no note, and a demo contact's BSUID. */
  const upgradedJohn = { ...renamedJohn, funnelId: null, closedAt: null, note: null, bsuid: 'bsuid_abc123' };

  it('upgrades a session saved before messages (no shape): its contacts and records kept, with what they have gained, and the demo data added', () => {
    const saved = JSON.stringify({
      contacts: [renamedJohn],
      teams: [general],
      users: ['agent@example.com'],
      tags: ['lead'],
      customFields: ['Address', 'Shoe size'],
      channels: [
        { uuid: '35f6f8cc-b550-4278-a2ea-099f3a4e0730', source: 'whatsapp' },
        { uuid: 'b1f0c2d3e4a5968778695a4b3c2d1e0f', source: 'whatsapp' },
      ],
    });
    const store = new MemoryStore({ persistence: sessionStorageLike(saved) });
    expect(store.get(renamedJohn.uuid)).toEqual(upgradedJohn);
    expect(store.findByBsuid('bsuid_abc123')?.name).toBe('Renamed');
    expect(store.get(janJansen.uuid)).toEqual({ ...janJansen, team: general });
    expect(store.message(demoMessages[0].uuid)?.statusPayload).toEqual(demoMessages[0].statusPayload);
    expect(store.lastWrote(janJansen.uuid)).not.toBeNull();
    expect(store.records('customField').get('Address')).toEqual({ name: 'Address', type: 'text' });
    expect(store.records('customField').get('Shoe size')).toEqual({ name: 'Shoe size', type: 'text' });
    // Records of the shape before their APIs are the demo records they were; one no demo record matches is gone.
    expect(store.records('channel').get(customerCare.uuid)).toEqual(customerCare);
    expect(store.records('channel').get('b1f0c2d3e4a5968778695a4b3c2d1e0f')).toBeNull();
    expect(store.records('user').get(demoAgent.email)).toEqual(demoAgent);
    expect(store.records('template').list()).toEqual(demoTemplates);
  });

  it('upgrades a session of shape 3: contacts, messages and records kept, with what they have gained', () => {
    const sent = { uuid: '0123456789abcdef0123456789abcdef', contactUuid: renamedJohn.uuid, createdAt: '2025-01-01T00:00:00.000Z', sentAt: null, deliveredAt: null, readAt: null, statusPayload: null, contentDeleted: false };
    const saved = JSON.stringify({
      shape: 3,
      contacts: [renamedJohn],
      lastWrote: {},
      messages: [sent],
      records: {
        team: [[general.uuid, general]],
        user: [['agent@example.com', { email: 'agent@example.com' }]],
        customField: [['orderNumber', { name: 'orderNumber' }], ['Shoe size', { name: 'Shoe size' }]],
        channel: [['35f6f8cc-b550-4278-a2ea-099f3a4e0730', { uuid: '35f6f8cc-b550-4278-a2ea-099f3a4e0730', source: 'whatsapp' }]],
        template: [['d980fb66fd5043d3ace1aa06ba044342', { uuid: 'd980fb66fd5043d3ace1aa06ba044342', name: 'welcome', text: 'Hello {{1}}' }]],
      },
    });
    const store = new MemoryStore({ persistence: sessionStorageLike(saved) });
    expect(store.get(renamedJohn.uuid)).toEqual(upgradedJohn);
    expect(store.message(sent.uuid)).toEqual({ ...sent, kind: 'sent', text: '', channel: 'whatsapp', from: demoAccount.phoneNumber, to: '123456789' });
    expect(store.records('customField').get('orderNumber')).toEqual({ name: 'orderNumber', type: 'number' });
    expect(store.records('customField').get('Shoe size')).toEqual({ name: 'Shoe size', type: 'text' });
    expect(store.records('channel').get(customerCare.uuid)).toEqual(customerCare);
    expect(store.records('user').get(demoAgent.email)).toEqual(demoAgent);
    expect(store.records('template').get(welcomeTemplate.uuid)).toEqual(welcomeTemplate);
    expect(store.get(giuliaBianchi.uuid)).toEqual({ ...giuliaBianchi, team: general });
    expect(store.messagesOf(giuliaBianchi.uuid).map((message) => message.text)).toEqual(demoConversation.map((message) => message.text));
    expect(store.lastWrote(giuliaBianchi.uuid)).not.toBeNull();
    expect(store.records('funnel').list()).toEqual(demoFunnels);
    expect(store.records('bot').get(demoBot.uuid)).toEqual(demoBot);
  });

  it('saves an upgraded session in the current shape, read again as it is', () => {
    const persistence = sessionStorageLike(JSON.stringify({ contacts: [renamedJohn], teams: [general], users: [], tags: [], customFields: [], channels: [] }));
    new MemoryStore({ persistence }).update(renamedJohn.uuid, { note: 'Upgraded' });
    expect(JSON.parse(persistence.saved!)).toMatchObject({ shape: 5 });
    expect(new MemoryStore({ persistence }).get(renamedJohn.uuid)).toEqual({ ...upgradedJohn, note: 'Upgraded' });
  });

  it('starts from the demo account when what the session saved cannot be read', () => {
    for (const saved of ['{"contacts": [', 'null', '{"shape": 99}']) {
      const store = new MemoryStore({ persistence: sessionStorageLike(saved) });
      expect(store.get(janJansen.uuid), saved).toEqual(janJansen);
      expect(store.contacts(), saved).toHaveLength(demoContacts.length);
    }
  });
});
