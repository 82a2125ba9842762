/** Getting started: check the token, send a first text to the demo recipient, read its status until it is `read`. */
import { recipe, step } from './define';

const check = step('check', 'auth_api', 'me', 'token');
const send = step('send', 'messages_api', 'post_send_messages', 'text');
const status = step('status', 'messages_api', 'get_message_status', 'sent_message', { 'path.uuid': send.answer('message.uuid') });

export const gettingStarted = recipe('getting_started', [check, send, status]);
