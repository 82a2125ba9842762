import { afterEach, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { customerCare } from '../../src/requests/channels_api/objects';
import { demoBot } from '../../src/requests/contacts_api/bot';
import { demoConversation } from '../../src/requests/contacts_api/conversation';
import { giuliaBianchi, janJansen, johnDoe } from '../../src/requests/contacts_api/objects';
import { demoAccount } from '../../src/requests/demo-account';
import { demoFunnels } from '../../src/requests/funnels_api/objects';
import { demoMessages, welcomeTemplate } from '../../src/requests/messages_api/objects';
import { demoAgent } from '../../src/requests/teams_api/objects';
import { SqliteStore } from './sqlite-store';

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));
function dataFile(): string {
  const dir = mkdtempSync(join(tmpdir(), 'sqlite-store-'));
  dirs.push(dir);
  return join(dir, 'sandbox.db');
}

describe('the SQLite store', () => {
  it('upgrades a data file written before messages: what it holds stays, the messaging demo data is added', () => {
    const file = dataFile();
    // The tables exactly as the previous version made them, with a contact renamed by a PATCH.
    const old = new Database(file);
    old.exec(`
      CREATE TABLE teams (uuid TEXT PRIMARY KEY, name TEXT NOT NULL, created_at TEXT NOT NULL, is_default INTEGER NOT NULL, members INTEGER NOT NULL);
      CREATE TABLE users (email TEXT PRIMARY KEY);
      CREATE TABLE tags (name TEXT PRIMARY KEY);
      CREATE TABLE custom_fields (name TEXT PRIMARY KEY);
      CREATE TABLE channels (uuid TEXT PRIMARY KEY, source TEXT NOT NULL);
      CREATE TABLE contacts (seq INTEGER PRIMARY KEY AUTOINCREMENT, uuid TEXT NOT NULL UNIQUE, name TEXT NOT NULL, phone_number TEXT NOT NULL,
        avatar_url TEXT, created_at TEXT NOT NULL, source TEXT NOT NULL, tags TEXT NOT NULL, assigned_user TEXT, custom_fields TEXT NOT NULL,
        team_uuid TEXT NOT NULL REFERENCES teams(uuid), closed_at TEXT, blocked_at TEXT, UNIQUE (source, phone_number));
      CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
      INSERT INTO teams VALUES ('t', 'Support', '2020-10-01T09:00:00Z', 1, 1);
      INSERT INTO users VALUES ('agent@example.com');
      INSERT INTO channels VALUES ('35f6f8cc-b550-4278-a2ea-099f3a4e0730', 'whatsapp'), ('b1f0c2d3e4a5968778695a4b3c2d1e0f', 'whatsapp');
      INSERT INTO contacts (uuid, name, phone_number, created_at, source, tags, custom_fields, team_uuid)
        VALUES ('${johnDoe.uuid}', 'Renamed', '123456789', '2020-11-13T21:08:53Z', 'whatsapp', '[]', '{}', 't');
      INSERT INTO meta VALUES ('seeded', '2025-01-01T00:00:00Z');
    `);
    old.close();

    const store = new SqliteStore(file);
    try {
      expect(store.get(johnDoe.uuid)?.name).toBe('Renamed');
      expect(store.get(janJansen.uuid)).toEqual(janJansen);
      expect(store.records('template').get(welcomeTemplate.uuid)).toEqual(welcomeTemplate);
      expect(store.message(demoMessages[0].uuid)?.statusPayload).toEqual(demoMessages[0].statusPayload);
      // Channels and users of the shape before their APIs are the demo records they were; one no demo record matches is gone.
      expect(store.records('channel').get(customerCare.uuid)).toEqual(customerCare);
      expect(store.records('channel').get('b1f0c2d3e4a5968778695a4b3c2d1e0f')).toBeNull();
      expect(store.records('user').get(demoAgent.email)).toEqual(demoAgent);
      expect(store.lastWrote(johnDoe.uuid)).not.toBeNull();
    } finally {
      store.close();
    }
  });

  it('upgrades a data file of version 3: contacts, messages and custom fields kept, with what they have gained', () => {
    const file = dataFile();
    // Version 3's tables, with John Doe renamed and his conversation closed, a message sent to him, and a custom field of the account's own.
    const old = new Database(file);
    old.exec(`
      CREATE TABLE records (seq INTEGER PRIMARY KEY AUTOINCREMENT, kind TEXT NOT NULL, id TEXT NOT NULL, value TEXT NOT NULL, UNIQUE (kind, id));
      CREATE TABLE contacts (seq INTEGER PRIMARY KEY AUTOINCREMENT, uuid TEXT NOT NULL UNIQUE, name TEXT NOT NULL, phone_number TEXT NOT NULL,
        avatar_url TEXT, created_at TEXT NOT NULL, source TEXT NOT NULL, tags TEXT NOT NULL, assigned_user TEXT, custom_fields TEXT NOT NULL,
        team_uuid TEXT NOT NULL, closed_at TEXT, blocked_at TEXT, last_wrote_at TEXT, UNIQUE (source, phone_number));
      CREATE TABLE messages (uuid TEXT PRIMARY KEY, contact_uuid TEXT NOT NULL, created_at TEXT NOT NULL, sent_at TEXT, delivered_at TEXT,
        read_at TEXT, status_payload TEXT, content_deleted INTEGER NOT NULL);
      CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
      INSERT INTO records (kind, id, value) VALUES ('team', '${demoAccount.team.uuid}', '${JSON.stringify(demoAccount.team)}'),
        ('customField', 'orderNumber', '{"name":"orderNumber"}'), ('customField', 'Shoe size', '{"name":"Shoe size"}'),
        ('user', 'agent@example.com', '{"email":"agent@example.com"}'),
        ('channel', '35f6f8cc-b550-4278-a2ea-099f3a4e0730', '{"uuid":"35f6f8cc-b550-4278-a2ea-099f3a4e0730","source":"whatsapp"}'),
        ('template', 'd980fb66fd5043d3ace1aa06ba044342', '{"uuid":"d980fb66fd5043d3ace1aa06ba044342","name":"welcome","text":"Hello {{1}}"}');
      INSERT INTO contacts (uuid, name, phone_number, created_at, source, tags, custom_fields, team_uuid, closed_at)
        VALUES ('${johnDoe.uuid}', 'Renamed', '123456789', '2020-11-13T21:08:53Z', 'whatsapp', '[]', '{"Shoe size":"44"}', '${demoAccount.team.uuid}', '2025-01-02T03:04:05Z');
      INSERT INTO messages VALUES ('0123456789abcdef0123456789abcdef', '${johnDoe.uuid}', '2025-01-01T00:00:00.000Z', NULL, NULL, NULL, NULL, 0);
      INSERT INTO meta VALUES ('schema', '3'), ('seeded', '2025-01-01T00:00:00Z');
    `);
    old.close();

    const store = new SqliteStore(file);
    try {
      expect(store.get(johnDoe.uuid)).toMatchObject({ name: 'Renamed', closedAt: '2025-01-02T03:04:05Z', funnelId: null, note: null, customFields: { 'Shoe size': '44' } });
      expect(store.findByBsuid(johnDoe.bsuid!)?.name).toBe('Renamed');
      expect(store.message('0123456789abcdef0123456789abcdef')).toMatchObject({ kind: 'sent', text: '', channel: 'whatsapp', from: demoAccount.phoneNumber, to: johnDoe.phoneNumber });
      expect(store.records('customField').get('orderNumber')).toEqual({ name: 'orderNumber', type: 'number' });
      expect(store.records('customField').get('Shoe size')).toEqual({ name: 'Shoe size', type: 'text' });
      expect(store.records('customField').get('Features')).toEqual(demoAccount.customFields.find((field) => field.name === 'Features'));
      expect(store.records('channel').get(customerCare.uuid)).toEqual(customerCare);
      expect(store.records('user').get(demoAgent.email)).toEqual(demoAgent);
      expect(store.records('template').get(welcomeTemplate.uuid)).toEqual(welcomeTemplate);
      expect(store.get(giuliaBianchi.uuid)).toEqual(giuliaBianchi);
      expect(store.messagesOf(giuliaBianchi.uuid).map((message) => message.text)).toEqual(demoConversation.map((message) => message.text));
      expect(store.records('funnel').list()).toEqual(demoFunnels);
      expect(store.records('bot').get(demoBot.uuid)).toEqual(demoBot);
    } finally {
      store.close();
    }
  });
});

describe('a data file of a newer sandbox', () => {
  it('is refused with a message naming the file, and left as it is', () => {
    const file = dataFile();
    new SqliteStore(file).close();
    const newer = new Database(file);
    newer.exec("UPDATE meta SET value = '99' WHERE key = 'schema'");
    newer.close();
    expect(() => new SqliteStore(file)).toThrow(`${file} was written by a newer sandbox (data version 99)`);
  });
});
