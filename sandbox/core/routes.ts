/**
 * What each request does in the sandbox, given its checked values, typed from its description
 * in the registry: a request without a handler does not compile, and a request documented as
 * answering 204 has a handler that returns nothing.
 */
import type { Registry } from '../../src/requests';
import { createContact, deleteContact, findByPhone, getContact, updateContact } from './contacts';
import { deleteMessage, messageStatus, sendMessage } from './messages';
import type { Clock, ContactChanges, NewContact, Store } from './store';
import type { ValuesOf } from './values';

/** What a handler works with: the account and the time. */
export interface HandlerContext {
  store: Store;
  now: Clock;
}

/** A 204 has no body; every other answer is a JSON object. */
type AnswerOf<S> = S extends { readonly response: { readonly status: 204 } } ? void : object;

export type Handler<S> = (context: HandlerContext, values: ValuesOf<S>) => AnswerOf<S>;

export type Handlers = {
  [Group in keyof Registry]: { [Id in keyof Registry[Group]['requests']]: Handler<Registry[Group]['requests'][Id]> };
};

export const handlers: Handlers = {
  contacts_api: {
    get_contacts: ({ store }, { query }) => ({ contacts: store.list(query) }),
    get_contact: ({ store }, { path }) => ({ contact: getContact(store, path.uuid) }),
    get_contact_by_phone: ({ store }, { path, query }) => ({ contact: findByPhone(store, path.phone_number, query.channel_uuid) }),
    // Bodies reach handlers as documented: custom field numbers are text by now (as-documented.ts).
    post_contacts: ({ store, now }, { body }) => ({ contact: createContact(store, body as NewContact, now) }),
    patch_contacts: ({ store }, { path, body }) => ({ contact: updateContact(store, path.uuid, (body ?? {}) as ContactChanges) }),
    delete_contact: ({ store }, { path }) => {
      deleteContact(store, path.uuid);
      return { status: 'contact was destroyed' };
    },
  },
  messages_api: {
    post_send_messages: ({ store, now }, { body }) => ({ message: sendMessage(store, now, body!) }),
    get_message_status: ({ store, now }, { path }) => ({ message: messageStatus(store, now, path.uuid) }),
    delete_message: ({ store }, { path }) => deleteMessage(store, path.uuid),
  },
};
