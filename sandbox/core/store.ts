/**
 * What the sandbox keeps, behind one interface with two implementations: SQLite for the Node
 * server (node/sqlite-store.ts) and memory for the in-browser sandbox (memory-store.ts). A store
 * answers with values or `null`; the API's rules and statuses live in the core's group modules.
 *
 * Contacts and messages have tables of their own (they are searched and paged); everything else
 * of the account (teams, users, channels, templates, and whatever an API group adds) is kept as
 * records: JSON values by kind and id, in the order they were added.
 */
import type { Contact, Source, Team } from '../../src/requests/contacts_api/objects';
import type { MessageStatus, Template } from '../../src/requests/messages_api/objects';

export const PAGE_SIZE = 50;

/** Milliseconds since the epoch: the real time, or a test's. */
export type Clock = () => number;

export interface ListFilter {
  page?: number;
  source?: Source;
  tags?: string;
  team_uuid?: string;
}

export interface NewContact {
  identifier: string;
  source: Source;
  name: string;
  tags?: string[];
  custom_fields?: Record<string, string>;
  assigned_user?: string;
  team_uuid?: string;
}

export interface ContactChanges {
  name?: string;
  tags?: string[];
  custom_fields?: Record<string, string>;
}

/** Who a conversation is assigned to; each is left as it is when not given. */
export interface Assignment {
  user?: string;
  teamUuid?: string;
}

/** A channel of the account: its kind (the `from` of a message) and its identifier. */
export interface Channel {
  uuid: string;
  source: Source;
}

/**
 * The kinds of records and the value each holds. A group of the API that keeps records of a new
 * kind adds it from its own module: `declare module '../store' { interface RecordTypes { funnel: Funnel } }`.
 */
export interface RecordTypes {
  team: Team;
  user: { email: string };
  tag: { name: string };
  customField: { name: string };
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

/** A message as the sandbox keeps it: its recipient, and when its delivery reaches each status. */
export interface StoredMessage {
  uuid: string;
  contactUuid: string;
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
  /** One page, newest first; `tags` matches any of its comma-separated names, ignoring case. */
  list(filter: ListFilter): Contact[];
  get(uuid: string): Contact | null;
  findByPhone(phoneNumber: string, source: Source): Contact | null;
  /** Stores a new contact (its identifier is its phone number) and returns it as read back. */
  create(contact: NewContact & { uuid: string; createdAt: string; team_uuid: string }): Contact;
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

/** A time the sandbox keeps for itself, to the millisecond. */
export const isoTime = (time: number): string => new Date(time).toISOString();

/** 32 lowercase hex characters, like the API's identifiers (Web Crypto: Node and browsers alike). */
export function newUuid(): string {
  return Array.from(crypto.getRandomValues(new Uint8Array(16)), (byte) => byte.toString(16).padStart(2, '0')).join('');
}
