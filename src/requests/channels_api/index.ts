/** The Channels API: list the account's channels, read one, rename one. */
import { defineRequest } from '../define';
import { pageMetaSchema, pageParam } from '../pagination';
import type { JsonSchema } from '../schema';
import type { EndpointGroup } from '../types';
import { sources } from '../contacts_api/objects';
import { channelSchema, demoChannels, isActive, phoneNumber1 } from './objects';
import { documentedError, invalidParameters, notFound } from '../errors';

const noSuchChannel = notFound('channel', 'uuid', 'No such channel');

const channelUuid = {
  uuid: { type: 'string', required: true, description: 'The identifier of the channel.' },
} as const;

const oneChannel = (description: string): JsonSchema => ({
  type: 'object',
  description,
  properties: { channel: channelSchema },
  required: ['channel'],
  additionalProperties: false,
});

const get_channels = defineRequest({
  method: 'GET',
  path: '/channels',
  errors: [
    invalidParameters({ query: { type: 'sms' } }, [{ field: 'query.type', message: `must be one of: ${sources.join(', ')}` }]),
  ],
  summary: 'Lists the channels of the account, one page at a time, optionally of one type or only the active (or discarded) ones.',
  params: {
    path: {},
    query: {
      page: pageParam,
      type: { type: 'string', enum: sources, description: 'Only channels of this type.' },
      active: { since: '2026-02-06', type: 'boolean', description: '`true`: only channels in use; `false`: only discarded ones.' },
    },
    body: null,
  },
  examples: {
    active_whatsapp: { summary: 'The active WhatsApp channels, first page', path: {}, query: { type: 'whatsapp', active: true, page: 1 } },
  },
  response: {
    status: 200,
    description: 'One page of channels, and where it stands among all of them.',
    schema: {
      type: 'object',
      properties: {
        channels: { type: 'array', items: channelSchema, description: 'The channels of this page, oldest first.' },
        meta: pageMetaSchema,
      },
      required: ['channels', 'meta'],
      additionalProperties: false,
    },
    example: { channels: demoChannels.filter((channel) => channel.type === 'whatsapp' && isActive(channel)), meta: { page: 1, pages: 1 } },
  },
});

const get_channel = defineRequest({
  method: 'GET',
  path: '/channels/:uuid',
  errors: [
    noSuchChannel,
    invalidParameters({ query: { expand: 'contacts' } }, [{ field: 'query.expand', message: 'is not a parameter of this request' }]),
  ],
  summary: 'Retrieves one channel by its identifier.',
  params: { path: channelUuid, query: {}, body: null },
  examples: { phone_number_1: { summary: 'The main WhatsApp channel, by uuid', path: { uuid: phoneNumber1.uuid }, query: {} } },
  response: { status: 200, description: 'The channel.', schema: oneChannel('The channel.'), example: { channel: phoneNumber1 } },
});

const patch_channel = defineRequest({
  method: 'PATCH',
  path: '/channels/:uuid',
  errors: [
    noSuchChannel,
    invalidParameters({ body: { title: 42 } }, [{ field: 'body.title', message: 'must be a string' }]),
    documentedError(422, 'The new title is blank (only spaces).', { body: { title: ' ' } }, 'body.title is blank; a channel needs a title', [
      { field: 'body.title', message: 'is blank; a channel needs a title' },
    ]),
  ],
  summary: 'Renames a channel; nothing else of it changes.',
  params: {
    path: channelUuid,
    query: {},
    body: {
      fields: {
        title: { type: 'string', notBlank: true, description: 'The new title of the channel; it cannot be blank.' },
      },
    },
  },
  examples: {
    new_title: { summary: 'The main WhatsApp channel, renamed "New title"', path: { uuid: phoneNumber1.uuid }, query: {}, body: { title: 'New title' } },
  },
  response: {
    status: 200,
    description: 'The channel, as it is now.',
    schema: oneChannel('The channel, as it is now.'),
    example: { channel: { ...phoneNumber1, title: 'New title' } },
  },
});

export const channelsApi = {
  title: 'Channels API',
  since: '2024-02-09',
  description: "The account's channels (WhatsApp numbers, Facebook pages…): list them, read one, rename one.",
  requests: { get_channels, get_channel, patch_channel },
} as const satisfies EndpointGroup;
