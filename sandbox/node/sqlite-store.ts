/**
 * The Node sandbox's store, in SQLite: contacts and messages in tables of their own, and the
 * rest of the account (teams, users, tags, custom fields, channels, templates, and each API
 * group's own kinds) as JSON records. Writes are committed before they are answered, and
 * several processes may share the file (WAL, immediate transactions, a busy timeout). A data
 * file written by an older version is upgraded in place, keeping what it holds and adding what
 * the new version's demo account has.
 */
import Database from 'better-sqlite3';
import type { CustomField } from '../../src/requests/contacts_api/custom-fields';
import { contactLinks, type Contact, type Source } from '../../src/requests/contacts_api/objects';
import { demoAccount } from '../../src/requests/demo-account';
import { demoSeed } from '../core/demo-seed';
import { currentRecord, upgradedKinds } from '../core/earlier-records';
import {
  isoTime,
  newContact,
  type Assignment,
  type Clock,
  type ContactChanges,
  type ContactToCreate,
  type RecordKind,
  type RecordTable,
  type RecordTypes,
  type StatusPayload,
  type Store,
  type StoredMessage,
} from '../core/store';

/** How long a write waits for another process's write to the same file before it fails. */
const BUSY_TIMEOUT_MS = 5000;

/** Raise it when `tables` changes, with an upgrade from the previous version in `upgrades`. */
const SCHEMA_VERSION = '5';

