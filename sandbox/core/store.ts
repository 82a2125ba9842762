/**
 * What the sandbox keeps, behind one interface with two implementations: SQLite for the Node
 * server (node/sqlite-store.ts) and memory for the in-browser sandbox (memory-store.ts). A store
 * answers with values or `null`; the API's rules and statuses live in the core's group modules.
 *
 * Contacts and messages have tables of their own (they are searched and paged); everything else
 * of the account (teams, users, channels, templates, and whatever an API group adds) is kept as
 * records: JSON values by kind and id, in the order they were added.
 */
import type { CustomField } from '../../src/requests/contacts_api/custom-fields';
import { demoContact, type Contact, type Source, type Team } from '../../src/requests/contacts_api/objects';
import type { ContactMessageStatus } from '../../src/requests/messages_api/message';
import type { MessageStatus } from '../../src/requests/messages_api/objects';
import type { Template } from '../../src/requests/template_messages_api/objects';
import type { Channel } from '../../src/requests/channels_api/objects';
import type { User } from '../../src/requests/teams_api/objects';

export const PAGE_SIZE = 50;

/** Milliseconds since the epoch: the real time, or a test's. */
export type Clock = () => number;

export interface NewContact {
  identifier: string;
  source: Source;
  name: string;
  tags?: string[];
  custom_fields?: Record<string, string>;
  assigned_user?: string;
  team_uuid?: string;
  note?: string;
}

/** A new contact with what the sandbox gives it: its uuid, its creation time, its team. */
export type ContactToCreate = NewContact & { uuid: string; createdAt: string; team_uuid: string };

/** The contact a store keeps for `input`, in `team` (the record of its `team_uuid`), with a fresh contact's defaults for what is not given. */
export function newContact(input: ContactToCreate, team: Team): Contact {
  return demoContact({
    uuid: input.uuid,
    name: input.name,
    phoneNumber: input.identifier,
    createdAt: input.createdAt,
    source: input.source,
    tags: input.tags,
    assignedUser: input.assigned_user,
    customFields: input.custom_fields,
    team,
    note: input.note,
  });
}

/** What a write changes of a contact; each is left as it is when not given. */
export interface ContactChanges {
  name?: string;
  tags?: string[];
  /** Set one by one, as stored (text). */
  custom_fields?: Record<string, string>;
  /** `null` removes it. */
  note?: string | null;
  funnelId?: string | null;
  /** `null`: the conversation is open. */
  closedAt?: string | null;
}

/** Who a conversation is assigned to; each is left as it is when not given. */
export interface Assignment {
  /** `null`: nobody. */
  user?: string | null;
  teamUuid?: string;
}

/**
 * The kinds of records and the value each holds. A group of the API that keeps records of a new
 * kind adds it from its own module: `declare module '../store' { interface RecordTypes { funnel: Funnel } }`.
 */
export interface RecordTypes {
  team: Team;
  /** Kept by email, the name contacts and messages give a user. */
  user: User;
  tag: { name: string };
  customField: CustomField;
  channel: Channel;
  template: Template;
}

export type RecordKind = keyof RecordTypes;

/** The records of one kind. */
export interface RecordTable<T> {
  get(id: string): T | null;
  /** Oldest first. */
  list(): T[];
  /** Adds the record, or replaces the one with this id (keeping its place). */
  put(id: string, value: T): void;
  /** `false`: no such record. */
  delete(id: string): boolean;
}

/** Records to start an account with, by kind: `[id, value]` pairs, oldest first. */
export type SeedRecords = { [K in RecordKind]?: [id: string, value: RecordTypes[K]][] };

/** A message's delivery status as the channel's integration reports it. */
export interface StatusPayload {
  id: string;
  type: MessageStatus;
  payload: { type: 'session' | 'template'; whatsappMessageId: string };
  destination: string;
}

/**
 * A message of a contact's conversation as the sandbox keeps it: who wrote it and what it says,
 * and for one the account sent, when its delivery reaches each status.
 */
export interface StoredMessage {
  /** Its key. The API shows it only for a message the account sent: the send request's identifier. */
  uuid: string;
  contactUuid: string;
  /** `sent` by the account, `received` from the contact, or a `note` of the team. */
  kind: ContactMessageStatus;
  text: string;
  /** The kind of channel it went through (`whatsapp`). */
  channel: string;
  from: string;
  to: string;
  createdAt: string;
  /** When it reaches each status after `enqueued`; `null`: never (the demo messages). */
  sentAt: string | null;
  deliveredAt: string | null;
  readAt: string | null;
  statusPayload: StatusPayload | null;
  /** Its text and attachments were deleted (DELETE /messages/:uuid); its status stays. */
  contentDeleted: boolean;
}

export interface Store {
  /** Every contact, in the order they were added (the API's rules filter, sort and page them). */
  contacts(): Contact[];
  get(uuid: string): Contact | null;
  findByPhone(phoneNumber: string, source: Source): Contact | null;
  findByBsuid(bsuid: string): Contact | null;
  /** Stores a new contact (its identifier is its phone number) and returns it as read back. */
  create(contact: ContactToCreate): Contact;
  /** Changes only what `changes` names: tags replaced, custom fields set one by one. `null`: no such contact. */
  update(uuid: string, changes: ContactChanges): Contact | null;
  /** Sets what `assignment` names (the user and team must exist). `null`: no such contact. */
  assign(uuid: string, assignment: Assignment): Contact | null;
  /** `false`: no such contact. */
  delete(uuid: string): boolean;
  /** The account's records of one kind. */
  records<K extends RecordKind>(kind: K): RecordTable<RecordTypes[K]>;
  /** When the contact last wrote to the account (ISO time); `null`: never. */
  lastWrote(contactUuid: string): string | null;
  addMessage(message: StoredMessage): void;
  message(uuid: string): StoredMessage | null;
  /** Every message of a contact, in the order they were added. */
  messagesOf(contactUuid: string): StoredMessage[];
  /** Marks a message's content deleted. `false`: no such message. */
  deleteMessageContent(uuid: string): boolean;
  /** Runs checks and the write they guard as one unit. */
  transaction<T>(work: () => T): T;
  /** Puts the demo account back, as on first start. */
  reset(): void;
  close(): void;
}

/** A time as the API writes it, to the second: `2024-09-23T20:09:10Z`. */
export const isoSeconds = (time: number): string => new Date(time).toISOString().replace(/\.\d{3}Z$/, 'Z');

/** A time as webhooks, custom statuses and funnels write it, in UTC: `2022-10-18 17:01:20 +0000`. */
export const spacedSeconds = (time: number): string => `${isoSeconds(time).replace('T', ' ').replace(/Z$/, '')} +0000`;

/** A time the sandbox keeps for itself, to the millisecond. */
export const isoTime = (time: number): string => new Date(time).toISOString();

/** 32 lowercase hex characters, like the API's identifiers (Web Crypto: Node and browsers alike). */
export function newUuid(): string {
  return Array.from(crypto.getRandomValues(new Uint8Array(16)), (byte) => byte.toString(16).padStart(2, '0')).join('');
}
