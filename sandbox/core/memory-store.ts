/**
 * The in-browser sandbox's store: the account in memory, saved after every write to a
 * `Persistence` (the page's sessionStorage), so it lives for the browser session: across
 * pages and reloads, gone with the tab.
 */
import { demoAccount, demoContact, demoContacts, type Contact, type Source, type Team } from '../../src/requests/contacts_api/objects';
import {
  PAGE_SIZE,
  type ContactChanges,
  type ContactStore,
  type ListFilter,
  type NewContact,
  type ReferenceKind,
} from './contact-store';

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

interface Account {
  /** Oldest first; a contact's place is its creation order. */
  contacts: Contact[];
  teams: Team[];
  users: string[];
  tags: string[];
  customFields: string[];
  channels: { uuid: string; source: Source }[];
}

function demo(): Account {
  return {
    contacts: structuredClone([...demoContacts]),
    teams: [structuredClone(demoAccount.team)],
    users: [demoAccount.user],
    tags: [...demoAccount.tags],
    customFields: [...demoAccount.customFields],
    channels: [{ uuid: demoAccount.channelUuid, source: 'whatsapp' }],
  };
}

export class MemoryStore implements ContactStore {
  private account: Account;

  constructor(private readonly persistence?: Persistence) {
    const saved = persistence?.load();
    this.account = saved ? (JSON.parse(saved) as Account) : demo();
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

  channelSource(channelUuid: string): Source | null {
    return this.account.channels.find((channel) => channel.uuid === channelUuid)?.source ?? null;
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
        team: structuredClone(this.account.teams.find((team) => team.uuid === input.team_uuid)!),
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

  delete(uuid: string): boolean {
    const before = this.account.contacts.length;
    this.account.contacts = this.account.contacts.filter((contact) => contact.uuid !== uuid);
    this.save();
    return this.account.contacts.length < before;
  }

  /** One page's script runs to completion: checks and writes cannot interleave. */
  transaction<T>(work: () => T): T {
    return work();
  }

  reset(): void {
    this.account = demo();
    this.save();
  }

  close(): void {}
}
