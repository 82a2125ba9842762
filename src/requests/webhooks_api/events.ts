/**
 * The webhook events the API documents, by name: what a subscriber may ask for and what the
 * sandbox sends. Each event has its payload's schema (fields described), the API's example
 * payload, and the group its page sits in. Delivered, an event is `{"event": name, "payload": …}`.
 */
import type { ReleaseMarks } from '../releases';
import type { JsonSchema } from '../schema';
import { contactSchema, sources, teamSchema } from '../contacts_api/objects';
import { messageStatuses, messageStatusPayloadSchema } from '../messages_api/objects';
import { teamMemberSchema } from '../teams_api/objects';
import {
  messageContactCardExample,
  messageContactCardSchema,
  messageContextSchema,
  messageForwardSchema,
  messageInteractiveListExample,
  messageInteractiveListSchema,
  messageLocationExample,
  messageLocationSchema,
  messageReplyButtonExample,
  messageReplyButtonSchema,
} from './message-parts';

export const webhookEventNames = [
  'message_created',
  'message_status_updated',
  'contact_created',
  'contact_updated',
  'contact_deleted',
  'agent_status_updated',
  'agent_session_updated',
  'conversation_opened',
  'conversation_closed',
  'team_membership_updated',
] as const;

export type WebhookEventName = (typeof webhookEventNames)[number];

/** The groups the event pages are filed in (`docs/api_reference/webhooks/<group>/<event>.mdx`), in sidebar order. */
export const webhookEventGroups = ['message_events', 'contact_events', 'agent_events', 'conversation_events', 'team_events'] as const;
export type WebhookEventGroup = (typeof webhookEventGroups)[number];

export interface WebhookEventSpec extends ReleaseMarks {
  readonly group: WebhookEventGroup;
  /** When Callbell sends it, in a line. */
  readonly summary: string;
  readonly payload: JsonSchema;
  /** The payload of the API's own example. */
  readonly example: unknown;
}

type ObjectSchema = Extract<JsonSchema, { type: 'object' }>;

function objectSchema(schema: JsonSchema): ObjectSchema {
  if (!('type' in schema) || schema.type !== 'object') throw new Error('expected an object schema');
  return schema;
}

const isoDate = (description: string) => ({ type: 'string', format: 'date-time', description }) as const;

/** The fields of a contact that every webhook carries; the others come when the contact has them. */
const contactInEvents = ['uuid', 'name', 'phoneNumber', 'avatarUrl', 'createdAt', 'source', 'href', 'conversationHref', 'tags'] as const;

/** The Contact object as events carry it: the same fields, of which `required` are always there. */
function contactAsSent(description: string, required: readonly string[] = contactInEvents): JsonSchema {
  return { ...objectSchema(contactSchema), required, description };
}

const metadata: JsonSchema = {
  type: 'object',
  additionalProperties: { type: 'string' },
  description: 'The metadata sent with the message (`metadata` of POST /messages/send), when it had any.',
};

const messageCreated: JsonSchema = {
  type: 'object',
  properties: {
    to: { type: 'string', description: 'Who received the message, as the channel identifies them (for WhatsApp, a phone number).' },
    from: { type: 'string', description: 'Who sent the message, as the channel identifies them.' },
    text: { type: 'string', description: 'What the message says; empty when it is only an attachment.' },
    attachments: { type: 'array', items: { type: 'string' }, description: 'The addresses of its files, if any.' },
    status: { type: 'string', enum: ['received', 'sent'], description: '`received` when the customer wrote it, `sent` when your account did.' },
    channel: { type: 'string', enum: sources, description: 'The kind of channel it went through.' },
    contact: {
      ...contactAsSent('The customer of the conversation.'),
      change: { date: '2023-12-14', text: 'It carries the whole contact, so reading it takes no further request.' },
    },
    createdAt: isoDate('When the message was written, as an ISO 8601 date.'),
    metadata,
    messageContactCard: messageContactCardSchema,
    messageContext: messageContextSchema,
    messageForward: messageForwardSchema,
    messageInteractiveList: messageInteractiveListSchema,
    messageLocation: messageLocationSchema,
    messageReplyButton: messageReplyButtonSchema,
  },
  required: ['to', 'from', 'text', 'attachments', 'status', 'channel', 'contact', 'createdAt'],
  additionalProperties: false,
};

