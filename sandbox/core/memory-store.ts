/**
 * The in-browser sandbox's store: the account in memory, saved after every write (a
 * transaction's, when it ends) to a `Persistence` (the page's sessionStorage), so it lives for
 * the browser session: across pages and reloads, gone with the tab.
 */
import type { Channel } from '../../src/requests/channels_api/objects';
import type { CustomField } from '../../src/requests/contacts_api/custom-fields';
import { demoContact, type Contact, type Source, type Team } from '../../src/requests/contacts_api/objects';
import { demoAccount } from '../../src/requests/demo-account';
import type { User } from '../../src/requests/teams_api/objects';
import type { Template } from '../../src/requests/template_messages_api/objects';
import { demoSeed, type Seed } from './demo-seed';
import { currentRecord, upgradedKinds, type EarlierChannel, type EarlierTemplate, type EarlierUser, type UpgradedKind } from './earlier-records';
import {
  newContact,
  type Assignment,
  type Clock,
  type ContactChanges,
  type ContactToCreate,
  type RecordKind,
  type RecordTable,
  type RecordTypes,
  type SeedRecords,
  type Store,
  type StoredMessage,
} from './store';

/** Where the account is kept between page loads (sessionStorage in the browser). */
export interface Persistence {
  load(): string | null;
  save(text: string): void;
}

/** The shape of what is saved; a session saved in an earlier shape is upgraded, keeping what it holds. */
const SHAPE = 5;
type Account = Seed & { shape: typeof SHAPE };

/** Records up to shape 4: channels, users and templates perhaps as they were kept before their APIs. */
type Shape4Records = Omit<SeedRecords, UpgradedKind> & {
  channel?: [string, Channel | EarlierChannel][];
  user?: [string, User | EarlierUser][];
  template?: [string, Template | EarlierTemplate][];
};

/** Shape 4, whose channels, users and templates may be of the shape before their APIs. */
type Shape4 = Omit<Seed, 'records'> & { shape: 4; records: Shape4Records };

/** Shape 3, before conversations, notes, funnels and typed custom fields: contacts, messages and custom fields lacked what they have now. */
interface Shape3 {
  shape: 3;
  contacts: Omit<Contact, 'funnelId' | 'closedAt' | 'note'>[];
  lastWrote: Record<string, string>;
  messages: Omit<StoredMessage, 'kind' | 'text' | 'channel' | 'from' | 'to'>[];
  /** A custom field was its name alone. */
  records: Omit<Shape4Records, 'customField'> & { customField?: [string, CustomField | { name: string }][] };
}

/** What earlier shapes kept in lists of their own, now records: shape 1 (before messages) and shape 2. */
interface EarlierShape {
  shape?: 2;
  contacts: Contact[];
  teams: Team[];
  users: string[];
  tags: string[];
  customFields: string[];
  channels: EarlierChannel[];
  templates?: EarlierTemplate[];
  lastWrote?: Record<string, string>;
  messages?: StoredMessage[];
}

/** `first`'s records, then `more`'s of ids `first` does not have. */
function mergeRecords<Records extends Shape3['records']>(first: Records, more: SeedRecords): Records {
  const merged: Record<string, [string, unknown][]> = { ...(first as Record<string, [string, unknown][]>) };
  for (const [kind, entries] of Object.entries(more as Record<string, [string, unknown][]>)) {
    const kept = merged[kind] ?? [];
    merged[kind] = [...kept, ...entries.filter(([id]) => !kept.some(([old]) => old === id))];
  }
  return merged as Records;
}

/** A session of shape 1 or 2, kept whole, as shape 3, with what the demo account had gained by then added. */
function toShape3(saved: EarlierShape, demo: Seed): Shape3 {
  const beforeMessages = saved.shape === undefined;
  const isDemoOnly = (contact: Contact) => !saved.contacts.some((old) => old.uuid === contact.uuid || (old.source === contact.source && old.phoneNumber === contact.phoneNumber));
  const contacts = beforeMessages ? [...saved.contacts, ...demo.contacts.filter(isDemoOnly)] : saved.contacts;
  const records: Shape3['records'] = {
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
    shape: 3,
  };
}

/**
 * A session of shape 3, kept whole: its contacts' conversations open and without a funnel or a
 * note, its messages the account's (what they said was not kept), its custom fields of the demo
 * account's kind or text (which took any text); with the demo account's new contacts, messages
 * and records added, as the SQLite store does when it upgrades a data file.
 */
function toShape4(saved: Shape3, demo: Seed): Shape4 {
  const isNew = (contact: Contact) => !saved.contacts.some((old) => old.uuid === contact.uuid || (old.source === contact.source && old.phoneNumber === contact.phoneNumber));
  const added = demo.contacts.filter(isNew);
  // A demo contact WhatsApp knows by a BSUID is found by it, as the SQLite store's upgrade does.
  const bsuidOf = (uuid: string) => demo.contacts.find((contact) => contact.uuid === uuid)?.bsuid;
  const contacts = [...saved.contacts.map((contact) => demoContact({ bsuid: bsuidOf(contact.uuid), ...contact })), ...added];
  const messages: StoredMessage[] = saved.messages.map((message) => {
    const contact = contacts.find((candidate) => candidate.uuid === message.contactUuid);
    return { kind: 'sent', text: '', channel: contact?.source ?? 'whatsapp', from: demoAccount.phoneNumber, to: contact?.phoneNumber ?? '', ...message };
  });
  const customFields = (saved.records.customField ?? []).map(([name, field]): [string, CustomField] => [
    name,
    'type' in field ? field : (demoAccount.customFields.find((demoField) => demoField.name === name) ?? { name, type: 'text' }),
  ]);
  return {
    contacts,
    lastWrote: { ...Object.fromEntries(Object.entries(demo.lastWrote).filter(([uuid]) => added.some((contact) => contact.uuid === uuid))), ...saved.lastWrote },
    messages: [...messages, ...demo.messages.filter((message) => !messages.some((old) => old.uuid === message.uuid))],
    records: mergeRecords({ ...saved.records, customField: customFields }, demo.records),
    shape: 4,
  };
}

