/**
 * The sandbox's account, stored in SQLite: contacts plus the tags, custom fields, users,
 * teams and channels that writes must refer to. Every write is one transaction.
 */
import Database from 'better-sqlite3';
import { randomBytes } from 'node:crypto';
import { dashboardUrl, demoAccount, demoContacts, type Contact, type Source, type Team } from '../src/requests/contacts_api/objects';
import { ApiError, listProblems, type ErrorDetail } from './errors';

export const PAGE_SIZE = 50;

const schema = `
  CREATE TABLE IF NOT EXISTS teams (uuid TEXT PRIMARY KEY, name TEXT NOT NULL, created_at TEXT NOT NULL, is_default INTEGER NOT NULL, members INTEGER NOT NULL);
  CREATE TABLE IF NOT EXISTS users (email TEXT PRIMARY KEY);
  CREATE TABLE IF NOT EXISTS tags (name TEXT PRIMARY KEY);
  CREATE TABLE IF NOT EXISTS custom_fields (name TEXT PRIMARY KEY);
  CREATE TABLE IF NOT EXISTS channels (uuid TEXT PRIMARY KEY, source TEXT NOT NULL);
  CREATE TABLE IF NOT EXISTS contacts (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    uuid TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    phone_number TEXT NOT NULL,
    avatar_url TEXT,
    created_at TEXT NOT NULL,
    source TEXT NOT NULL,
    tags TEXT NOT NULL,
    assigned_user TEXT,
    custom_fields TEXT NOT NULL,
    team_uuid TEXT NOT NULL REFERENCES teams(uuid),
    closed_at TEXT,
    blocked_at TEXT,
    UNIQUE (source, phone_number)
  );
  CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
`;

interface ContactRow {
  uuid: string;
  name: string;
  phone_number: string;
  avatar_url: string | null;
  created_at: string;
  source: Source;
  tags: string;
  assigned_user: string | null;
  custom_fields: string;
  team_uuid: string;
  closed_at: string | null;
  blocked_at: string | null;
}

interface TeamRow {
  uuid: string;
  name: string;
  created_at: string;
  is_default: number;
  members: number;
}

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

const nowIso = () => new Date().toISOString().replace(/\.\d{3}Z$/, 'Z');

export class Store {
  private readonly db: Database.Database;
  private readonly statements = new Map<string, Database.Statement>();

  constructor(file: string) {
    this.db = new Database(file);
    this.db.pragma('journal_mode = WAL');
    // With WAL, NORMAL survives a crash of the sandbox (not of the machine) without an fsync per write.
    this.db.pragma('synchronous = NORMAL');
    this.db.pragma('busy_timeout = 5000');
    this.db.pragma('foreign_keys = ON');
    this.db.exec(schema);
    if (!this.sql("SELECT 1 FROM meta WHERE key = 'seeded'").get()) this.reset();
  }

  /** A prepared statement, compiled once per SQL text. */
  private sql(text: string): Database.Statement {
    let statement = this.statements.get(text);
    if (!statement) {
      statement = this.db.prepare(text);
      this.statements.set(text, statement);
    }
    return statement;
  }

  close(): void {
    this.db.close();
  }

  /** Puts the demo account back, as on first start. */
  reset(): void {
    this.db.transaction(() => {
      for (const table of ['contacts', 'teams', 'users', 'tags', 'custom_fields', 'channels', 'meta']) {
        this.db.exec(`DELETE FROM ${table}`);
      }
      const { team } = demoAccount;
      this.sql('INSERT INTO teams VALUES (?, ?, ?, ?, ?)').run(team.uuid, team.name, team.createdAt, team.default ? 1 : 0, team.members);
      this.sql('INSERT INTO users VALUES (?)').run(demoAccount.user);
      for (const tag of demoAccount.tags) this.sql('INSERT INTO tags VALUES (?)').run(tag);
      for (const field of demoAccount.customFields) this.sql('INSERT INTO custom_fields VALUES (?)').run(field);
      this.sql("INSERT INTO channels VALUES (?, 'whatsapp')").run(demoAccount.channelUuid);
      for (const contact of demoContacts) this.insert(contact);
      this.sql("INSERT INTO meta VALUES ('seeded', ?)").run(nowIso());
    })();
  }

