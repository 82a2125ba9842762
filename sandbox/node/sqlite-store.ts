/**
 * The Node sandbox's store, in SQLite: contacts, messages and the templates, tags, custom
 * fields, users, teams and channels that requests refer to. Writes are committed before they
 * are answered. A data file written by an older version is upgraded in place, keeping what it
 * holds and adding what the new version's demo account has.
 */
import Database from 'better-sqlite3';
import { contactLinks, type Contact, type Source, type Team } from '../../src/requests/contacts_api/objects';
import type { Template } from '../../src/requests/messages_api/objects';
import { demoSeed } from '../core/demo-seed';
import {
  PAGE_SIZE,
  isoTime,
  type Assignment,
  type Channel,
  type Clock,
  type ContactChanges,
  type ListFilter,
  type NewContact,
  type ReferenceKind,
  type StatusPayload,
  type Store,
  type StoredMessage,
} from '../core/store';

/** Raise it when `tables` changes, with an upgrade from the previous version in `upgrades`. */
const SCHEMA_VERSION = '2';

const tables = {
  teams: 'uuid TEXT PRIMARY KEY, name TEXT NOT NULL, created_at TEXT NOT NULL, is_default INTEGER NOT NULL, members INTEGER NOT NULL',
  users: 'email TEXT PRIMARY KEY',
  tags: 'name TEXT PRIMARY KEY',
  custom_fields: 'name TEXT PRIMARY KEY',
  channels: 'uuid TEXT PRIMARY KEY, source TEXT NOT NULL',
  templates: 'uuid TEXT PRIMARY KEY, name TEXT NOT NULL, text TEXT NOT NULL',
  contacts: `
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
    last_wrote_at TEXT,
    UNIQUE (source, phone_number)`,
  // A message outlives its contact: its status stays readable.
  messages: `
    uuid TEXT PRIMARY KEY,
    contact_uuid TEXT NOT NULL,
    created_at TEXT NOT NULL,
    sent_at TEXT,
    delivered_at TEXT,
    read_at TEXT,
    status_payload TEXT,
    content_deleted INTEGER NOT NULL`,
  meta: 'key TEXT PRIMARY KEY, value TEXT NOT NULL',
} as const;

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

interface MessageRow {
  uuid: string;
  contact_uuid: string;
  created_at: string;
  sent_at: string | null;
  delivered_at: string | null;
  read_at: string | null;
  status_payload: string | null;
  content_deleted: number;
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

export class SqliteStore implements Store {
  private readonly db: Database.Database;
  private readonly statements = new Map<string, Database.Statement>();

  constructor(
    file: string,
    private readonly now: Clock = Date.now,
  ) {
    this.db = new Database(file);
    this.db.pragma('journal_mode = WAL');
    // With WAL, NORMAL survives a crash of the sandbox (not of the machine) without an fsync per write.
    this.db.pragma('synchronous = NORMAL');
    this.db.pragma('busy_timeout = 5000');
    this.db.pragma('foreign_keys = ON');
    this.db.transaction(() => this.open(file))();
  }

  /** A new file gets the tables and the demo account; an older one is upgraded step by step. */
  private open(file: string): void {
    const isNew = this.db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'contacts'").get() === undefined;
    if (isNew) {
      for (const [name, columns] of Object.entries(tables)) this.db.exec(`CREATE TABLE ${name} (${columns})`);
      this.reset();
      return;
    }
    // Version 1, before messages, wrote no version mark.
    let version = (this.db.prepare("SELECT value FROM meta WHERE key = 'schema'").pluck().get() as string | undefined) ?? '1';
    while (version !== SCHEMA_VERSION) {
      const upgrade = this.upgrades[version];
      if (!upgrade) throw new Error(`${file} was written by a newer sandbox (data version ${version}); start this one with another --db file`);
      version = upgrade();
      this.sql("INSERT OR REPLACE INTO meta VALUES ('schema', ?)").run(version);
    }
  }

