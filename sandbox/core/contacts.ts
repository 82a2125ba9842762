/**
 * The Contacts API's rules, the same over any store: what must exist, what may not collide,
 * and which status each refusal gets. Route handlers call these; stores only keep data.
 */
import { demoAccount, type Contact } from '../../src/requests/contacts_api/objects';
import { isoSeconds, newUuid, type Clock, type ContactChanges, type NewContact, type Store } from './store';
import { channel, defaultTeam, has } from './account';
import { ApiError, listProblems, type ErrorDetail } from './errors';

function noSuchContact(uuid: string): ApiError {
  return new ApiError(404, `No contact with uuid "${uuid}"`, [{ field: 'path.uuid', message: 'No such contact' }]);
}

export function getContact(store: Store, uuid: string): Contact {
  const contact = store.get(uuid);
  if (!contact) throw noSuchContact(uuid);
  return contact;
}

/** Without a channel, the main WhatsApp channel is searched, as the API does. */
export function findByPhone(store: Store, phoneNumber: string, channelUuid: string = demoAccount.channelUuid): Contact {
  const source = channel(store, channelUuid)?.source;
  if (!source) throw new ApiError(422, `Unknown channel "${channelUuid}"`, [{ field: 'query.channel_uuid', message: 'No such channel in this account' }]);
  const contact = store.findByPhone(phoneNumber, source);
  if (!contact) {
    throw new ApiError(404, `No contact with phone number "${phoneNumber}" on channel ${channelUuid}`, [{ field: 'path.phone_number', message: 'No such contact' }]);
  }
  return contact;
}

/** Tags, custom fields, the user and the team named by a write must exist in the account. */
function checkReferences(store: Store, input: ContactChanges & Pick<NewContact, 'assigned_user' | 'team_uuid'>): void {
  const details: ErrorDetail[] = [];
  (input.tags ?? []).forEach((tag, index) => {
    if (!has(store, 'tag', tag)) details.push({ field: `body.tags[${index}]`, message: `is "${tag}", not a tag of this account` });
  });
  for (const field of Object.keys(input.custom_fields ?? {})) {
    if (!has(store, 'customField', field)) details.push({ field: `body.custom_fields.${field}`, message: 'is not a custom field of this account' });
  }
  if (input.assigned_user !== undefined && !has(store, 'user', input.assigned_user)) {
    details.push({ field: 'body.assigned_user', message: `is "${input.assigned_user}", not the email of a user of this account` });
  }
  if (input.team_uuid !== undefined && !has(store, 'team', input.team_uuid)) {
    details.push({ field: 'body.team_uuid', message: `is "${input.team_uuid}", not the uuid of a team of this account` });
  }
  if (details.length > 0) {
    const advice = 'create tags and custom fields in Settings first; users and teams must belong to the account';
    throw new ApiError(422, `${listProblems(details)} (${advice})`, details);
  }
}

export function createContact(store: Store, input: NewContact, now: Clock): Contact {
  return store.transaction(() => {
    checkReferences(store, input);
    if (store.findByPhone(input.identifier, input.source)) {
      throw new ApiError(422, `A ${input.source} contact with identifier "${input.identifier}" already exists`, [
        { field: 'body.identifier', message: 'Already taken on this channel' },
      ]);
    }
    return store.create({ ...input, uuid: newUuid(), createdAt: isoSeconds(now()), team_uuid: input.team_uuid ?? defaultTeam(store).uuid });
  });
}

export function updateContact(store: Store, uuid: string, changes: ContactChanges): Contact {
  return store.transaction(() => {
    if (!store.get(uuid)) throw noSuchContact(uuid);
    checkReferences(store, changes);
    return store.update(uuid, changes)!;
  });
}

export function deleteContact(store: Store, uuid: string): void {
  if (!store.delete(uuid)) throw noSuchContact(uuid);
}
