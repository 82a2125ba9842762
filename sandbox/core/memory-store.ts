/**
 * The in-browser sandbox's store: the account in memory, saved after every write to a
 * `Persistence` (the page's sessionStorage), so it lives for the browser session: across
 * pages and reloads, gone with the tab.
 */
import { demoContact, type Contact, type Source } from '../../src/requests/contacts_api/objects';
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
  type ReferenceKind,
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

/** The shape of what is saved; a session saved in shape 1 (before messages) is upgraded. */
const SHAPE = 2;
type Account = Seed & { shape: typeof SHAPE };
/** What the sandbox saved before it knew messages: no shape mark, templates, messages or reply times. */
type ShapeOne = Pick<Seed, 'contacts' | 'teams' | 'users' | 'tags' | 'customFields' | 'channels'>;

/** A session saved before messages, kept whole, with the demo account's messaging data added. */
function upgraded(saved: ShapeOne, demo: Seed): Account {
  const isNew = <T>(kept: T[], same: (a: T, b: T) => boolean) => (item: T) => !kept.some((old) => same(old, item));
  const contacts = [
    ...saved.contacts,
    ...demo.contacts.filter(isNew(saved.contacts, (a, b) => a.uuid === b.uuid || (a.source === b.source && a.phoneNumber === b.phoneNumber))),
  ];
  return {
    ...saved,
    contacts,
    channels: [...saved.channels, ...demo.channels.filter(isNew(saved.channels, (a, b) => a.uuid === b.uuid))],
    templates: demo.templates,
    lastWrote: Object.fromEntries(Object.entries(demo.lastWrote).filter(([uuid]) => contacts.some((contact) => contact.uuid === uuid))),
    messages: demo.messages,
    shape: SHAPE,
  };
}

/** The saved account, upgraded if it is of the earlier shape; `undefined` when there is none or it cannot be read. */
function restored(saved: string | null | undefined, demo: () => Seed): Account | undefined {
  if (!saved) return undefined;
  try {
    const account = JSON.parse(saved) as (Partial<Account> & Partial<ShapeOne>) | null;
    if (account?.shape === SHAPE) return account as Account;
    if (account && account.shape === undefined && Array.isArray(account.contacts) && Array.isArray(account.channels)) return upgraded(account as ShapeOne, demo());
    return undefined;
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
      .map(({ contact }) => structuredClone(contact));
  }

  get(uuid: string): Contact | null {
    const contact = this.account.contacts.find((candidate) => candidate.uuid === uuid);
    return contact ? structuredClone(contact) : null;
  }

  channels(): Channel[] {
    return structuredClone(this.account.channels);
  }

  channel(uuid: string): Channel | null {
    const channel = this.account.channels.find((candidate) => candidate.uuid === uuid);
    return channel ? { ...channel } : null;
  }

  findByPhone(phoneNumber: string, source: Source): Contact | null {
    const contact = this.account.contacts.find((candidate) => candidate.phoneNumber === phoneNumber && candidate.source === source);
    return contact ? structuredClone(contact) : null;
  }

  has(kind: ReferenceKind, value: string): boolean {
    switch (kind) {
      case 'tag':
        return this.account.tags.includes(value);
      case 'customField':
        return this.account.customFields.includes(value);
      case 'user':
        return this.account.users.includes(value);
      case 'team':
        return this.account.teams.some((team) => team.uuid === value);
      default: {
        const unknown: never = kind;
        throw new Error(`no such kind: ${String(unknown)}`);
      }
    }
  }

  defaultTeam(): string {
    return this.account.teams.find((team) => team.default)!.uuid;
  }

  private team(uuid: string) {
    return structuredClone(this.account.teams.find((team) => team.uuid === uuid)!);
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
        team: this.team(input.team_uuid),
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
    return structuredClone(contact);
  }

  assign(uuid: string, { user, teamUuid }: Assignment): Contact | null {
    const contact = this.account.contacts.find((candidate) => candidate.uuid === uuid);
    if (!contact) return null;
    if (user !== undefined) contact.assignedUser = user;
    if (teamUuid !== undefined) contact.team = this.team(teamUuid);
    this.save();
    return structuredClone(contact);
  }

  delete(uuid: string): boolean {
    const before = this.account.contacts.length;
    this.account.contacts = this.account.contacts.filter((contact) => contact.uuid !== uuid);
    this.save();
    return this.account.contacts.length < before;
  }

  template(uuid: string): Template | null {
    const template = this.account.templates.find((candidate) => candidate.uuid === uuid);
    return template ? { ...template } : null;
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
