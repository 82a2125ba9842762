/** The group's requests in the sandbox. */
import type { SandboxGroup } from './group';

export const funnelsApi: SandboxGroup<'funnels_api'> = {
  handlers: {},
};
