/** The group's requests in the sandbox. */
import type { SandboxGroup } from './group';

export const planApi: SandboxGroup<'plan_api'> = {
  handlers: {},
};
