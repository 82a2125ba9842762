/**
 * The objects of the Channels API: a channel of the account (a number or page on one platform),
 * its schema, and the channels of the demo account.
 */
import type { JsonSchema } from '../schema';
import { sources, type Source } from '../contacts_api/objects';
import { messagingChannel } from '../messages_api/objects';

export interface Channel {
  uuid: string;
  title: string;
  type: Source;
  main: boolean;
  /** When the channel was discarded; `null` while it is active. */
  discardedAt: string | null;
}

export const channelSchema: JsonSchema = {
  type: 'object',
  description: 'A channel of the account: one number or page on one platform, where conversations come in and messages go out.',
  properties: {
    uuid: { type: 'string', description: 'The identifier of the channel.' },
    title: { type: 'string', description: 'The name the channel goes by in Callbell.' },
    type: { type: 'string', enum: sources, description: 'The platform the channel is on; an account may have several channels of one type.' },
    main: { type: 'boolean', description: "Whether this is the account's main channel." },
    discardedAt: {
      anyOf: [{ type: 'string', format: 'date-time' }, { type: 'null' }],
      description: 'When the channel was discarded (ISO 8601); `null` while it is active. Answers about a single channel may leave it out.',
    },
  },
  required: ['uuid', 'title', 'type', 'main'],
  additionalProperties: false,
};

/** The demo account's channels: the three of the API's own examples, then the one the Messages API sends on. */
export const phoneNumber1: Channel = {
  uuid: '7c996996fea947f4a1d5a11e7fac84db',
  title: 'phone_number_1',
  type: 'whatsapp',
  main: true,
  discardedAt: null,
};

export const phoneNumber2: Channel = {
  uuid: 'dcefe6d18b5c4bbdb0661136c7f63c8e',
  title: 'phone_number_2',
  type: 'whatsapp',
  main: false,
  discardedAt: '2024-01-15T10:00:00Z',
};

export const phoneNumber3: Channel = {
  uuid: '759edec71ff440b29fc635c5fac84d4f',
  title: 'phone_number_3',
  type: 'whatsapp',
  main: false,
  discardedAt: '2024-01-15T10:05:00Z',
};

export const customerCare: Channel = {
  uuid: messagingChannel.uuid,
  title: 'Customer care',
  type: messagingChannel.source,
  main: false,
  discardedAt: null,
};

export const demoChannels: readonly Channel[] = [phoneNumber1, phoneNumber2, phoneNumber3, customerCare];

/** Whether the channel still carries conversations (the `active` filter of `GET /channels`). */
export const isActive = (channel: Channel): boolean => channel.discardedAt === null;
