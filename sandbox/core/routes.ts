/** What each Contacts API request does in the sandbox. A request without a handler does not compile. */
import type { FastifyRequest } from 'fastify';
import type { RequestId } from '../../src/requests';
import type { ContactChanges, ContactStore, ListFilter, NewContact } from './contact-store';
import { createContact, deleteContact, findByPhone, getContact, updateContact } from './contacts';

type Handler = (store: ContactStore, request: FastifyRequest) => unknown;
type Path = Record<string, string>;

export const handlers: { [Id in RequestId<'contacts_api'>]: Handler } = {
  get_contacts: (store, request) => ({ contacts: store.list(request.query as ListFilter) }),
  get_contact: (store, request) => ({ contact: getContact(store, (request.params as Path).uuid!) }),
  get_contact_by_phone: (store, request) => ({
    contact: findByPhone(store, (request.params as Path).phone_number!, (request.query as { channel_uuid?: string }).channel_uuid),
  }),
  post_contacts: (store, request) => ({ contact: createContact(store, request.body as NewContact) }),
  patch_contacts: (store, request) => ({ contact: updateContact(store, (request.params as Path).uuid!, request.body as ContactChanges) }),
  delete_contact: (store, request) => {
    deleteContact(store, (request.params as Path).uuid!);
    return { status: 'contact was destroyed' };
  },
};
