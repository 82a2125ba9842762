/**
 * The send rules where the demo account cannot show them over HTTP: an account with channels of
 * two kinds. Everything else is tested over both stores in ../conformance.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { exampleValues, getRequest } from '../../src/requests';
import { janeRoe, johnDoe, maxMustermann } from '../../src/requests/contacts_api/objects';
import { demoAccount } from '../../src/requests/demo-account';
import { ApiError } from './errors';
import { MemoryStore } from './memory-store';
import { messageStatus, sendMessage } from './messages';
import type { Channel } from '../../src/requests/channels_api/objects';
import type { BodyOf } from './values';

const telegram: Channel = { uuid: '7e1d9c5b3a2f4e6d8c0b1a2f3e4d5c6b', title: 'Telegram', type: 'telegram', main: false, discardedAt: null };

/** The demo account with a Telegram channel beside its WhatsApp one. */
function twoChannelStore(): MemoryStore {
  const store = new MemoryStore();
  store.records('channel').put(telegram.uuid, telegram);
  return store;
}

const template = exampleValues(getRequest('messages_api', 'post_send_messages'), 'template').body as BodyOf<'messages_api', 'post_send_messages'>;

function refusal(work: () => unknown): ApiError {
  try {
    work();
  } catch (error) {
    if (error instanceof ApiError) return error;
    throw error;
  }
  throw new Error('the message was accepted');
}

describe('sending on an account with channels of several kinds', () => {
  it('refuses a channel_uuid of another kind than from', () => {
    const error = refusal(() => sendMessage(twoChannelStore(), Date.now, { ...template, channel_uuid: telegram.uuid }));
    expect(error.status).toBe(422);
    expect(error.details).toEqual([{ field: 'body.channel_uuid', message: 'is a telegram channel, not a whatsapp one as from says' }]);
  });

  it('sends on the kind from names, to the contacts of that kind', () => {
    const sent = sendMessage(twoChannelStore(), Date.now, { ...template, from: 'telegram', channel_uuid: telegram.uuid, to: maxMustermann.phoneNumber, fields: 'contact,conversation' });
    expect(sent.contact?.uuid).toBe(maxMustermann.uuid);
    expect(sent.conversation?.source).toBe('telegram');
  });
});

describe('sending on the demo account', () => {
  const sales = { ...demoAccount.team, uuid: 'b0f1c2d3e4f5a6b7c8d9e0f1a2b3c4d5', name: 'Sales', default: false };
  function storeWithSales(): MemoryStore {
    const store = new MemoryStore();
    store.records('team').put(sales.uuid, sales);
    return store;
  }
  const toJohn = { ...template, to: johnDoe.phoneNumber, fields: 'contact' };

  it('assigns the contact to the user and the team the message names, each alone or both, and to no one outside the account', () => {
    const both = storeWithSales();
    sendMessage(both, Date.now, { ...toJohn, assigned_user: demoAccount.user, team_uuid: sales.uuid });
    expect(both.get(johnDoe.uuid)).toMatchObject({ assignedUser: demoAccount.user, team: sales });
    const teamOnly = storeWithSales();
    sendMessage(teamOnly, Date.now, { ...toJohn, team_uuid: sales.uuid });
    expect(teamOnly.get(johnDoe.uuid)).toMatchObject({ assignedUser: johnDoe.assignedUser, team: sales });
    const userOnly = storeWithSales();
    sendMessage(userOnly, Date.now, { ...toJohn, assigned_user: demoAccount.user });
    expect(userOnly.get(johnDoe.uuid)).toMatchObject({ assignedUser: demoAccount.user, team: johnDoe.team });
    const outsider = storeWithSales();
    sendMessage(outsider, Date.now, { ...toJohn, assigned_user: 'someone@elsewhere.example' });
    expect(outsider.get(johnDoe.uuid)).toEqual(johnDoe);
  });

  it('finds the contact by a number written with spaces, dashes and a leading +', () => {
    const spaced = ` +${johnDoe.phoneNumber.slice(0, 2)} ${johnDoe.phoneNumber.slice(2, 5)}-${johnDoe.phoneNumber.slice(5)} `;
    expect(sendMessage(new MemoryStore(), Date.now, { ...toJohn, to: spaced }).contact?.uuid).toBe(johnDoe.uuid);
  });

  it('refuses a template to a new number that is not one: letters, more than 15 digits, a + inside', () => {
    for (const to of ['x123', '1234567890123456', `${johnDoe.phoneNumber.slice(0, 2)}+${johnDoe.phoneNumber.slice(2)}`]) {
      const error = refusal(() => sendMessage(new MemoryStore(), Date.now, { ...template, to }));
      expect(error.details, to).toEqual([{ field: 'body.to', message: `is "${to}", not a phone number (up to 15 digits with the country code; a leading +, spaces and dashes are ignored)` }]);
    }
  });

  it('names the kinds of channel the account has when from names another', () => {
    const error = refusal(() => sendMessage(twoChannelStore(), Date.now, { ...template, from: 'instagram' }));
    expect(error.details).toEqual([{ field: 'body.from', message: 'is "instagram", not a kind of channel this account has (it has: whatsapp, telegram)' }]);
  });

  it('has a status only for a message the account sent, not for a note or what the contact wrote', () => {
    const store = new MemoryStore();
    const note = { uuid: 'a-note', contactUuid: janeRoe.uuid, kind: 'note', text: 'Call back', channel: 'whatsapp', from: janeRoe.phoneNumber, to: janeRoe.phoneNumber } as const;
    store.addMessage({ ...note, createdAt: new Date(0).toISOString(), sentAt: null, deliveredAt: null, readAt: null, statusPayload: null, contentDeleted: false });
    const error = refusal(() => messageStatus(store, Date.now, 'a-note'));
    expect([error.status, error.message]).toEqual([404, 'No message with uuid "a-note"']);
  });

  it('gives each sent message a WhatsApp id of 27 URL-safe characters', () => {
    const store = new MemoryStore();
    const ids = Array.from({ length: 64 }, () => {
      const { uuid } = sendMessage(store, Date.now, toJohn);
      return (messageStatus(store, Date.now, uuid).messageStatusPayload!.payload as { whatsappMessageId: string }).whatsappMessageId;
    });
    for (const id of ids) expect(id).toMatch(/^[A-Za-z0-9_-]{27}$/);
    expect(new Set(ids).size).toBe(ids.length);
  });
});
