/**
 * A contact's conversation: the `Conversation` object type (what the conversation webhook
 * events carry), and the demo conversation the API's own example lists.
 */
import type { JsonSchema } from '../schema';
import { contactMessageExample, type ContactMessage } from '../messages_api/message';
import { contactSchema, giuliaBianchi, johnDoe, type Contact } from './objects';

export interface Conversation {
  createdAt: string;
  closedAt: string | null;
  href: string;
  contact: Contact;
}

export const conversationSchema: JsonSchema = {
  type: 'object',
  description: 'The conversation with a contact, in the inbox of the account.',
  properties: {
    createdAt: { type: 'string', format: 'date-time', description: 'When the conversation began (ISO 8601).' },
    closedAt: {
      anyOf: [{ type: 'string', format: 'date-time' }, { type: 'null' }],
      description: 'When the conversation was closed (ISO 8601); `null` while it is open.',
    },
    href: { type: 'string', format: 'uri', description: 'The conversation in the Callbell dashboard.' },
    contact: contactSchema,
  },
  required: ['createdAt', 'closedAt', 'href', 'contact'],
  additionalProperties: false,
};

/** A contact's one conversation: it began with the contact, and is where its dashboard link points. */
export function conversationOf(contact: Contact): Conversation {
  return { createdAt: contact.createdAt, closedAt: contact.closedAt, href: contact.conversationHref, contact };
}

export const conversationExample = conversationOf(johnDoe);

/**
 * The conversation with Giulia Bianchi, newest first, as the API's own example lists it: her
 * first message, a note the team left, and the account's answer. Only the account's own
 * message has a `uuid` (its send request's).
 */
export const demoConversation: readonly ContactMessage[] = [
  contactMessageExample,
  {
    text: 'Conversation was assigned to John Doe',
    createdAt: '2023-12-12T10:56:35Z',
    status: 'note',
    channel: 'whatsapp',
    from: giuliaBianchi.phoneNumber,
    to: giuliaBianchi.phoneNumber,
  },
  {
    text: 'Hello there 👋',
    createdAt: '2023-12-12T10:53:32Z',
    status: 'received',
    channel: 'whatsapp',
    from: giuliaBianchi.phoneNumber,
    to: contactMessageExample.from,
  },
];

/** When demo contacts wrote last at a fixed time (ISO 8601): the contact of the demo conversation, with its newest message from them. */
export const lastWroteAt: Readonly<Record<string, string>> = {
  [giuliaBianchi.uuid]: demoConversation.find((message) => message.status === 'received')!.createdAt,
};
