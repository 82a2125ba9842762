/**
 * What the rules ask of the account beyond contacts and messages, read from its records: its
 * channels, templates, teams and the names a write may refer to.
 */
import { isActive, type Channel } from '../../src/requests/channels_api/objects';
import type { Source, Team } from '../../src/requests/contacts_api/objects';
import { accountChannels, storedChannel } from './channels';
import type { Store } from './store';

/** Things of the account a write may name, which must exist. */
export type ReferenceKind = 'tag' | 'customField' | 'user' | 'team';

export function has(store: Store, kind: ReferenceKind, id: string): boolean {
  return store.records(kind).get(id) !== null;
}

/** A channel as a message names it: its identifier, and its kind (the `from` of a message). */
export interface ChannelKind {
  uuid: string;
  source: Source;
}

const kindOf = ({ uuid, type }: Channel): ChannelKind => ({ uuid, source: type });

/** The channels that carry conversations: a discarded one does not. */
export function channels(store: Store): ChannelKind[] {
  return accountChannels(store).filter(isActive).map(kindOf);
}

/** The channel with this uuid, if the account has it and it carries conversations. */
export function channel(store: Store, uuid: string): ChannelKind | null {
  const found = storedChannel(store, uuid);
  return found && isActive(found) ? kindOf(found) : null;
}

/** A template of the account, read as the Templates API shows it. */
export { template } from './templates';

/** The team new contacts join when none is named. */
export function defaultTeam(store: Store): Team {
  return store.records('team').list().find((team) => team.default)!;
}
