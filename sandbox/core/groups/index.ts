/**
 * Every group of the registry in the sandbox. The type asks for each group, and each group's
 * type for a handler per request, so a request without one does not compile.
 */
import type { Registry } from '../../../src/requests';
import type { SeedRecords } from '../store';
import { authApi } from './auth_api';
import { channelsApi } from './channels_api';
import { contactsApi } from './contacts_api';
import { customStatusApi } from './custom_status_api';
import { funnelsApi } from './funnels_api';
import type { SandboxGroup } from './group';
import { messagesApi } from './messages_api';
import { planApi } from './plan_api';
import { teamsApi } from './teams_api';
import { templateMessagesApi } from './template_messages_api';
import { usersApi } from './users_api';
import { webhooksApi } from './webhooks_api';

export const groups: { [G in keyof Registry]: SandboxGroup<G> } = {
  auth_api: authApi,
  channels_api: channelsApi,
  contacts_api: contactsApi,
  custom_status_api: customStatusApi,
  funnels_api: funnelsApi,
  messages_api: messagesApi,
  plan_api: planApi,
  teams_api: teamsApi,
  template_messages_api: templateMessagesApi,
  users_api: usersApi,
  webhooks_api: webhooksApi,
};

/** The records every group's demo account starts with, by kind (a later group's kind replaces an earlier's). */
export function groupSeeds(now: number): SeedRecords {
  return Object.assign({}, ...Object.values(groups).map((group) => group.seed?.(now) ?? {})) as SeedRecords;
}