const messageStatusUpdated: JsonSchema = {
  type: 'object',
  properties: {
    uuid: { type: 'string', description: 'The identifier of the message: the `uuid` POST /messages/send answered.' },
    status: { type: 'string', enum: messageStatuses, description: 'The status the message has reached.' },
    metadata,
    messageStatusPayload: messageStatusPayloadSchema,
    contact: contactAsSent('The customer the message went to.'),
  },
  required: ['uuid', 'status', 'messageStatusPayload'],
  additionalProperties: false,
};

const contactDeleted: JsonSchema = {
  type: 'object',
  properties: {
    uuid: { type: 'string', description: 'The identifier the deleted contact had.' },
    deleted: isoDate('When it was deleted, as an ISO 8601 date.'),
  },
  required: ['uuid', 'deleted'],
  additionalProperties: false,
};

const agentSessionUpdated: JsonSchema = {
  type: 'object',
  properties: {
    action: {
      type: 'string',
      enum: ['user_logged_in', 'user_logged_out', 'system_logged_out'],
      description: '`user_logged_in` or `user_logged_out` when the agent did it, `system_logged_out` when the session expired.',
    },
    user: teamMemberSchema,
  },
  required: ['action', 'user'],
  additionalProperties: false,
};

const conversationFields = {
  source: { type: 'string', enum: sources, description: 'The kind of channel of the conversation.' },
  href: { type: 'string', format: 'uri', description: 'The conversation in the Callbell dashboard.' },
  contact: contactAsSent(
    'The customer of the conversation (without `conversationHref`: `href` above is that).',
    contactInEvents.filter((field) => field !== 'conversationHref'),
  ),
  createdAt: isoDate('When the conversation began, as an ISO 8601 date.'),
} as const;

const conversationOpened: JsonSchema = {
  type: 'object',
  properties: conversationFields,
  required: Object.keys(conversationFields),
  additionalProperties: false,
};

const conversationClosed: JsonSchema = {
  type: 'object',
  properties: {
    ...conversationFields,
    closedAt: isoDate('When it was closed, as an ISO 8601 date.'),
    closingReason: { since: '2026-02-19', type: 'string', description: 'Why it was closed, such as `issue_resolved`.' },
  },
  required: [...Object.keys(conversationFields), 'closedAt', 'closingReason'],
  additionalProperties: false,
};

const teamMembershipUpdated: JsonSchema = {
  type: 'object',
  properties: {
    team: teamSchema,
    user: teamMemberSchema,
    reason: { type: 'string', enum: ['agent_added', 'agent_removed'], description: 'Whether the agent joined the team or left it.' },
    lastUpdateAt: isoDate('When it happened, as an ISO 8601 date.'),
  },
  required: ['team', 'user', 'reason', 'lastUpdateAt'],
  additionalProperties: false,
};

/** The contact of the API's examples, as message and contact events carry it. */
const exampleContact = {
  href: 'https://dash.callbell.eu/contacts/eb2b914a977e4ab896e7b886698b3eac',
  conversationHref: 'https://dash.callbell.eu/chat/f3670b13446b412796238b1cd78899f9',
  name: 'John Doe',
  tags: ['Lead'],
  uuid: 'eb2b914a977e4ab896e7b886698b3eac',
  source: 'whatsapp',
  avatarUrl: null,
  createdAt: '2022-10-12T15:57:16Z',
  phoneNumber: '331122334455',
};

const { conversationHref: _inConversation, ...contactInConversation } = exampleContact;

/** A text the customer wrote: the API's `message_created` example without its optional parts. */
export const textMessageExample = {
  to: '331122334455',
  from: '335544332211',
  text: 'Hello',
  attachments: [],
  status: 'received',
  channel: 'whatsapp',
  contact: exampleContact,
  createdAt: '2022-10-18T12:06:29.000+02:00',
};

const agent = { email: 'john.doe@gmail.com', name: 'John Doe' };

