/** An appointment reminder: send it, then close the conversation; the webhook hears the message and the closing. */
import { recipe, step } from './define';

const subscribe = step('subscribe', 'webhooks_api', 'subscribe', 'messages_and_closed_conversations');
const remind = step('remind', 'messages_api', 'post_send_messages', 'appointment_reminder');
const close = step('close', 'contacts_api', 'post_contact_conversation_close', 'john_doe', { 'path.uuid': remind.answer('message.contact.uuid') });

export const appointmentReminder = recipe('appointment_reminder', [subscribe, remind, close]);
