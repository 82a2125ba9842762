/** The Messages API in the sandbox: each request's handler over the rules of messages.ts. */
import { sentMessageEvents } from '../message-events';
import { deleteMessage, messageStatus, sendMessage } from '../messages';
import type { SandboxGroup } from './group';

export const messagesApi: SandboxGroup<'messages_api'> = {
  handlers: {
    post_send_messages: ({ store, now, emit }, { body }) => {
      const message = sendMessage(store, now, body!);
      for (const event of sentMessageEvents(store, message.uuid, body!)) emit(event);
      return { message };
    },
    get_message_status: ({ store, now }, { path }) => ({ message: messageStatus(store, now, path.uuid) }),
    delete_message: ({ store }, { path }) => deleteMessage(store, path.uuid),
  },
};
