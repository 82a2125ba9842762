import { afterEach, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { janJansen, johnDoe } from '../../src/requests/contacts_api/objects';
import { demoMessages, welcomeTemplate } from '../../src/requests/messages_api/objects';
import { SqliteStore } from './sqlite-store';

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));
function dataFile(): string {
  const dir = mkdtempSync(join(tmpdir(), 'sqlite-store-'));
  dirs.push(dir);
  return join(dir, 'sandbox.db');
}

describe('the SQLite store', () => {
  it('rebuilds a data file written by the sandbox before it knew messages, with the demo account', () => {
    const file = dataFile();
    // The tables as the previous version made them, with a contact renamed by a PATCH.
    const old = new Database(file);
    old.exec(`
      CREATE TABLE teams (uuid TEXT PRIMARY KEY, name TEXT NOT NULL, created_at TEXT NOT NULL, is_default INTEGER NOT NULL, members INTEGER NOT NULL);
      CREATE TABLE channels (uuid TEXT PRIMARY KEY, source TEXT NOT NULL);
      CREATE TABLE contacts (seq INTEGER PRIMARY KEY AUTOINCREMENT, uuid TEXT NOT NULL UNIQUE, name TEXT NOT NULL, phone_number TEXT NOT NULL,
        avatar_url TEXT, created_at TEXT NOT NULL, source TEXT NOT NULL, tags TEXT NOT NULL, assigned_user TEXT, custom_fields TEXT NOT NULL,
        team_uuid TEXT NOT NULL REFERENCES teams(uuid), closed_at TEXT, blocked_at TEXT, UNIQUE (source, phone_number));
      CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
      INSERT INTO teams VALUES ('t', 'Support', '2020-10-01T09:00:00Z', 1, 1);
      INSERT INTO channels VALUES ('b1f0c2d3e4a5968778695a4b3c2d1e0f', 'whatsapp');
      INSERT INTO contacts (uuid, name, phone_number, created_at, source, tags, custom_fields, team_uuid)
        VALUES ('${johnDoe.uuid}', 'Renamed', '123456789', '2020-11-13T21:08:53Z', 'whatsapp', '[]', '{}', 't');
      INSERT INTO meta VALUES ('seeded', '2025-01-01T00:00:00Z');
    `);
    old.close();

    const store = new SqliteStore(file);
    try {
      expect(store.get(johnDoe.uuid)).toEqual(johnDoe);
      expect(store.get(janJansen.uuid)).toEqual(janJansen);
      expect(store.template(welcomeTemplate.uuid)).toEqual(welcomeTemplate);
      expect(store.message(demoMessages[0].uuid)?.statusPayload).toEqual(demoMessages[0].statusPayload);
      expect(store.channel('b1f0c2d3e4a5968778695a4b3c2d1e0f')).toBeNull();
    } finally {
      store.close();
    }
  });

  it('keeps a data file of its own version as it is', () => {
    const file = dataFile();
    const first = new SqliteStore(file);
    first.update(johnDoe.uuid, { name: 'Kept' });
    first.deleteMessageContent(demoMessages[1].uuid);
    first.close();
    const second = new SqliteStore(file);
    try {
      expect(second.get(johnDoe.uuid)?.name).toBe('Kept');
      expect(second.message(demoMessages[1].uuid)?.contentDeleted).toBe(true);
    } finally {
      second.close();
    }
  });
});