  /** From each older data version to the next, keeping every row: new tables and columns, and the new demo data. */
  private readonly upgrades: Record<string, () => string> = {
    '1': () => {
      this.db.exec('ALTER TABLE contacts ADD COLUMN last_wrote_at TEXT');
      this.db.exec(`CREATE TABLE templates (${tables.templates})`);
      this.db.exec(`CREATE TABLE messages (${tables.messages})`);
      const seed = demoSeed(this.now());
      this.fill(seed);
      for (const [uuid, time] of Object.entries(seed.lastWrote)) {
        this.sql('UPDATE contacts SET last_wrote_at = ? WHERE uuid = ? AND last_wrote_at IS NULL').run(time, uuid);
      }
      return '2';
    },
  };

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
      for (const table of Object.keys(tables).reverse()) this.db.exec(`DELETE FROM ${table}`);
      this.fill(demoSeed(this.now()));
      this.sql("INSERT INTO meta VALUES ('schema', ?)").run(SCHEMA_VERSION);
      this.sql("INSERT INTO meta VALUES ('seeded', ?)").run(isoTime(this.now()));
    })();
  }

  /** Adds the demo account's rows, leaving any row already there (same key) as it is. */
  private fill(seed: ReturnType<typeof demoSeed>): void {
    for (const team of seed.teams) {
      this.sql('INSERT OR IGNORE INTO teams VALUES (?, ?, ?, ?, ?)').run(team.uuid, team.name, team.createdAt, team.default ? 1 : 0, team.members);
    }
    for (const user of seed.users) this.sql('INSERT OR IGNORE INTO users VALUES (?)').run(user);
    for (const tag of seed.tags) this.sql('INSERT OR IGNORE INTO tags VALUES (?)').run(tag);
    for (const field of seed.customFields) this.sql('INSERT OR IGNORE INTO custom_fields VALUES (?)').run(field);
    for (const channel of seed.channels) this.sql('INSERT OR IGNORE INTO channels VALUES (?, ?)').run(channel.uuid, channel.source);
    for (const template of seed.templates) this.sql('INSERT OR IGNORE INTO templates VALUES (?, ?, ?)').run(template.uuid, template.name, template.text);
    for (const contact of seed.contacts) this.insert(contact, seed.lastWrote[contact.uuid] ?? null, 'INSERT OR IGNORE');
    for (const message of seed.messages) this.insertMessage(message, 'INSERT OR IGNORE');
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

  channels(): Channel[] {
    return this.sql('SELECT uuid, source FROM channels ORDER BY rowid').all() as Channel[];
  }

  channel(uuid: string): Channel | null {
    return (this.sql('SELECT uuid, source FROM channels WHERE uuid = ?').get(uuid) as Channel | undefined) ?? null;
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
    this.insert(
      {
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
      },
      null,
    );
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

  assign(uuid: string, { user, teamUuid }: Assignment): Contact | null {
    const current = this.get(uuid);
    if (!current) return null;
    this.sql('UPDATE contacts SET assigned_user = ?, team_uuid = ? WHERE uuid = ?').run(user ?? current.assignedUser, teamUuid ?? current.team.uuid, uuid);
    return this.get(uuid);
  }

  delete(uuid: string): boolean {
    return this.sql('DELETE FROM contacts WHERE uuid = ?').run(uuid).changes > 0;
  }

  template(uuid: string): Template | null {
    return (this.sql('SELECT uuid, name, text FROM templates WHERE uuid = ?').get(uuid) as Template | undefined) ?? null;
  }

  lastWrote(contactUuid: string): string | null {
    return (this.sql('SELECT last_wrote_at FROM contacts WHERE uuid = ?').pluck().get(contactUuid) as string | null | undefined) ?? null;
  }

  addMessage(message: StoredMessage): void {
    this.insertMessage(message, 'INSERT');
  }

  /** `INSERT OR IGNORE` when seeding: a row already there is kept. */
  private insertMessage(message: StoredMessage, verb: 'INSERT' | 'INSERT OR IGNORE'): void {
    this.sql(`${verb} INTO messages VALUES (?, ?, ?, ?, ?, ?, ?, ?)`).run(
      message.uuid, message.contactUuid, message.createdAt, message.sentAt, message.deliveredAt, message.readAt,
      message.statusPayload && JSON.stringify(message.statusPayload), message.contentDeleted ? 1 : 0,
    );
  }

  message(uuid: string): StoredMessage | null {
    const row = this.sql('SELECT * FROM messages WHERE uuid = ?').get(uuid) as MessageRow | undefined;
    if (!row) return null;
    return {
      uuid: row.uuid,
      contactUuid: row.contact_uuid,
      createdAt: row.created_at,
      sentAt: row.sent_at,
      deliveredAt: row.delivered_at,
      readAt: row.read_at,
      statusPayload: row.status_payload === null ? null : (JSON.parse(row.status_payload) as StatusPayload),
      contentDeleted: row.content_deleted === 1,
    };
  }

  deleteMessageContent(uuid: string): boolean {
    return this.sql('UPDATE messages SET content_deleted = 1 WHERE uuid = ?').run(uuid).changes > 0;
  }

  transaction<T>(work: () => T): T {
    return this.db.transaction(work)();
  }

  /** Stores a contact; its dashboard links are derived from its uuid when read. */
  private insert(contact: Omit<Contact, 'href' | 'conversationHref'>, lastWroteAt: string | null, verb: 'INSERT' | 'INSERT OR IGNORE' = 'INSERT'): void {
    this.sql(
      `${verb} INTO contacts (uuid, name, phone_number, avatar_url, created_at, source, tags, assigned_user, custom_fields, team_uuid, closed_at, blocked_at, last_wrote_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ).run(
      contact.uuid, contact.name, contact.phoneNumber, contact.avatarUrl, contact.createdAt, contact.source,
      JSON.stringify(contact.tags), contact.assignedUser, JSON.stringify(contact.customFields), contact.team.uuid,
      contact.closedAt ?? null, contact.blockedAt ?? null, lastWroteAt,
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
