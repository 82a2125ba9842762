/**
 * The in-browser sandbox's store: the account in memory, saved after every write to a
 * `Persistence` (the page's sessionStorage), so it lives for the browser session: across
 * pages and reloads, gone with the tab.
 */
import { demoContact, type Contact, type Source, type Team } from '../../src/requests/contacts_api/objects';
import type { Template } from '../../src/requests/messages_api/objects';
import { demoSeed, type Seed } from './demo-seed';
import {
  PAGE_SIZE,
  type Assignment,
  type Channel,
  type Clock,
  type ContactChanges,
  type ListFilter,
  type NewContact,
  type RecordKind,
  type RecordTable,
  type RecordTypes,
  type SeedRecords,
  type Store,
  type StoredMessage,
} from './store';

/** Whether a contact carries any of the comma-separated `tags`, ignoring case. */
function tagFilter(tags: string | undefined): ((contact: Contact) => boolean) | undefined {
  const wanted = (tags ?? '').split(',').map((tag) => tag.trim().toLowerCase()).filter(Boolean);
  return wanted.length === 0 ? undefined : (contact) => contact.tags.some((tag) => wanted.includes(tag.toLowerCase()));
}

/** Where the account is kept between page loads (sessionStorage in the browser). */
export interface Persistence {
  load(): string | null;
  save(text: string): void;
}

/** The shape of what is saved; a session saved in an earlier shape is upgraded, keeping what it holds. */
const SHAPE = 3;
type Account = Seed & { shape: typeof SHAPE };

/** What earlier shapes kept in lists of their own, now records: shape 1 (before messages) and shape 2. */
interface EarlierShape {
  shape?: 2;
  contacts: Contact[];
  teams: Team[];
  users: string[];
  tags: string[];
  customFields: string[];
  channels: Channel[];
  templates?: Template[];
  lastWrote?: Record<string, string>;
  messages?: StoredMessage[];
}

/** `first`'s records, then `more`'s of ids `first` does not have. */
function mergeRecords(first: SeedRecords, more: SeedRecords): SeedRecords {
  const merged: Record<string, [string, unknown][]> = { ...(first as Record<string, [string, unknown][]>) };
  for (const [kind, entries] of Object.entries(more as Record<string, [string, unknown][]>)) {
    const kept = merged[kind] ?? [];
    merged[kind] = [...kept, ...entries.filter(([id]) => !kept.some(([old]) => old === id))];
  }
  return merged as SeedRecords;
}

/** An earlier session, kept whole, with what the demo account has gained since added. */
function upgraded(saved: EarlierShape, demo: Seed): Account {
  const beforeMessages = saved.shape === undefined;
  const isDemoOnly = (contact: Contact) => !saved.contacts.some((old) => old.uuid === contact.uuid || (old.source === contact.source && old.phoneNumber === contact.phoneNumber));
  const contacts = beforeMessages ? [...saved.contacts, ...demo.contacts.filter(isDemoOnly)] : saved.contacts;
  const records: SeedRecords = {
    team: saved.teams.map((team) => [team.uuid, team]),
    user: saved.users.map((email) => [email, { email }]),
    tag: saved.tags.map((name) => [name, { name }]),
    customField: saved.customFields.map((name) => [name, { name }]),
    channel: saved.channels.map((channel) => [channel.uuid, channel]),
    template: (saved.templates ?? []).map((template) => [template.uuid, template]),
  };
  return {
    contacts,
    lastWrote: saved.lastWrote ?? Object.fromEntries(Object.entries(demo.lastWrote).filter(([uuid]) => contacts.some((contact) => contact.uuid === uuid))),
    messages: saved.messages ?? demo.messages,
    records: mergeRecords(records, demo.records),
    shape: SHAPE,
  };
}

/** The saved account, upgraded if it is of an earlier shape; `undefined` when there is none or it cannot be read. */
function restored(saved: string | null | undefined, demo: () => Seed): Account | undefined {
  if (!saved) return undefined;
  try {
    const account = JSON.parse(saved) as { shape?: unknown; contacts?: unknown; channels?: unknown } | null;
    if (account?.shape === SHAPE) return account as Account;
    const isEarlier = (account?.shape === undefined || account.shape === 2) && Array.isArray(account?.contacts) && Array.isArray(account?.channels);
    return isEarlier ? upgraded(account as EarlierShape, demo()) : undefined;
  } catch {
    return undefined;
  }
}

export class MemoryStore implements Store {
  private account: Account;
  private readonly persistence?: Persistence;
  private readonly now: Clock;

  constructor({ persistence, now = Date.now }: { persistence?: Persistence; now?: Clock } = {}) {
    this.persistence = persistence;
    this.now = now;
    this.account = restored(persistence?.load(), () => demoSeed(this.now())) ?? this.demo();
  }