const conversationExample = {
  source: 'whatsapp',
  href: 'https://dash.callbell.eu/chat/f3670b13446b412796238b1cd78899f9',
  contact: contactInConversation,
  createdAt: '2023-11-20T17:14:22Z',
};

export const webhookEvents: { readonly [N in WebhookEventName]: WebhookEventSpec } = {
  message_created: {
    group: 'message_events',
    summary: 'A message was written in a conversation: received from a customer, or sent to one.',
    payload: messageCreated,
    example: {
      ...textMessageExample,
      messageLocation: messageLocationExample,
      messageContactCard: messageContactCardExample,
      messageReplyButton: messageReplyButtonExample,
      messageInteractiveList: messageInteractiveListExample,
    },
  },
  message_status_updated: {
    group: 'message_events',
    summary: 'A message you sent reached a new status: enqueued, sent, delivered, read, or failed.',
    payload: messageStatusUpdated,
    example: {
      uuid: 'adf3d1216d4c4dcd908199d6700f2381',
      status: 'read',
      contact: exampleContact,
      messageStatusPayload: {
        id: 'gBGGM2MSRxl_Aglqmg5KQXU7ABC',
        gsId: '2b34bfb7-2631-4763-89fb-1b3c65a4babc',
        type: 'read',
        payload: { ts: 1686563913 },
        destination: '1122334455',
      },
    },
  },
  contact_created: {
    group: 'contact_events',
    summary: 'A contact was created.',
    payload: contactAsSent('The new contact.'),
    example: exampleContact,
  },
  contact_updated: {
    group: 'contact_events',
    summary: 'A contact changed, its tags included.',
    payload: contactAsSent('The contact, as it is now.'),
    example: exampleContact,
  },
  contact_deleted: {
    group: 'contact_events',
    summary: 'A contact was deleted.',
    payload: contactDeleted,
    example: { uuid: 'fad77e68757b43c3b77b51cd66ec18f3', deleted: '2022-10-17T15:15:06.095Z' },
  },
  agent_status_updated: {
    since: '2024-02-22',
    group: 'agent_events',
    summary: 'An agent switched between available and away.',
    payload: teamMemberSchema,
    example: {
      ...agent,
      available: false,
      lastUpdatedAt: '2024-02-21T12:02:47Z',
      userCustomStatus: { updatedAt: '2025-02-04T20:21:31Z', id: '0d6041a2-8b88-49ec-a99b-a88a078a16c1', name: 'Vacationing', emoji: '🌴' },
    },
  },
  agent_session_updated: {
    since: '2024-11-26',
    group: 'agent_events',
    summary: 'An agent logged in or out, or their session expired.',
    payload: agentSessionUpdated,
    example: { action: 'user_logged_in', user: { ...agent, available: false, lastUpdatedAt: '2024-02-21T12:02:47Z' } },
  },
  conversation_opened: {
    since: '2023-11-30',
    group: 'conversation_events',
    summary: 'A conversation was opened, or opened again.',
    payload: conversationOpened,
    example: conversationExample,
  },
  conversation_closed: {
    since: '2023-11-30',
    group: 'conversation_events',
    summary: 'A conversation was closed.',
    payload: conversationClosed,
    example: { ...conversationExample, closingReason: 'issue_resolved', closedAt: '2023-11-20T17:14:22Z' },
  },
  team_membership_updated: {
    since: '2024-02-22',
    group: 'team_events',
    summary: 'An agent was added to a team or removed from it.',
    payload: teamMembershipUpdated,
    example: {
      team: { name: 'Support Team', uuid: '35402552d90c4041b6bcb9a3249c0263', default: false, members: 3, createdAt: '2024-02-16T10:12:55Z' },
      // TeamMember's own field names: the published example wrote `lastUpdateAt` and left the name out.
      user: { ...agent, available: true, lastUpdatedAt: '2024-02-06T15:02:30Z' },
      reason: 'agent_added',
      lastUpdateAt: '2024-02-21T18:34:18Z',
    },
  },
};

/** An event as the subscriber receives it: the body of the POST to the webhook's URL. */
export function delivered(event: WebhookEventName, payload: unknown): { event: WebhookEventName; payload: unknown } {
  return { event, payload };
}
