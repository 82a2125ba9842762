/** The group's requests in the sandbox. */
import type { SandboxGroup } from './group';

export const teamsApi: SandboxGroup<'teams_api'> = {
  handlers: {},
};