  private demo(): Account {
    return { ...demoSeed(this.now()), shape: SHAPE };
  }

  private save(): void {
    this.persistence?.save(JSON.stringify(this.account));
  }

  list({ page = 1, source, tags, team_uuid }: ListFilter): Contact[] {
    const hasTag = tagFilter(tags);
    return this.account.contacts
      .filter((contact) => (!source || contact.source === source) && (!team_uuid || contact.team.uuid === team_uuid) && (!hasTag || hasTag(contact)))
      .map((contact, seq) => ({ contact, seq }))
      .sort((a, b) => b.contact.createdAt.localeCompare(a.contact.createdAt) || b.seq - a.seq)
      .slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE)
      .map(({ contact }) => this.current(contact));
  }

  get(uuid: string): Contact | null {
    const contact = this.account.contacts.find((candidate) => candidate.uuid === uuid);
    return contact ? this.current(contact) : null;
  }

  findByPhone(phoneNumber: string, source: Source): Contact | null {
    const contact = this.account.contacts.find((candidate) => candidate.phoneNumber === phoneNumber && candidate.source === source);
    return contact ? this.current(contact) : null;
  }

  create(input: NewContact & { uuid: string; createdAt: string; team_uuid: string }): Contact {
    this.account.contacts.push(
      demoContact({
        uuid: input.uuid,
        name: input.name,
        phoneNumber: input.identifier,
        createdAt: input.createdAt,
        source: input.source,
        tags: input.tags,
        assignedUser: input.assigned_user,
        customFields: input.custom_fields,
        team: this.records('team').get(input.team_uuid)!,
      }),
    );
    this.save();
    return this.get(input.uuid)!;
  }

  update(uuid: string, changes: ContactChanges): Contact | null {
    const contact = this.account.contacts.find((candidate) => candidate.uuid === uuid);
    if (!contact) return null;
    if (changes.name !== undefined) contact.name = changes.name;
    if (changes.tags !== undefined) contact.tags = [...changes.tags];
    contact.customFields = { ...contact.customFields, ...changes.custom_fields };
    this.save();
    return this.current(contact);
  }

  assign(uuid: string, { user, teamUuid }: Assignment): Contact | null {
    const contact = this.account.contacts.find((candidate) => candidate.uuid === uuid);
    if (!contact) return null;
    if (user !== undefined) contact.assignedUser = user;
    if (teamUuid !== undefined) contact.team = this.records('team').get(teamUuid)!;
    this.save();
    return this.current(contact);
  }

  delete(uuid: string): boolean {
    const before = this.account.contacts.length;
    this.account.contacts = this.account.contacts.filter((contact) => contact.uuid !== uuid);
    this.save();
    return this.account.contacts.length < before;
  }

  lastWrote(contactUuid: string): string | null {
    return Object.hasOwn(this.account.lastWrote, contactUuid) ? this.account.lastWrote[contactUuid]! : null;
  }

  addMessage(message: StoredMessage): void {
    this.account.messages.push(structuredClone(message));
    this.save();
  }

  message(uuid: string): StoredMessage | null {
    const message = this.account.messages.find((candidate) => candidate.uuid === uuid);
    return message ? structuredClone(message) : null;
  }

  deleteMessageContent(uuid: string): boolean {
    const message = this.account.messages.find((candidate) => candidate.uuid === uuid);
    if (!message) return false;
    message.contentDeleted = true;
    this.save();
    return true;
  }

  records<K extends RecordKind>(kind: K): RecordTable<RecordTypes[K]> {
    const entries = () => ((this.account.records[kind] ??= []) as [string, RecordTypes[K]][]);
    return {
      get: (id) => {
        const found = entries().find(([key]) => key === id);
        return found ? structuredClone(found[1]) : null;
      },
      list: () => entries().map(([, value]) => structuredClone(value)),
      put: (id, value) => {
        const at = entries().findIndex(([key]) => key === id);
        if (at === -1) entries().push([id, structuredClone(value)]);
        else entries()[at] = [id, structuredClone(value)];
        this.save();
      },
      delete: (id) => {
        const before = entries().length;
        (this.account.records as Record<string, unknown>)[kind] = entries().filter(([key]) => key !== id);
        this.save();
        return entries().length < before;
      },
    };
  }

  /** A contact as read: its team as the team is now. */
  private current(contact: Contact): Contact {
    return { ...structuredClone(contact), team: this.records('team').get(contact.team.uuid) ?? structuredClone(contact.team) };
  }

  /** One page's script runs to completion: checks and writes cannot interleave. */
  transaction<T>(work: () => T): T {
    return work();
  }

  reset(): void {
    this.account = this.demo();
    this.save();
  }

  close(): void {}
}
