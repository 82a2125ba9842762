/** The group's requests in the sandbox. */
import type { SandboxGroup } from './group';

export const usersApi: SandboxGroup<'users_api'> = {
  handlers: {},
};
