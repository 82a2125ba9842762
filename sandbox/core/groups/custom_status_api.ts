/** The Custom Status API in the sandbox: each request's handler over the rules of custom-statuses.ts. */
import { demoCustomStatuses } from '../../../src/requests/custom_status_api/objects';
import { createCustomStatus, deleteCustomStatus, getCustomStatus, listCustomStatuses, renameCustomStatus } from '../custom-statuses';
import type { SandboxGroup } from './group';

export const customStatusApi: SandboxGroup<'custom_status_api'> = {
  handlers: {
    get_custom_statuses: ({ store }, { query }) => listCustomStatuses(store, query.page),
    get_custom_status: ({ store }, { path }) => ({ customStatus: getCustomStatus(store, path.id) }),
    post_custom_status: ({ store, now }, { body }) => ({ customStatus: createCustomStatus(store, now, body!.name) }),
    put_custom_status: ({ store, now }, { path, body }) => ({ customStatus: renameCustomStatus(store, now, path.id, body!.name) }),
    delete_custom_status: (context, { path }) => {
      deleteCustomStatus(context, path.id);
      return { status: 'custom status was destroyed' };
    },
  },
  seed: () => ({ customStatus: demoCustomStatuses.map((status) => [status.id, status]) }),
};
