/**
 * What the sandbox keeps, behind one interface with two implementations: SQLite for the Node
 * server (sqlite-store.ts) and memory for the in-browser sandbox (memory-store.ts). A store
 * answers with values or `null`; the API's rules and statuses live in contacts.ts.
 */
import type { Contact, Source } from '../../src/requests/contacts_api/objects';

export const PAGE_SIZE = 50;

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

/** Things of the account a write may name, which must exist. */
export type ReferenceKind = 'tag' | 'customField' | 'user' | 'team';

export interface ContactStore {
  /** One page, newest first; `tags` matches any of its comma-separated names, ignoring case. */
  list(filter: ListFilter): Contact[];
  get(uuid: string): Contact | null;
  /** The source of a channel of the account, or `null` when it has no such channel. */
  channelSource(channelUuid: string): Source | null;
  findByPhone(phoneNumber: string, source: Source): Contact | null;
  has(kind: ReferenceKind, value: string): boolean;
  defaultTeam(): string;
  /** Stores a new contact (its identifier is its phone number) and returns it as read back. */
  create(contact: NewContact & { uuid: string; createdAt: string; team_uuid: string }): Contact;
  /** Changes only what `changes` names: tags replaced, custom fields set one by one. `null`: no such contact. */
  update(uuid: string, changes: ContactChanges): Contact | null;
  /** `false`: no such contact. */
  delete(uuid: string): boolean;
  /** Runs checks and the write they guard as one unit. */
  transaction<T>(work: () => T): T;
  /** Puts the demo account back, as on first start. */
  reset(): void;
  close(): void;
}

export const nowIso = (): string => new Date().toISOString().replace(/\.\d{3}Z$/, 'Z');

/** 32 lowercase hex characters, like the API's identifiers (Web Crypto: Node and browsers alike). */
export function newUuid(): string {
  return Array.from(crypto.getRandomValues(new Uint8Array(16)), (byte) => byte.toString(16).padStart(2, '0')).join('');
}
