/**
 * The send rules where the demo account cannot show them over HTTP: an account with channels of
 * two kinds. Everything else is tested over both stores in ../conformance.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { exampleValues, getRequest } from '../../src/requests';
import { maxMustermann } from '../../src/requests/contacts_api/objects';
import { ApiError } from './errors';
import { MemoryStore } from './memory-store';
import { sendMessage } from './messages';
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
