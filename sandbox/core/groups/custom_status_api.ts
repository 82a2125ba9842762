/** The group's requests in the sandbox. */
import type { SandboxGroup } from './group';

export const customStatusApi: SandboxGroup<'custom_status_api'> = {
  handlers: {},
};
