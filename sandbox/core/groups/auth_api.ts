/** The group's requests in the sandbox. */
import type { SandboxGroup } from './group';

export const authApi: SandboxGroup<'auth_api'> = {
  handlers: {},
};
