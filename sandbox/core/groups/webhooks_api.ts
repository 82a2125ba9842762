/** The group's requests in the sandbox. */
import type { SandboxGroup } from './group';

export const webhooksApi: SandboxGroup<'webhooks_api'> = {
  handlers: {},
};
