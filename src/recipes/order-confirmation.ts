/** An order confirmation to a number that has never written: only a template reaches it, and sending creates its contact. */
import { recipe, step } from './define';

const subscribe = step('subscribe', 'webhooks_api', 'subscribe', 'messages_and_contacts');
const confirm = step('confirm', 'messages_api', 'post_send_messages', 'template_new_number');
const contact = step('contact', 'contacts_api', 'get_contact', 'john_doe', { 'path.uuid': confirm.answer('message.contact.uuid') });

export const orderConfirmation = recipe('order_confirmation', [subscribe, confirm, contact]);
