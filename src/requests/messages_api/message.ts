/**
 * A message of a contact's conversation, as the Contacts API lists a contact's messages: the
 * `Message` object type. (What the Messages API answers when sending is a MessageSendRequest.)
 */
import type { JsonSchema } from '../schema';

/** Who wrote a message of a conversation: the account, the contact, or the team as a note. */
export const contactMessageStatuses = ['sent', 'received', 'note'] as const;
export type ContactMessageStatus = (typeof contactMessageStatuses)[number];

/** A message of a conversation, as listed. */
export interface ContactMessage {
  uuid?: string;
  text: string;
  status: ContactMessageStatus;
  channel: string;
  from: string;
  to: string;
  createdAt: string;
}

export const contactMessageSchema: JsonSchema = {
  type: 'object',
  description: "One message of a conversation with a contact, as the list of a contact's messages returns it.",
  properties: {
    uuid: { type: 'string', description: 'The identifier of the message; not every message listed has one.' },
    text: { type: 'string', description: 'What the message says.' },
    status: {
      type: 'string',
      enum: contactMessageStatuses,
      description: '`sent` when the account wrote it, `received` when the contact did, `note` for a note in the conversation, such as who it was assigned to.',
    },
    channel: { type: 'string', description: 'The kind of channel it went through: `whatsapp`, `telegram` and so on.' },
    from: { type: 'string', description: "The sender's identifier on the channel (for WhatsApp, a phone number)." },
    to: { type: 'string', description: "The receiver's identifier on the channel." },
    createdAt: { type: 'string', format: 'date-time', description: 'When the message was written, as an ISO 8601 date.' },
  },
  required: ['text', 'status', 'channel', 'from', 'to', 'createdAt'],
  additionalProperties: false,
};

/** A message the account sent, as the API's own example shows one. */
export const contactMessageExample: ContactMessage = {
  uuid: 'cf839626ac7949879b88bcffd41d34fe',
  text: 'Hello there how can I help you?',
  status: 'sent',
  channel: 'whatsapp',
  from: '391234567890',
  to: '390987654321',
  createdAt: '2023-12-12T10:56:36Z',
};