const tables = {
  records: 'seq INTEGER PRIMARY KEY AUTOINCREMENT, kind TEXT NOT NULL, id TEXT NOT NULL, value TEXT NOT NULL, UNIQUE (kind, id)',
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
    team_uuid TEXT NOT NULL,
    closed_at TEXT,
    blocked_at TEXT,
    last_wrote_at TEXT,
    funnel_id TEXT,
    note TEXT,
    bsuid TEXT,
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
    content_deleted INTEGER NOT NULL,
    kind TEXT NOT NULL,
    text TEXT NOT NULL,
    channel TEXT NOT NULL,
    sender TEXT NOT NULL,
    recipient TEXT NOT NULL`,
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
  funnel_id: string | null;
  note: string | null;
  bsuid: string | null;
}

interface MessageRow {
  uuid: string;
  contact_uuid: string;
  kind: StoredMessage['kind'];
  text: string;
  channel: string;
  sender: string;
  recipient: string;
  created_at: string;
  sent_at: string | null;
  delivered_at: string | null;
  read_at: string | null;
  status_payload: string | null;
  content_deleted: number;
}

export class SqliteStore implements Store {
  private readonly db: Database.Database;
  private readonly statements = new Map<string, Database.Statement>();

  constructor(
    file: string,
    private readonly now: Clock = Date.now,
  ) {
    this.db = new Database(file);
    // Several sandboxes may share the file: one waits for another's write (first of all for
    // turning WAL on), rather than failing with "database is locked".
    this.db.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
    this.db.pragma('journal_mode = WAL');
    // With WAL, NORMAL survives a crash of the sandbox (not of the machine) without an fsync per write.
    this.db.pragma('synchronous = NORMAL');
    this.db.pragma('foreign_keys = ON');
    this.db.transaction(() => this.open(file)).immediate();
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
    if (version === SCHEMA_VERSION) return;
    while (version !== SCHEMA_VERSION) {
      const upgrade = this.upgrades[version];
      if (!upgrade) throw new Error(`${file} was written by a newer sandbox (data version ${version}); start this one with another --db file`);
      version = upgrade();
    }
    this.db.prepare("INSERT OR REPLACE INTO meta VALUES ('schema', ?)").run(version);
    this.addNewDemoData();
  }

  /** From each older data version to the next, keeping every row: new tables and columns, and the new demo data. */
  private readonly upgrades: Record<string, () => string> = {
    // Version 1 had no messages: their table, and when each contact last wrote.
    '1': () => {
      this.db.exec('ALTER TABLE contacts ADD COLUMN last_wrote_at TEXT');
      this.db.exec('CREATE TABLE templates (uuid TEXT PRIMARY KEY, name TEXT NOT NULL, text TEXT NOT NULL)');
      this.db.exec(`CREATE TABLE messages (${tables.messages})`);
      return '2';
    },
    // Version 2 kept teams, users, tags, custom fields, channels and templates in tables of their
    // own: they become records, and contacts no longer refer to a teams table.
    '2': () => {
      this.db.exec(`CREATE TABLE records (${tables.records})`);
      const copy = (kind: string, select: string) => this.db.exec(`INSERT INTO records (kind, id, value) SELECT '${kind}', ${select}`);
      copy('team', "uuid, json_object('uuid', uuid, 'name', name, 'createdAt', created_at, 'default', json(CASE is_default WHEN 1 THEN 'true' ELSE 'false' END), 'members', members) FROM teams");
      copy('user', "email, json_object('email', email) FROM users");
      copy('tag', "name, json_object('name', name) FROM tags");
      copy('customField', "name, json_object('name', name) FROM custom_fields");
      copy('channel', "uuid, json_object('uuid', uuid, 'source', source) FROM channels");
      copy('template', "uuid, json_object('uuid', uuid, 'name', name, 'text', text) FROM templates");
      const columns = 'seq, uuid, name, phone_number, avatar_url, created_at, source, tags, assigned_user, custom_fields, team_uuid, closed_at, blocked_at, last_wrote_at';
      this.db.exec(`CREATE TABLE contacts_v3 (${tables.contacts}); INSERT INTO contacts_v3 (${columns}) SELECT ${columns} FROM contacts;`);
      this.db.exec('DROP TABLE contacts; ALTER TABLE contacts_v3 RENAME TO contacts;');
      for (const table of ['teams', 'users', 'tags', 'custom_fields', 'channels', 'templates']) this.db.exec(`DROP TABLE ${table}`);
      return '3';
    },
    // Version 3 had no funnels, notes or BSUIDs on contacts, kept only the account's messages and
    // not what they said, and custom fields without a kind: the demo account's fields get theirs,
    // any other is text (it took any text then).
    '3': () => {
      // Steps before this one made their tables as `tables` has them now: add only what a table lacks.
      this.addColumns('contacts', { funnel_id: 'TEXT', note: 'TEXT', bsuid: 'TEXT' });
      const ofContact = (column: string, otherwise: string) => `COALESCE((SELECT ${column} FROM contacts WHERE contacts.uuid = messages.contact_uuid), ${otherwise})`;
      const added = this.addColumns('messages', {
        kind: "TEXT NOT NULL DEFAULT 'sent'",
        text: "TEXT NOT NULL DEFAULT ''",
        channel: "TEXT NOT NULL DEFAULT 'whatsapp'",
        sender: "TEXT NOT NULL DEFAULT ''",
        recipient: "TEXT NOT NULL DEFAULT ''",
      });
      if (added.length > 0) {
        this.db.exec(`UPDATE messages SET channel = ${ofContact('source', "'whatsapp'")}, recipient = ${ofContact('phone_number', "''")}`);
        this.sql('UPDATE messages SET sender = ?').run(demoAccount.phoneNumber);
      }
      const customFields = this.records('customField');
      for (const field of customFields.list() as (CustomField | { name: string })[]) {
        if ('type' in field) continue;
        customFields.put(field.name, demoAccount.customFields.find((demoField) => demoField.name === field.name) ?? { name: field.name, type: 'text' });
      }
      return '4';
    },
    // Up to version 4, channels, users and templates copied from version 2's tables kept the shape
    // they had before their APIs: each becomes the demo record it was (none matching: dropped).
    '4': () => {
      for (const kind of upgradedKinds) {
        const rows = this.sql('SELECT id, value FROM records WHERE kind = ?').all(kind) as { id: string; value: string }[];
        for (const { id, value } of rows) {
          const current = currentRecord(kind, JSON.parse(value) as Parameters<typeof currentRecord>[1]);
          if (current) this.sql('UPDATE records SET value = ? WHERE kind = ? AND id = ?').run(JSON.stringify(current), kind, id);
          else this.sql('DELETE FROM records WHERE kind = ? AND id = ?').run(kind, id);
        }
      }
      return '5';
    },
  };

  /** Adds the columns `table` does not have yet; the names of those it added. */
  private addColumns(table: string, columns: Record<string, string>): string[] {
    const present = new Set((this.db.prepare(`PRAGMA table_info(${table})`).all() as { name: string }[]).map((column) => column.name));
    const missing = Object.keys(columns).filter((name) => !present.has(name));
    for (const name of missing) this.db.exec(`ALTER TABLE ${table} ADD COLUMN ${name} ${columns[name]}`);
    return missing;
  }

  /** After an upgrade: what the demo account has gained since the file was written, where the file has nothing of its own. */
  private addNewDemoData(): void {
    const seed = demoSeed(this.now());
    this.fill(seed);
    for (const [uuid, time] of Object.entries(seed.lastWrote)) {
      this.sql('UPDATE contacts SET last_wrote_at = ? WHERE uuid = ? AND last_wrote_at IS NULL').run(time, uuid);
    }
    // A demo contact WhatsApp knows by a BSUID is found by it, whatever else the file changed of them.
    for (const { uuid, bsuid } of seed.contacts) {
      if (bsuid) this.sql('UPDATE contacts SET bsuid = ? WHERE uuid = ? AND bsuid IS NULL').run(bsuid, uuid);
    }
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

  /** The bytes the data takes up: pages in use, not those a delete (or a reset) left free for reuse. */
  usedBytes(): number {
    return this.sql('SELECT (page_count - freelist_count) * page_size FROM pragma_page_count(), pragma_freelist_count(), pragma_page_size()').pluck().get() as number;
  }

  /** Puts the demo account back, as on first start. */
  reset(): void {
    this.transaction(() => {
      for (const table of Object.keys(tables).reverse()) this.db.exec(`DELETE FROM ${table}`);
      this.fill(demoSeed(this.now()));
      this.sql("INSERT INTO meta VALUES ('schema', ?)").run(SCHEMA_VERSION);
      this.sql("INSERT INTO meta VALUES ('seeded', ?)").run(isoTime(this.now()));
    });
  }

  /** Adds the demo account's rows, leaving any row already there (same key) as it is. */
  private fill(seed: ReturnType<typeof demoSeed>): void {
    for (const [kind, entries] of Object.entries(seed.records as Record<string, [string, unknown][]>)) {
      for (const [id, value] of entries) this.sql('INSERT OR IGNORE INTO records (kind, id, value) VALUES (?, ?, ?)').run(kind, id, JSON.stringify(value));
    }
    for (const contact of seed.contacts) this.insert(contact, seed.lastWrote[contact.uuid] ?? null, 'INSERT OR IGNORE');
    for (const message of seed.messages) this.insertMessage(message, 'INSERT OR IGNORE');
  }

  contacts(): Contact[] {
    return (this.sql('SELECT * FROM contacts ORDER BY seq').all() as ContactRow[]).map((row) => this.toContact(row));
  }

  get(uuid: string): Contact | null {
    const row = this.sql('SELECT * FROM contacts WHERE uuid = ?').get(uuid) as ContactRow | undefined;
    return row ? this.toContact(row) : null;
  }

  findByPhone(phoneNumber: string, source: Source): Contact | null {
    const row = this.sql('SELECT * FROM contacts WHERE phone_number = ? AND source = ?').get(phoneNumber, source) as ContactRow | undefined;
    return row ? this.toContact(row) : null;
  }

  findByBsuid(bsuid: string): Contact | null {
    const row = this.sql('SELECT * FROM contacts WHERE bsuid = ?').get(bsuid) as ContactRow | undefined;
    return row ? this.toContact(row) : null;
  }

  create(input: ContactToCreate): Contact {
    this.insert(newContact(input, this.records('team').get(input.team_uuid)!), null);
    return this.get(input.uuid)!;
  }

  update(uuid: string, changes: ContactChanges): Contact | null {
    const current = this.get(uuid);
    if (!current) return null;
    this.sql('UPDATE contacts SET name = ?, tags = ?, custom_fields = ?, note = ?, funnel_id = ?, closed_at = ? WHERE uuid = ?').run(
      changes.name ?? current.name,
      JSON.stringify(changes.tags ?? current.tags),
      JSON.stringify({ ...current.customFields, ...changes.custom_fields }),
      changes.note === undefined ? current.note : changes.note,
      changes.funnelId === undefined ? current.funnelId : changes.funnelId,
      changes.closedAt === undefined ? current.closedAt : changes.closedAt,
      uuid,
    );
    return this.get(uuid);
  }

  assign(uuid: string, { user, teamUuid }: Assignment): Contact | null {
    const current = this.get(uuid);
    if (!current) return null;
    this.sql('UPDATE contacts SET assigned_user = ?, team_uuid = ? WHERE uuid = ?').run(user === undefined ? current.assignedUser : user, teamUuid ?? current.team.uuid, uuid);
    return this.get(uuid);
  }

  delete(uuid: string): boolean {
    return this.sql('DELETE FROM contacts WHERE uuid = ?').run(uuid).changes > 0;
  }

  lastWrote(contactUuid: string): string | null {
    return (this.sql('SELECT last_wrote_at FROM contacts WHERE uuid = ?').pluck().get(contactUuid) as string | null | undefined) ?? null;
  }

  addMessage(message: StoredMessage): void {
    this.insertMessage(message, 'INSERT');
  }

  /** `INSERT OR IGNORE` when seeding: a row already there is kept. */
  private insertMessage(message: StoredMessage, verb: 'INSERT' | 'INSERT OR IGNORE'): void {
    this.sql(
      `${verb} INTO messages (uuid, contact_uuid, kind, text, channel, sender, recipient, created_at, sent_at, delivered_at, read_at, status_payload, content_deleted)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ).run(
      message.uuid, message.contactUuid, message.kind, message.text, message.channel, message.from, message.to, message.createdAt,
      message.sentAt, message.deliveredAt, message.readAt, message.statusPayload && JSON.stringify(message.statusPayload), message.contentDeleted ? 1 : 0,
    );
  }

  message(uuid: string): StoredMessage | null {
    const row = this.sql('SELECT * FROM messages WHERE uuid = ?').get(uuid) as MessageRow | undefined;
    return row ? this.toMessage(row) : null;
  }

  messagesOf(contactUuid: string): StoredMessage[] {
    return (this.sql('SELECT * FROM messages WHERE contact_uuid = ? ORDER BY rowid').all(contactUuid) as MessageRow[]).map((row) => this.toMessage(row));
  }

  private toMessage(row: MessageRow): StoredMessage {
    return {
      uuid: row.uuid,
      contactUuid: row.contact_uuid,
      kind: row.kind,
      text: row.text,
      channel: row.channel,
      from: row.sender,
      to: row.recipient,
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

  records<K extends RecordKind>(kind: K): RecordTable<RecordTypes[K]> {
    const parse = (text: string | undefined) => (text === undefined ? null : (JSON.parse(text) as RecordTypes[K]));
    return {
      get: (id) => parse(this.sql('SELECT value FROM records WHERE kind = ? AND id = ?').pluck().get(kind, id) as string | undefined),
      list: () => (this.sql('SELECT value FROM records WHERE kind = ? ORDER BY seq').pluck().all(kind) as string[]).map((text) => JSON.parse(text) as RecordTypes[K]),
      put: (id, value) => {
        this.sql('INSERT INTO records (kind, id, value) VALUES (?, ?, ?) ON CONFLICT (kind, id) DO UPDATE SET value = excluded.value').run(kind, id, JSON.stringify(value));
      },
      delete: (id) => this.sql('DELETE FROM records WHERE kind = ? AND id = ?').run(kind, id).changes > 0,
    };
  }

  /**
   * Immediate: the write lock is taken before the checks read, so another process cannot write
   * in between (a deferred transaction that then writes would fail at once, busy timeout or not).
   */
  transaction<T>(work: () => T): T {
    return this.db.transaction(work).immediate();
  }

  /** Stores a contact; its dashboard links are derived from its uuid when read. */
  private insert(contact: Omit<Contact, 'href' | 'conversationHref'>, lastWroteAt: string | null, verb: 'INSERT' | 'INSERT OR IGNORE' = 'INSERT'): void {
    this.sql(
      `${verb} INTO contacts (uuid, name, phone_number, avatar_url, created_at, source, tags, assigned_user, custom_fields, team_uuid, closed_at, blocked_at, last_wrote_at, funnel_id, note, bsuid)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ).run(
      contact.uuid, contact.name, contact.phoneNumber, contact.avatarUrl, contact.createdAt, contact.source,
      JSON.stringify(contact.tags), contact.assignedUser, JSON.stringify(contact.customFields), contact.team.uuid,
      contact.closedAt, contact.blockedAt ?? null, lastWroteAt, contact.funnelId, contact.note, contact.bsuid ?? null,
    );
  }

  private toContact(row: ContactRow): Contact {
    return {
      uuid: row.uuid,
      name: row.name,
      phoneNumber: row.phone_number,
      avatarUrl: row.avatar_url,
      createdAt: row.created_at,
      source: row.source,
      funnelId: row.funnel_id,
      closedAt: row.closed_at,
      ...(row.blocked_at ? { blockedAt: row.blocked_at } : {}),
      ...contactLinks(row.uuid),
      tags: JSON.parse(row.tags) as string[],
      assignedUser: row.assigned_user,
      customFields: JSON.parse(row.custom_fields) as Record<string, string>,
      team: this.records('team').get(row.team_uuid)!,
      ...(row.bsuid ? { bsuid: row.bsuid } : {}),
      note: row.note,
    };
  }
}
