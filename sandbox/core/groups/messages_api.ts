/** The Messages API in the sandbox: each request's handler over the rules of messages.ts. */
import { deleteMessage, messageStatus, sendMessage } from '../messages';
import type { SandboxGroup } from './group';

export const messagesApi: SandboxGroup<'messages_api'> = {
  handlers: {
    post_send_messages: ({ store, now }, { body }) => ({ message: sendMessage(store, now, body!) }),
    get_message_status: ({ store, now }, { path }) => ({ message: messageStatus(store, now, path.uuid) }),
    delete_message: ({ store }, { path }) => deleteMessage(store, path.uuid),
  },
};
