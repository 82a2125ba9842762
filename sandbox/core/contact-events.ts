/**
 * What webhook subscribers hear of contacts and their conversations, with the payloads the
 * API documents: a contact as the API shows it; a conversation with its kind of channel, its
 * link and its contact (without `conversationHref`: the conversation's `href` is that link).
 */
import { conversationOf } from '../../src/requests/contacts_api/conversation';
import type { Contact } from '../../src/requests/contacts_api/objects';
import type { AccountEvent } from './events';
import { isoTime } from './store';

export const contactCreated = (contact: Contact): AccountEvent => ({ event: 'contact_created', payload: contact });

export const contactUpdated = (contact: Contact): AccountEvent => ({ event: 'contact_updated', payload: contact });

export const contactDeleted = (uuid: string, at: number): AccountEvent => ({ event: 'contact_deleted', payload: { uuid, deleted: isoTime(at) } });

function conversationPayload(contact: Contact) {
  const { createdAt, href } = conversationOf(contact);
  const { conversationHref: _sameAsHref, ...inConversation } = contact;
  return { source: contact.source, href, contact: inConversation, createdAt };
}

export const conversationOpened = (contact: Contact): AccountEvent => ({ event: 'conversation_opened', payload: conversationPayload(contact) });

/** The API names one reason a conversation closes; the sandbox's are closed by request, for that reason. */
export const conversationClosed = (contact: Contact): AccountEvent => ({
  event: 'conversation_closed',
  payload: { ...conversationPayload(contact), closedAt: contact.closedAt, closingReason: 'issue_resolved' },
});
