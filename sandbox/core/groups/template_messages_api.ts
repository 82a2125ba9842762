/** The group's requests in the sandbox. */
import type { SandboxGroup } from './group';

export const templateMessagesApi: SandboxGroup<'template_messages_api'> = {
  handlers: {},
};
