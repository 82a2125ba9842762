/** The group's requests in the sandbox. */
import type { SandboxGroup } from './group';

export const channelsApi: SandboxGroup<'channels_api'> = {
  handlers: {},
};
