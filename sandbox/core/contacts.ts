/**
 * The Contacts API's rules for a contact itself, the same over any store: what a write may name
 * (tags, custom fields and their values, a user, a team, a channel, the bot), what may not
 * collide, and which status each refusal gets. Route handlers call these; stores only keep data.
 */
import { isEmpty } from '../../src/requests/check';
import { fieldTypesOf } from '../../src/requests/contacts_api/custom-fields';
import { type Contact, type Source } from '../../src/requests/contacts_api/objects';
import { demoAccount } from '../../src/requests/demo-account';
import { channel, defaultTeam, has } from './account';
import { commandBot, forgetBot, needsBot } from './bots';
import { customFieldValues } from './custom-fields';
import { ApiError, listProblems, type ErrorDetail } from './errors';
import { newestFirst, onePage } from './paging';
import { isoSeconds, newUuid, type Clock, type Store } from './store';
import type { BodyOf } from './values';

/** A new contact as POST takes it; a contact a template creates gives only its identifier, channel kind and name. */
type NewContactBody = BodyOf<'contacts_api', 'post_contacts'>;
type ContactPatch = BodyOf<'contacts_api', 'patch_contacts'>;

export function noSuchContact(uuid: string): ApiError {
  return new ApiError(404, `No contact with uuid "${uuid}"`, [{ field: 'path.uuid', message: 'No such contact' }]);
}

export function getContact(store: Store, uuid: string): Contact {
  const contact = store.get(uuid);
  if (!contact) throw noSuchContact(uuid);
  return contact;
}

export interface ContactFilter {
  page?: number;
  source?: Source;
  /** Comma-separated names: a contact carrying any of them, ignoring case. */
  tags?: string;
  team_uuid?: string;
}

/** One page of the contacts that match every filter given, newest first. */
export function listContacts(store: Store, { page, source, tags, team_uuid }: ContactFilter): Contact[] {
  const wanted = (tags ?? '').split(',').map((tag) => tag.trim().toLowerCase()).filter(Boolean);
  const matches = (contact: Contact) =>
    (!source || contact.source === source) &&
    (!team_uuid || contact.team.uuid === team_uuid) &&
    (wanted.length === 0 || contact.tags.some((tag) => wanted.includes(tag.toLowerCase())));
  return onePage(newestFirst(store.contacts().filter(matches)), page).items;
}

