/** Keeping a CRM in step: create a contact with a tag and a custom field, then update it; the webhook hears `contact_created`, then `contact_updated`. */
import { recipe, step } from './define';

const subscribe = step('subscribe', 'webhooks_api', 'subscribe', 'contacts');
const create = step('create', 'contacts_api', 'post_contacts', 'ada_lovelace');
const update = step('update', 'contacts_api', 'patch_contacts', 'john_doe', {
  'path.uuid': create.answer('contact.uuid'),
  'body.name': create.answer('contact.name'),
});

export const crmContact = recipe('crm_contact', [subscribe, create, update]);
