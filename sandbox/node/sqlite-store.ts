/**
 * The Node sandbox's store, in SQLite: contacts plus the tags, custom fields, users, teams and
 * channels that writes must refer to. Writes are committed before they are answered.
 */
import Database from 'better-sqlite3';
import { contactLinks, demoAccount, demoContacts, type Contact, type Source, type Team } from '../../src/requests/contacts_api/objects';
import { PAGE_SIZE, nowIso, type ContactChanges, type ContactStore, type ListFilter, type NewContact, type ReferenceKind } from '../core/contact-store';

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

const referenceTables: Record<ReferenceKind, [table: string, column: string]> = {
  tag: ['tags', 'name'],
  customField: ['custom_fields', 'name'],
  user: ['users', 'email'],
  team: ['teams', 'uuid'],
};

export class SqliteStore implements ContactStore {
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

  get(uuid: string): Contact | null {
    const row = this.sql('SELECT * FROM contacts WHERE uuid = ?').get(uuid) as ContactRow | undefined;
    return row ? this.toContact(row) : null;
  }

  channelSource(channelUuid: string): Source | null {
    return (this.sql('SELECT source FROM channels WHERE uuid = ?').pluck().get(channelUuid) as Source | undefined) ?? null;
  }

  findByPhone(phoneNumber: string, source: Source): Contact | null {
    const row = this.sql('SELECT * FROM contacts WHERE phone_number = ? AND source = ?').get(phoneNumber, source) as ContactRow | undefined;
    return row ? this.toContact(row) : null;
  }

  has(kind: ReferenceKind, value: string): boolean {
    const [table, column] = referenceTables[kind];
    return this.sql(`SELECT 1 FROM ${table} WHERE ${column} = ?`).get(value) !== undefined;
  }

  defaultTeam(): string {
    return this.sql('SELECT uuid FROM teams WHERE is_default = 1').pluck().get() as string;
  }

  create(contact: NewContact & { uuid: string; createdAt: string; team_uuid: string }): Contact {
    this.insert({
      uuid: contact.uuid,
      name: contact.name,
      phoneNumber: contact.identifier,
      avatarUrl: null,
      createdAt: contact.createdAt,
      source: contact.source,
      tags: contact.tags ?? [],
      assignedUser: contact.assigned_user ?? null,
      customFields: contact.custom_fields ?? {},
      team: this.team(contact.team_uuid),
    });
    return this.get(contact.uuid)!;
  }

  update(uuid: string, changes: ContactChanges): Contact | null {
    const current = this.get(uuid);
    if (!current) return null;
    this.sql('UPDATE contacts SET name = ?, tags = ?, custom_fields = ? WHERE uuid = ?').run(
      changes.name ?? current.name,
      JSON.stringify(changes.tags ?? current.tags),
      JSON.stringify({ ...current.customFields, ...changes.custom_fields }),
      uuid,
    );
    return this.get(uuid);
  }

  delete(uuid: string): boolean {
    return this.sql('DELETE FROM contacts WHERE uuid = ?').run(uuid).changes > 0;
  }

  transaction<T>(work: () => T): T {
    return this.db.transaction(work)();
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
      ...contactLinks(row.uuid),
      tags: JSON.parse(row.tags) as string[],
      assignedUser: row.assigned_user,
      customFields: JSON.parse(row.custom_fields) as Record<string, string>,
      ...(row.closed_at ? { closedAt: row.closed_at } : {}),
      ...(row.blocked_at ? { blockedAt: row.blocked_at } : {}),
      team: this.team(row.team_uuid),
    };
  }
}
