/**
 * The Contacts API in the sandbox: each request's handler over the rules of contacts.ts,
 * conversations.ts and bots.ts, announcing what webhook subscribers hear of; and the demo
 * account's bot.
 */
import { demoBot, demoContactBots } from '../../../src/requests/contacts_api/bot';
import { botFor, commandBot } from '../bots';
import { contactCreated, contactDeleted, contactUpdated, conversationClosed, conversationOpened } from '../contact-events';
import { asAsked, createContact, deleteContact, findByBsuid, findByPhone, getContact, listContacts, updateContact } from '../contacts';
import { addNote, closeConversation, contactMessages, moveToFunnel, openConversation } from '../conversations';
import type { SandboxGroup } from './group';

export const contactsApi: SandboxGroup<'contacts_api'> = {
  handlers: {
    get_contacts: ({ store }, { query }) => ({ contacts: listContacts(store, query).map((contact) => asAsked(store, contact, query.include_field_types)) }),
    get_contact: ({ store }, { path, query }) => ({ contact: asAsked(store, getContact(store, path.uuid), query.include_field_types) }),
    get_contact_messages: ({ store }, { path, query }) => ({ messages: contactMessages(store, path.uuid, query.page) }),
    get_contact_by_phone: ({ store }, { path, query }) => ({ contact: findByPhone(store, path.phone_number, query.channel_uuid) }),
    post_contacts: ({ store, now, emit }, { body }) => {
      const contact = createContact(store, body!, now);
      emit(contactCreated(contact));
      return { contact };
    },
    get_contact_by_bsuid: ({ store }, { path }) => ({ contact: findByBsuid(store, path.bsuid) }),
    patch_contacts: ({ store, emit }, { path, body }) => {
      const contact = updateContact(store, path.uuid, body ?? {});
      emit(contactUpdated(contact));
      return { contact };
    },
    delete_contact: ({ store, now, emit }, { path }) => {
      deleteContact(store, path.uuid);
      emit(contactDeleted(path.uuid, now()));
      return { status: 'contact was destroyed' };
    },
    post_contact_conversation_close: ({ store, now, emit }, { path }) => {
      const { contact, changed } = closeConversation(store, path.uuid, now);
      if (changed) emit(conversationClosed(contact));
      return { contact };
    },
    post_contact_conversation_open: ({ store, emit }, { path }) => {
      const { contact, changed } = openConversation(store, path.uuid);
      if (changed) emit(conversationOpened(contact));
      return { contact };
    },
    get_contact_bot: ({ store }, { path }) => ({ bot: botFor(store, getContact(store, path.uuid).uuid) }),
    post_contact_bot: ({ store }, { path, body }) => ({ bot: commandBot(store, getContact(store, path.uuid).uuid, body!.status, 'body.status') }),
    post_contact_conversation_create_note: ({ store, now }, { path, body }) => {
      addNote(store, path.uuid, body!.text, now);
      return { success: true };
    },
    put_contacts_conversation_update_funnel: ({ store, emit }, { path, body }) => {
      const contact = moveToFunnel(store, path.uuid, body!.funnel_id);
      emit(contactUpdated(contact));
      return { contact };
    },
  },
  seed: () => ({
    bot: [[demoBot.uuid, demoBot]],
    contactBot: Object.entries(demoContactBots),
  }),
};
