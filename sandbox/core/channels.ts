/**
 * The Channels API's rules, the same over any store: the account's channels, listed a page at a
 * time (of one type, active or discarded), read one by one, and renamed. An unknown channel is
 * a 404; a blank title a 422.
 */
import { isActive, type Channel } from '../../src/requests/channels_api/objects';
import type { Source } from '../../src/requests/contacts_api/objects';
import type { PageMeta } from '../../src/requests/pagination';
import { ApiError } from './errors';
import { renameRecord } from './names';
import { onePage } from './paging';
import type { Store } from './store';

/** Every channel of the account, discarded ones included, oldest first. */
export function accountChannels(store: Store): Channel[] {
  return store.records('channel').list();
}

/** The channel with this uuid; `null`: the account has none. */
export function storedChannel(store: Store, uuid: string): Channel | null {
  return store.records('channel').get(uuid);
}

export function getChannel(store: Store, uuid: string): Channel {
  const found = storedChannel(store, uuid);
  if (!found) throw new ApiError(404, `No channel with uuid "${uuid}"`, [{ field: 'path.uuid', message: 'No such channel' }]);
  return found;
}

export interface ChannelFilter {
  page?: number;
  type?: Source;
  /** `true`: only channels in use; `false`: only discarded ones. */
  active?: boolean;
}

export function listChannels(store: Store, { page, type, active }: ChannelFilter): { channels: Channel[]; meta: PageMeta } {
  const chosen = accountChannels(store).filter((channel) => (type === undefined || channel.type === type) && (active === undefined || isActive(channel) === active));
  const { items, meta } = onePage(chosen, page);
  return { channels: items, meta };
}

/** Gives the channel a new title, when one is sent; nothing else of it changes. */
export function retitleChannel(store: Store, uuid: string, title: string | undefined): Channel {
  return renameRecord(store, 'channel', uuid, () => getChannel(store, uuid), 'title', title, 'a channel needs a title');
}
