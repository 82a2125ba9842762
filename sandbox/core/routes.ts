/**
 * What each Contacts API request does in the sandbox, given its checked values, typed from
 * its description in the registry. A request without a handler does not compile.
 */
import type { Registry } from '../../src/requests';
import type { RequestSpec, RequestValues } from '../../src/requests/types';
import type { ContactChanges, ContactStore, NewContact } from './contact-store';
import { createContact, deleteContact, findByPhone, getContact, updateContact } from './contacts';

type Requests = Registry['contacts_api']['requests'];
/** The values of one request, as its registry entry types them. */
export type ValuesOf<S> = S extends RequestSpec<string, infer P, infer Q, infer B> ? RequestValues<P, Q, B> : never;

export type Handlers = { [Id in keyof Requests]: (store: ContactStore, values: ValuesOf<Requests[Id]>) => unknown };

export const handlers: Handlers = {
  get_contacts: (store, { query }) => ({ contacts: store.list(query) }),
  get_contact: (store, { path }) => ({ contact: getContact(store, path.uuid) }),
  get_contact_by_phone: (store, { path, query }) => ({ contact: findByPhone(store, path.phone_number, query.channel_uuid) }),
  // Bodies reach handlers as documented: custom field numbers are text by now (as-documented.ts).
  post_contacts: (store, { body }) => ({ contact: createContact(store, body as NewContact) }),
  patch_contacts: (store, { path, body }) => ({ contact: updateContact(store, path.uuid, (body ?? {}) as ContactChanges) }),
  delete_contact: (store, { path }) => {
    deleteContact(store, path.uuid);
    return { status: 'contact was destroyed' };
  },
};
