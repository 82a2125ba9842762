/**
 * The account's users and their status, the same over any store: who they are (as the Teams API
 * shows a team's members), and the Users API's rules for their status. A user shows a custom
 * status only if it exists; each change of a user's availability or custom status is announced
 * as `agent_status_updated`, with the user as a team member for payload. An unknown user is a 404.
 */
import type { CustomStatus } from '../../src/requests/custom_status_api/objects';
import { teamMember, type TeamMember, type User } from '../../src/requests/teams_api/objects';
import { userStatus, type UserStatus } from '../../src/requests/users_api/objects';
import { ApiError, listProblems } from './errors';
import type { HandlerContext } from './routes';
import { isoTime, type Store } from './store';
import type { BodyOf } from './values';

/** Every user of the account, in the order they joined it. */
export function accountUsers(store: Store): User[] {
  return store.records('user').list();
}

function getUser(store: Store, uuid: string): User {
  const found = accountUsers(store).find((user) => user.uuid === uuid);
  if (!found) throw new ApiError(404, `No user with uuid "${uuid}"`, [{ field: 'path.uuid', message: 'No such user in this account' }]);
  return found;
}

/** The custom status the user shows; `null`: none. */
function shownStatus(store: Store, user: User): CustomStatus | null {
  return user.customStatus && store.records('customStatus').get(user.customStatus.id);
}

export function asTeamMember(store: Store, user: User): TeamMember {
  return teamMember(user, shownStatus(store, user));
}

/** Keeps the user's new status (users are kept by email, the name the rest of the account gives them). */
function save(store: Store, user: User): void {
  store.records('user').put(user.email, user);
}

/** Tells webhook subscribers of each user whose status changed, as they are now. */
export function announce({ store, emit }: HandlerContext, users: readonly User[]): void {
  for (const user of users) emit({ event: 'agent_status_updated', payload: asTeamMember(store, user) });
}

type StatusBody = BodyOf<'users_api', 'put_user_status'>;

/** What `body` changes of the user's status: only what differs from what they have, timed `at`. */
function changes(user: User, body: StatusBody, at: string): Partial<User> {
  const { available, custom_status_uuid: statusId } = body;
  return {
    ...(available === undefined || available === user.available ? {} : { available, availableSince: at }),
    ...(statusId === undefined || statusId === (user.customStatus?.id ?? null) ? {} : { customStatus: statusId === null ? null : { id: statusId, setAt: at } }),
  };
}

/** `PUT /users/:uuid/status`: sets what the body names; sending what the user already has changes nothing. */
export function setUserStatus(context: HandlerContext, uuid: string, body: StatusBody): UserStatus {
  const { store, now } = context;
  const { user, isChanged } = store.transaction(() => {
    const current = getUser(store, uuid);
    const statusId = body.custom_status_uuid;
    if (typeof statusId === 'string' && !store.records('customStatus').get(statusId)) {
      const unknown = { field: 'body.custom_status_uuid', message: `is "${statusId}", not a custom status of this account (create it with POST /custom_statuses)` };
      throw new ApiError(422, listProblems([unknown]), [unknown]);
    }
    const changed = changes(current, body, isoTime(now()));
    if (Object.keys(changed).length === 0) return { user: current, isChanged: false };
    const next = { ...current, ...changed };
    save(store, next);
    return { user: next, isChanged: true };
  });
  if (isChanged) announce(context, [user]);
  return userStatus(user, shownStatus(store, user));
}

/** `DELETE /users/:uuid/status`: the user shows no custom status any more (none already: nothing changes). */
export function clearUserStatus(context: HandlerContext, uuid: string): void {
  const { store } = context;
  const cleared = store.transaction(() => {
    const current = getUser(store, uuid);
    if (!current.customStatus) return null;
    const next = { ...current, customStatus: null };
    save(store, next);
    return next;
  });
  if (cleared) announce(context, [cleared]);
}

/** Takes a custom status that is going away from every user who shows it; returns those users, as they are now. */
export function dropCustomStatus(store: Store, statusId: string): User[] {
  const showing = accountUsers(store).filter((user) => user.customStatus?.id === statusId);
  const cleared = showing.map((user) => ({ ...user, customStatus: null }));
  cleared.forEach((user) => save(store, user));
  return cleared;
}
