/** The Users API in the sandbox: each request's handler over the rules of users.ts. */
import { demoUsers } from '../../../src/requests/teams_api/objects';
import { clearUserStatus, setUserStatus } from '../users';
import type { SandboxGroup } from './group';

export const usersApi: SandboxGroup<'users_api'> = {
  handlers: {
    put_user_status: (context, { path, body }) => ({ user_status: setUserStatus(context, path.uuid, body ?? {}) }),
    delete_user_status: (context, { path }) => clearUserStatus(context, path.uuid),
  },
  // Kept by email: the name contacts and messages give a user.
  seed: () => ({ user: demoUsers.map((user) => [user.email, user]) }),
};