/** The contact with `customFieldsMetadata` added when `include_field_types` asks for it. */
export function asAsked(store: Store, contact: Contact, includeFieldTypes = false): Contact {
  return includeFieldTypes ? { ...contact, customFieldsMetadata: fieldTypesOf(contact.customFields, store.records('customField').list()) } : contact;
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

export function findByBsuid(store: Store, bsuid: string): Contact {
  const contact = store.findByBsuid(bsuid);
  if (!contact) throw new ApiError(404, `No contact with BSUID "${bsuid}"`, [{ field: 'path.bsuid', message: 'No such contact' }]);
  return contact;
}

/** What a write (POST or PATCH) may name, each part optional. */
type Write = Partial<Pick<NewContactBody, 'tags' | 'custom_fields' | 'assigned_user' | 'team_uuid' | 'bot_status' | 'channel_uuid' | 'source'>> &
  Pick<ContactPatch, 'unassign_user'>;

/** The channel must be the account's, and of the contact's kind. */
function channelProblems(store: Store, channelUuid: string | undefined, source: Contact['source'] | undefined): ErrorDetail[] {
  if (isEmpty(channelUuid)) return [];
  const named = channel(store, channelUuid!);
  if (!named) return [{ field: 'body.channel_uuid', message: `is "${channelUuid}", not a channel of this account` }];
  if (source !== undefined && named.source !== source) return [{ field: 'body.channel_uuid', message: `is a ${named.source} channel, not a ${source} one as source says` }];
  return [];
}

/**
 * Everything a write names must exist in the account, and each custom field value must suit its
 * field; the custom fields as the contact keeps them, or a 422 listing every problem.
 */
function checkWrite(store: Store, input: Write): Record<string, string> {
  const details: ErrorDetail[] = [];
  (input.tags ?? []).forEach((tag, index) => {
    if (!has(store, 'tag', tag)) details.push({ field: `body.tags[${index}]`, message: `is "${tag}", not a tag of this account` });
  });
  const customFields = customFieldValues(store, input.custom_fields ?? {});
  details.push(...customFields.problems);
  if (!isEmpty(input.assigned_user) && !has(store, 'user', input.assigned_user!)) {
    details.push({ field: 'body.assigned_user', message: `is "${input.assigned_user}", not the email of a user of this account` });
  }
  if (input.unassign_user === true && !isEmpty(input.assigned_user)) {
    details.push({ field: 'body.unassign_user', message: 'is true while assigned_user names someone: send one or the other' });
  }
  if (!isEmpty(input.team_uuid) && !has(store, 'team', input.team_uuid!)) {
    details.push({ field: 'body.team_uuid', message: `is "${input.team_uuid}", not the uuid of a team of this account` });
  }
  details.push(...channelProblems(store, input.channel_uuid, input.source));
  if (input.bot_status !== undefined) details.push(...needsBot(store, 'body.bot_status'));
  if (details.length > 0) {
    const advice = 'create tags and custom fields in Settings first; users, teams and channels must belong to the account';
    throw new ApiError(422, `${listProblems(details)} (${advice})`, details);
  }
  return customFields.stored;
}

export function createContact(store: Store, input: NewContactBody, now: Clock): Contact {
  return store.transaction(() => {
    const customFields = checkWrite(store, input);
    if (store.findByPhone(input.identifier, input.source)) {
      throw new ApiError(422, `A ${input.source} contact with identifier "${input.identifier}" already exists`, [
        { field: 'body.identifier', message: 'Already taken on this channel' },
      ]);
    }
    const contact = store.create({
      identifier: input.identifier,
      source: input.source,
      name: input.name,
      tags: input.tags,
      custom_fields: customFields,
      assigned_user: isEmpty(input.assigned_user) ? undefined : input.assigned_user,
      note: isEmpty(input.note) ? undefined : input.note,
      uuid: newUuid(),
      createdAt: isoSeconds(now()),
      team_uuid: isEmpty(input.team_uuid) ? defaultTeam(store).uuid : input.team_uuid!,
    });
    // Stryker disable next-line StringLiteral: checkWrite has refused bot_status on an account without a bot, the one refusal naming the field
    if (input.bot_status !== undefined) commandBot(store, contact.uuid, input.bot_status, 'body.bot_status');
    return contact;
  });
}

/** Changes what the PATCH names; `note: ""` removes the note, `unassign_user: true` the assigned user. */
export function updateContact(store: Store, uuid: string, patch: ContactPatch): Contact {
  return store.transaction(() => {
    if (!store.get(uuid)) throw noSuchContact(uuid);
    const customFields = checkWrite(store, patch);
    store.update(uuid, {
      name: patch.name,
      tags: patch.tags,
      custom_fields: customFields,
      note: patch.note === '' ? null : patch.note,
    });
    const user = patch.unassign_user === true ? null : isEmpty(patch.assigned_user) ? undefined : patch.assigned_user;
    const teamUuid = isEmpty(patch.team_uuid) ? undefined : patch.team_uuid;
    // Either left undefined stays as it is.
    store.assign(uuid, { user, teamUuid });
    // Stryker disable next-line StringLiteral: checkWrite has refused bot_status on an account without a bot, the one refusal naming the field
    if (patch.bot_status !== undefined) commandBot(store, uuid, patch.bot_status, 'body.bot_status');
    return store.get(uuid)!;
  });
}

/** Deletes the contact and its bot status; its messages stay (a sent message's status stays readable). */
export function deleteContact(store: Store, uuid: string): void {
  store.transaction(() => {
    if (!store.delete(uuid)) throw noSuchContact(uuid);
    forgetBot(store, uuid);
  });
}
