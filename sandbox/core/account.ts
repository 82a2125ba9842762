/**
 * What the rules ask of the account beyond contacts and messages, read from its records: its
 * channels, templates, teams and the names a write may refer to.
 */
import type { Team } from '../../src/requests/contacts_api/objects';
import type { Template } from '../../src/requests/messages_api/objects';
import type { Channel, Store } from './store';

/** Things of the account a write may name, which must exist. */
export type ReferenceKind = 'tag' | 'customField' | 'user' | 'team';

export function has(store: Store, kind: ReferenceKind, id: string): boolean {
  return store.records(kind).get(id) !== null;
}

export function channels(store: Store): Channel[] {
  return store.records('channel').list();
}

export function channel(store: Store, uuid: string): Channel | null {
  return store.records('channel').get(uuid);
}

export function template(store: Store, uuid: string): Template | null {
  return store.records('template').get(uuid);
}

/** The team new contacts join when none is named. */
export function defaultTeam(store: Store): Team {
  return store.records('team').list().find((team) => team.default)!;
}
