/**
 * The Custom Status API's rules, the same over any store: the account's custom statuses, listed
 * a page at a time, read, created, renamed and deleted. A deleted status is taken from every
 * user who showed it, and each of them is announced (`agent_status_updated`). An unknown
 * status is a 404; a blank name a 422.
 */
import { newStatusEmoji, type CustomStatus } from '../../src/requests/custom_status_api/objects';
import type { PageMeta } from '../../src/requests/pagination';
import { ApiError } from './errors';
import { refuseBlank } from './names';
import { onePage } from './paging';
import type { HandlerContext } from './routes';
import { isoSeconds, newUuid, type Clock, type Store } from './store';
import { announce, dropCustomStatus } from './users';

declare module './store' {
  interface RecordTypes {
    customStatus: CustomStatus;
  }
}

/** A random UUID with dashes (version 4), as custom statuses are named. */
function dashedUuid(): string {
  const hex = newUuid();
  const variant = '89ab'[Number.parseInt(hex[16]!, 16) % 4];
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20)}`;
}

export function getCustomStatus(store: Store, id: string): CustomStatus {
  const found = store.records('customStatus').get(id);
  if (!found) throw new ApiError(404, `No custom status with id "${id}"`, [{ field: 'path.id', message: 'No such custom status' }]);
  return found;
}

/** One page of the account's custom statuses, oldest first. */
export function listCustomStatuses(store: Store, page?: number): { customStatuses: CustomStatus[]; meta: PageMeta } {
  const { items, meta } = onePage(store.records('customStatus').list(), page);
  return { customStatuses: items, meta };
}

const why = 'a custom status needs a name';

export function createCustomStatus(store: Store, now: Clock, name: string): CustomStatus {
  refuseBlank(name, 'body.name', why);
  const at = isoSeconds(now());
  const created: CustomStatus = { id: dashedUuid(), name, emoji: newStatusEmoji, createdAt: at, updatedAt: at };
  store.records('customStatus').put(created.id, created);
  return created;
}

/** Gives the status a new name (users who show it show the new name); the same name changes nothing. */
export function renameCustomStatus(store: Store, now: Clock, id: string, name: string): CustomStatus {
  return store.transaction(() => {
    const current = getCustomStatus(store, id);
    refuseBlank(name, 'body.name', why);
    if (name === current.name) return current;
    const renamed = { ...current, name, updatedAt: isoSeconds(now()) };
    store.records('customStatus').put(id, renamed);
    return renamed;
  });
}

/** Deletes the status, and takes it from every user who showed it. */
export function deleteCustomStatus(context: HandlerContext, id: string): void {
  const { store } = context;
  const cleared = store.transaction(() => {
    getCustomStatus(store, id);
    store.records('customStatus').delete(id);
    return dropCustomStatus(store, id);
  });
  announce(context, cleared);
}