/** A session of shape 4, kept whole, its channels, users and templates of the shape before their APIs made the demo ones they were (those no demo record matches dropped: nothing could show them). */
function toShape5(saved: Shape4): Account {
  const records: Record<string, [string, unknown][]> = { ...saved.records };
  for (const kind of upgradedKinds) {
    const entries = (saved.records[kind] ?? []) as [string, Parameters<typeof currentRecord>[1]][];
    records[kind] = entries.flatMap(([id, record]) => {
      const current = currentRecord(kind, record);
      return current ? [[id, current]] : [];
    });
  }
  return { ...saved, records: records as SeedRecords, shape: SHAPE };
}

/** The saved account, upgraded if it is of an earlier shape; `undefined` when there is none or it cannot be read. */
function restored(saved: string | null | undefined, demo: () => Seed): Account | undefined {
  if (!saved) return undefined;
  try {
    const account = JSON.parse(saved) as { shape?: unknown; contacts?: unknown; channels?: unknown } | null;
    if (account?.shape === SHAPE) return account as Account;
    if (account?.shape === 4 && Array.isArray(account.contacts)) return toShape5(account as Shape4);
    if (account?.shape === 3 && Array.isArray(account.contacts)) return toShape5(toShape4(account as Shape3, demo()));
    const isEarlier = (account?.shape === undefined || account.shape === 2) && Array.isArray(account?.contacts) && Array.isArray(account?.channels);
    if (!isEarlier) return undefined;
    const fresh = demo();
    return toShape5(toShape4(toShape3(account as EarlierShape, fresh), fresh));
  } catch {
    return undefined;
  }
}

export class MemoryStore implements Store {
  private account: Account;
  private readonly persistence?: Persistence;
  private readonly now: Clock;
  private transactionDepth = 0;

  constructor({ persistence, now = Date.now }: { persistence?: Persistence; now?: Clock } = {}) {
    this.persistence = persistence;
    this.now = now;
    this.account = restored(persistence?.load(), () => demoSeed(this.now())) ?? this.demo();
  }

  private demo(): Account {
    return { ...demoSeed(this.now()), shape: SHAPE };
  }

  /** Inside a transaction, the account is saved when the outermost one ends, so a rolled-back write never reaches the session. */
  private save(): void {
    if (this.transactionDepth === 0) this.persistence?.save(JSON.stringify(this.account));
  }

  contacts(): Contact[] {
    return this.account.contacts.map((contact) => this.current(contact));
  }

  get(uuid: string): Contact | null {
    const contact = this.account.contacts.find((candidate) => candidate.uuid === uuid);
    return contact ? this.current(contact) : null;
  }

  findByPhone(phoneNumber: string, source: Source): Contact | null {
    const contact = this.account.contacts.find((candidate) => candidate.phoneNumber === phoneNumber && candidate.source === source);
    return contact ? this.current(contact) : null;
  }

  findByBsuid(bsuid: string): Contact | null {
    const contact = this.account.contacts.find((candidate) => candidate.bsuid === bsuid);
    return contact ? this.current(contact) : null;
  }

  create(input: ContactToCreate): Contact {
    this.account.contacts.push(newContact(input, this.records('team').get(input.team_uuid)!));
    this.save();
    return this.get(input.uuid)!;
  }

  update(uuid: string, changes: ContactChanges): Contact | null {
    const contact = this.account.contacts.find((candidate) => candidate.uuid === uuid);
    if (!contact) return null;
    if (changes.name !== undefined) contact.name = changes.name;
    if (changes.tags !== undefined) contact.tags = [...changes.tags];
    contact.customFields = { ...contact.customFields, ...changes.custom_fields };
    if (changes.note !== undefined) contact.note = changes.note;
    if (changes.funnelId !== undefined) contact.funnelId = changes.funnelId;
    if (changes.closedAt !== undefined) contact.closedAt = changes.closedAt;
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

  messagesOf(contactUuid: string): StoredMessage[] {
    return this.account.messages.filter((message) => message.contactUuid === contactUuid).map((message) => structuredClone(message));
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

  /**
   * One page's script runs to completion, so checks and writes cannot interleave; what needs
   * guarding is a failure: when `work` throws, the account is put back as it was, as SQLite does.
   */
  transaction<T>(work: () => T): T {
    const before = structuredClone(this.account);
    this.transactionDepth += 1;
    try {
      return work();
    } catch (error) {
      this.account = before;
      throw error;
    } finally {
      this.transactionDepth -= 1;
      this.save();
    }
  }

  reset(): void {
    this.account = this.demo();
    this.save();
  }

  close(): void {}
}