  list(filter: ListFilter): Contact[] {
    const where: string[] = [];
    const args: unknown[] = [];
    if (filter.source) {
      where.push('source = ?');
      args.push(filter.source);
    }
    if (filter.team_uuid) {
      where.push('team_uuid = ?');
      args.push(filter.team_uuid);
    }
    const wanted = (filter.tags ?? '').split(',').map((tag) => tag.trim().toLowerCase()).filter(Boolean);
    if (wanted.length > 0) {
      where.push(`EXISTS (SELECT 1 FROM json_each(contacts.tags) WHERE lower(json_each.value) IN (${wanted.map(() => '?').join(',')}))`);
      args.push(...wanted);
    }
    const page = filter.page ?? 1;
    const rows = this.db
      .prepare(`SELECT * FROM contacts ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY created_at DESC, seq DESC LIMIT ? OFFSET ?`)
      .all(...args, PAGE_SIZE, (page - 1) * PAGE_SIZE) as ContactRow[];
    return rows.map((row) => this.toContact(row));
  }

  get(uuid: string): Contact {
    const row = this.sql('SELECT * FROM contacts WHERE uuid = ?').get(uuid) as ContactRow | undefined;
    if (!row) throw new ApiError(404, `No contact with uuid "${uuid}"`, [{ field: 'path.uuid', message: 'No such contact' }]);
    return this.toContact(row);
  }

  getByPhone(phoneNumber: string, channelUuid?: string): Contact {
    const channel = channelUuid ?? demoAccount.channelUuid;
    const source = this.sql('SELECT source FROM channels WHERE uuid = ?').pluck().get(channel) as Source | undefined;
    if (!source) {
      throw new ApiError(422, `Unknown channel "${channel}"`, [{ field: 'query.channel_uuid', message: 'No such channel in this account' }]);
    }
    const row = this.sql('SELECT * FROM contacts WHERE phone_number = ? AND source = ?').get(phoneNumber, source) as ContactRow | undefined;
    if (!row) {
      throw new ApiError(404, `No contact with phone number "${phoneNumber}" on channel ${channel}`, [{ field: 'path.phone_number', message: 'No such contact' }]);
    }
    return this.toContact(row);
  }

  create(input: NewContact): Contact {
    return this.db.transaction(() => {
      this.checkReferences(input);
      const taken = this.sql('SELECT 1 FROM contacts WHERE phone_number = ? AND source = ?').get(input.identifier, input.source);
      if (taken) {
        throw new ApiError(422, `A ${input.source} contact with identifier "${input.identifier}" already exists`, [
          { field: 'body.identifier', message: 'Already taken on this channel' },
        ]);
      }
      const team = input.team_uuid ?? (this.sql('SELECT uuid FROM teams WHERE is_default = 1').pluck().get() as string);
      const uuid = randomBytes(16).toString('hex');
      this.insert({
        uuid,
        name: input.name,
        phoneNumber: input.identifier,
        avatarUrl: null,
        createdAt: nowIso(),
        source: input.source,
        tags: input.tags ?? [],
        assignedUser: input.assigned_user ?? null,
        customFields: input.custom_fields ?? {},
        team: this.team(team),
      });
      return this.get(uuid);
    })();
  }

