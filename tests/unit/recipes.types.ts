/**
 * Compile-time tests of recipes, checked by `tsc --noEmit`: each `@ts-expect-error` line must
 * fail to type-check, so a step naming what the registry lacks is proven not to compile.
 */
import { step } from '@site/src/recipes/define';

const send = step('send', 'messages_api', 'post_send_messages', 'text');

export const bound = step('status', 'messages_api', 'get_message_status', 'sent_message', { 'path.uuid': send.answer('message.uuid') });

export const boundIntoBody = step('reply', 'messages_api', 'post_send_messages', 'text', { 'body.content.text': send.answer('message.uuid') });

// @ts-expect-error: the send request answers no field message.id
export const unknownAnswerField = step('status', 'messages_api', 'get_message_status', 'sent_message', { 'path.uuid': send.answer('message.id') });

// @ts-expect-error: the status request takes no path value named id
export const unknownValue = step('status', 'messages_api', 'get_message_status', 'sent_message', { 'path.id': send.answer('message.uuid') });

// @ts-expect-error: no such request in the messages_api group
export const unknownRequest = step('status', 'messages_api', 'get_status', 'sent_message');

// @ts-expect-error: the status request has no example named "text"
export const unknownExample = step('status', 'messages_api', 'get_message_status', 'text');
