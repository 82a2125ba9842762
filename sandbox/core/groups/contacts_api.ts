/** The Contacts API in the sandbox: each request's handler over the rules of contacts.ts. */
import { createContact, deleteContact, findByPhone, getContact, updateContact } from '../contacts';
import type { ContactChanges, NewContact } from '../store';
import type { SandboxGroup } from './group';

export const contactsApi: SandboxGroup<'contacts_api'> = {
  handlers: {
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
};
