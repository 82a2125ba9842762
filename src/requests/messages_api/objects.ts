/**
 * The objects of the Messages API: the types its requests name (MessageType, MessageContent,
 * MessageStatus), the MessageSendRequest it answers with, and the demo data the examples and
 * the sandbox share (contacts inside and outside the 24-hour window, two messages).
 */
import type { JsonSchema } from '../schema';
import { janJansen, johnDoe } from '../contacts_api/objects';
import { demoAccount } from '../demo-account';

export const messageTypes = ['text', 'image', 'document', 'audio', 'video'] as const;
export type MessageType = (typeof messageTypes)[number];

/** The statuses a sent message goes through, in order, then the ones that end it otherwise. */
export const messageStatuses = ['enqueued', 'sent', 'delivered', 'read', 'failed', 'mismatch', 'deleted'] as const;
export type MessageStatus = (typeof messageStatuses)[number];

/** A message's delivery status as the channel's integration reported it. */
export const messageStatusPayloadSchema: JsonSchema = {
  since: '2023-06-15',
  type: 'object',
  description: "The status as the channel's integration reported it, passed on as it came.",
  properties: {
    id: { type: 'string', description: 'The identifier of the status report.' },
    gsId: { type: 'string', description: "The integration's own identifier of the status report, when it gives one." },
    type: { type: 'string', enum: messageStatuses, description: 'The status reported.' },
    payload: {
      type: 'object',
      description: 'What the integration added: the kind of conversation and its own message id.',
      properties: {
        type: { type: 'string', enum: ['session', 'template'], description: '`session` inside the 24-hour window, `template` for a template message.' },
        whatsappMessageId: { type: 'string', description: "WhatsApp's identifier of the message." },
        ts: { type: 'integer', description: 'When the status was reached, in seconds since 1 January 1970 (UTC), when the integration gives it.' },
      },
    },
    destination: { type: 'string', description: 'The phone number the message went to, digits only.' },
  },
  required: ['id', 'type'],
};

export const messageSendRequestSchema: JsonSchema = {
  type: 'object',
  description: 'A message handed to Callbell for sending, and how far its delivery has gone.',
  properties: {
    uuid: { type: 'string', description: 'The identifier of the message: read its status or delete it with it.' },
    status: { type: 'string', enum: messageStatuses, description: 'Where delivery stands (see MessageStatus).' },
    messageStatusPayload: messageStatusPayloadSchema,
    contact: {
      since: '2024-02-20',
      type: 'object',
      description: 'The recipient, when `fields` asks for `contact`.',
      properties: {
        uuid: { type: 'string', description: 'The identifier of the contact.' },
        name: { type: 'string', description: 'The name of the contact.' },
        phone: { type: 'string', description: 'The phone number, with a plus sign.' },
        email: { anyOf: [{ type: 'string' }, { type: 'null' }], description: 'The email address, when known.' },
      },
      required: ['uuid', 'name', 'phone', 'email'],
      additionalProperties: false,
    },
    conversation: {
      since: '2024-09-24',
      type: 'object',
      description: 'The conversation the message is part of, when `fields` asks for `conversation`.',
      properties: {
        source: { type: 'string', description: 'The channel of the conversation.' },
        href: { type: 'string', format: 'uri', description: 'The conversation in the Callbell dashboard.' },
        createdAt: { type: 'string', format: 'date-time', description: 'When the conversation began.' },
      },
      required: ['source', 'href', 'createdAt'],
      additionalProperties: false,
    },
  },
  required: ['uuid', 'status'],
  additionalProperties: false,
};

/** The approved template the send examples send: one of the demo account's (see the Templates API). */
export { welcomeTemplate } from '../template_messages_api/objects';

/** When each demo contact last wrote, in hours before the sandbox's data was created; absent: never. */
export const lastReplyHoursAgo: Readonly<Record<string, number>> = {
  [janJansen.uuid]: 1,
  // John Doe wrote three days ago: only a template reaches him now.
  [johnDoe.uuid]: 72,
};

/** The messages the demo account sent: the one whose status the examples read, and the one they delete, with what each says. */
export const demoMessages = [
  {
    uuid: 'adf3d1216d4c4dcd908199d6700f2381',
    to: janJansen.phoneNumber,
    text: 'Hello!',
    statusPayload: {
      id: '2b34bfb7-2631-4763-89fb-1b3c65a4baaa',
      type: 'enqueued',
      payload: { type: 'session', whatsappMessageId: 'gBGGM2MSRxl_AAlqmG1KQXU7nz4' },
      destination: '1122334455',
    },
  },
  {
    uuid: '1da07a20eb0d46728f89d234a727607a',
    to: janJansen.phoneNumber,
    text: 'Your order has shipped.',
    statusPayload: null,
  },
] as const;

export const messagingChannel = { uuid: demoAccount.channelUuid, source: 'whatsapp' } as const;

/** How long after a customer's last message a message other than a template may still be sent. */
export const replyWindowHours = 24;

/**
 * How the sandbox delivers a message it accepts: through these statuses in order, one step
 * every `stepSeconds` (the demo messages have no timeline: they stay `enqueued`).
 */
export const sandboxDelivery = {
  timeline: ['enqueued', 'sent', 'delivered', 'read'],
  stepSeconds: 2,
} as const satisfies { timeline: readonly MessageStatus[]; stepSeconds: number };
