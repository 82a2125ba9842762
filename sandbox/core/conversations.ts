/**
 * A contact's conversation, the same over any store: closing and reopening it, the notes the
 * team leaves in it, its stage of the sales funnel, and its messages as the API lists them.
 */
import type { Contact } from '../../src/requests/contacts_api/objects';
import type { ContactMessage } from '../../src/requests/messages_api/message';
import { getContact, noSuchContact } from './contacts';
import { ApiError } from './errors';
import { newestFirst, onePage } from './paging';
import { isoSeconds, isoTime, newUuid, type Clock, type Store, type StoredMessage } from './store';

/** A write that may find the conversation as it wanted it already: then nothing changed, and nobody hears of it. */
export interface ConversationChange {
  contact: Contact;
  changed: boolean;
}

/** Closes the conversation now; one already closed keeps the time it was closed. */
export function closeConversation(store: Store, uuid: string, now: Clock): ConversationChange {
  return store.transaction(() => {
    const contact = getContact(store, uuid);
    if (contact.closedAt !== null) return { contact, changed: false };
    return { contact: store.update(uuid, { closedAt: isoSeconds(now()) })!, changed: true };
  });
}

/** Reopens the conversation; one already open stays as it is. */
export function openConversation(store: Store, uuid: string): ConversationChange {
  return store.transaction(() => {
    const contact = getContact(store, uuid);
    if (contact.closedAt === null) return { contact, changed: false };
    return { contact: store.update(uuid, { closedAt: null })!, changed: true };
  });
}

/**
 * Leaves a note in the conversation, as written: an `@` mention stays part of its text (the
 * sandbox has nobody to notify). It is listed among the messages, from and to the contact's
 * number, as the API lists notes.
 */
export function addNote(store: Store, uuid: string, text: string, now: Clock): void {
  store.transaction(() => {
    const contact = getContact(store, uuid);
    store.addMessage({
      uuid: newUuid(),
      contactUuid: uuid,
      kind: 'note',
      text,
      channel: contact.source,
      from: contact.phoneNumber,
      to: contact.phoneNumber,
      createdAt: isoTime(now()),
      sentAt: null,
      deliveredAt: null,
      readAt: null,
      statusPayload: null,
      contentDeleted: false,
    });
  });
}

/** Moves the conversation to a stage of the account's sales funnel. */
export function moveToFunnel(store: Store, uuid: string, funnelId: string): Contact {
  return store.transaction(() => {
    getContact(store, uuid);
    if (!store.records('funnel').get(funnelId)) {
      throw new ApiError(422, `body.funnel_id is "${funnelId}", not a funnel stage of this account (GET /funnels lists them)`, [
        { field: 'body.funnel_id', message: `is "${funnelId}", not a funnel stage of this account` },
      ]);
    }
    return store.update(uuid, { funnelId })!;
  });
}

/** A stored message as the API lists it: the uuid only for one the account sent; a deleted one's text gone. */
function listed(message: StoredMessage): ContactMessage {
  return {
    text: message.contentDeleted ? '' : message.text,
    createdAt: isoSeconds(Date.parse(message.createdAt)),
    ...(message.kind === 'sent' ? { uuid: message.uuid } : {}),
    status: message.kind,
    channel: message.channel,
    from: message.from,
    to: message.to,
  };
}

/** One page of the contact's messages, newest first. */
export function contactMessages(store: Store, uuid: string, page = 1): ContactMessage[] {
  if (!store.get(uuid)) throw noSuchContact(uuid);
  return onePage(newestFirst(store.messagesOf(uuid)), page).items.map(listed);
}
