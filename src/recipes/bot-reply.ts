/** A bot: the webhook hears a customer's message (`message_created`), and the bot answers them on the same channel. */
import { janJansen } from '../requests/contacts_api/objects';
import { customerWrites, recipe, step } from './define';

const subscribe = step('subscribe', 'webhooks_api', 'subscribe', 'messages_and_contacts');
const customer = customerWrites('customer', `+${janJansen.phoneNumber}`, 'Hi! Are you open on Sunday?');
const reply = step('reply', 'messages_api', 'post_send_messages', 'text', { 'body.to': customer.answer('from') });

export const botReply = recipe('bot_reply', [subscribe, customer, reply]);