  /** Changes only what `changes` names; custom fields are set one by one, tags replaced. */
  update(uuid: string, changes: ContactChanges): Contact {
    return this.db.transaction(() => {
      const current = this.get(uuid);
      this.checkReferences(changes);
      this.db
        .prepare('UPDATE contacts SET name = ?, tags = ?, custom_fields = ? WHERE uuid = ?')
        .run(
          changes.name ?? current.name,
          JSON.stringify(changes.tags ?? current.tags),
          JSON.stringify({ ...current.customFields, ...changes.custom_fields }),
          uuid,
        );
      return this.get(uuid);
    })();
  }

  delete(uuid: string): void {
    const { changes } = this.sql('DELETE FROM contacts WHERE uuid = ?').run(uuid);
    if (changes === 0) throw new ApiError(404, `No contact with uuid "${uuid}"`, [{ field: 'path.uuid', message: 'No such contact' }]);
  }

  /** Tags, custom fields, the user and the team named by a write must exist in the account. */
  private checkReferences(input: { tags?: string[]; custom_fields?: Record<string, string>; assigned_user?: string; team_uuid?: string }): void {
    const details: ErrorDetail[] = [];
    const exists = (table: string, column: string, value: string) =>
      this.sql(`SELECT 1 FROM ${table} WHERE ${column} = ?`).get(value) !== undefined;
    (input.tags ?? []).forEach((tag, index) => {
      if (!exists('tags', 'name', tag)) details.push({ field: `body.tags[${index}]`, message: `is "${tag}", not a tag of this account` });
    });
    for (const field of Object.keys(input.custom_fields ?? {})) {
      if (!exists('custom_fields', 'name', field)) details.push({ field: `body.custom_fields.${field}`, message: 'is not a custom field of this account' });
    }
    if (input.assigned_user !== undefined && !exists('users', 'email', input.assigned_user)) {
      details.push({ field: 'body.assigned_user', message: `is "${input.assigned_user}", not the email of a user of this account` });
    }
    if (input.team_uuid !== undefined && !exists('teams', 'uuid', input.team_uuid)) {
      details.push({ field: 'body.team_uuid', message: `is "${input.team_uuid}", not the uuid of a team of this account` });
    }
    if (details.length > 0) {
      const advice = 'create tags and custom fields in Settings first; users and teams must belong to the account';
      throw new ApiError(422, `${listProblems(details)} (${advice})`, details);
    }
  }

  /** Stores a contact; its dashboard links are derived from its uuid when read. */
  private insert(contact: Omit<Contact, 'href' | 'conversationHref'>): void {
    this.db
      .prepare(
        `INSERT INTO contacts (uuid, name, phone_number, avatar_url, created_at, source, tags, assigned_user, custom_fields, team_uuid, closed_at, blocked_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(
        contact.uuid, contact.name, contact.phoneNumber, contact.avatarUrl, contact.createdAt, contact.source,
        JSON.stringify(contact.tags), contact.assignedUser, JSON.stringify(contact.customFields), contact.team.uuid,
        contact.closedAt ?? null, contact.blockedAt ?? null,
      );
  }

  private team(uuid: string): Team {
    const row = this.sql('SELECT * FROM teams WHERE uuid = ?').get(uuid) as TeamRow;
    return { uuid: row.uuid, name: row.name, createdAt: row.created_at, default: row.is_default === 1, members: row.members };
  }

  private toContact(row: ContactRow): Contact {
    return {
      uuid: row.uuid,
      name: row.name,
      phoneNumber: row.phone_number,
      avatarUrl: row.avatar_url,
      createdAt: row.created_at,
      source: row.source,
      href: `${dashboardUrl}/contacts/${row.uuid}`,
      conversationHref: `${dashboardUrl}/chat/${row.uuid}`,
      tags: JSON.parse(row.tags) as string[],
      assignedUser: row.assigned_user,
      customFields: JSON.parse(row.custom_fields) as Record<string, string>,
      ...(row.closed_at ? { closedAt: row.closed_at } : {}),
      ...(row.blocked_at ? { blockedAt: row.blocked_at } : {}),
      team: this.team(row.team_uuid),
    };
  }
}
