import { afterEach, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { demoContacts, johnDoe, NOTE_MAX_LENGTH } from '../../src/requests/contacts_api/objects';
import { DEMO_TOKEN } from '../address';
import { spawnSandbox } from './child-sandbox';
import { startSandbox, type RunningSandbox } from './server';
import { SqliteStore } from './sqlite-store';
import { MB } from './storage-limit';
import { send } from '../../tests/support/sandbox-client';
import { contactUrl, expectError, jsonInit } from '../../tests/support/sandbox';

const cleanup: (() => unknown)[] = [];
afterEach(async () => {
  for (const step of cleanup.splice(0).reverse()) await step();
});

/** A fresh data file, and a bound that leaves `room` bytes past its demo data. */
function dataFileWithRoom(room: number): { dbFile: string; maxDbBytes: number } {
  const dir = mkdtempSync(join(tmpdir(), 'sandbox-cap-'));
  cleanup.push(() => rmSync(dir, { recursive: true, force: true }));
  const dbFile = join(dir, 'sandbox.db');
  const fresh = new SqliteStore(dbFile);
  const maxDbBytes = fresh.usedBytes() + room;
  fresh.close();
  return { dbFile, maxDbBytes };
}

async function sandboxWithRoom(room: number): Promise<RunningSandbox> {
  const started = await startSandbox({ ...dataFileWithRoom(room), token: DEMO_TOKEN, rateLimit: 0 });
  cleanup.push(() => started.close());
  return started;
}

/** Creates contacts with the longest note until the sandbox refuses one; the answers, in order. */
async function fill(baseUrl: string): Promise<number[]> {
  const statuses: number[] = [];
  for (let n = 0; n < 200 && statuses.at(-1) !== 507; n++) {
    const body = { identifier: String(980_000_000 + n), source: 'telegram', name: `Filler ${n}`, note: 'n'.repeat(NOTE_MAX_LENGTH) };
    statuses.push((await send(`${baseUrl}/contacts`, jsonInit('POST', body))).status);
  }
  return statuses;
}

describe('the bound on stored data (SANDBOX_MAX_DB_MB)', () => {
  it('past it, every write gets 507 naming the reset, and reads keep working', async () => {
    const { baseUrl } = await sandboxWithRoom(16 * 1024);
    const statuses = await fill(baseUrl);
    expect(statuses.at(-1), 'the cap was reached').toBe(507);
    expect(statuses.slice(0, -1).every((status) => status === 200) && statuses.length > 5, statuses.join()).toBe(true);

    const refused = await send(`${baseUrl}/contacts`, jsonInit('POST', { identifier: '970000000', source: 'telegram', name: 'One more' }));
    expectError(refused, 507, /limit is .* MB \(SANDBOX_MAX_DB_MB\).*reads still work.*npm run sandbox -- --reset/);
    expect((await send(contactUrl(baseUrl), jsonInit('PATCH', { name: 'Renamed' }))).status).toBe(507);
    expect((await send(contactUrl(baseUrl), { method: 'DELETE' })).status).toBe(507);

    expect((await send(contactUrl(baseUrl))).body.contact.name).toBe(johnDoe.name);
    const list = await send(`${baseUrl}/contacts`);
    expect(list.status).toBe(200);
    expect(list.body.contacts.length).toBeGreaterThan(demoContacts.length);
  });

  it('a reset puts the demo data back and lets writes in again', async () => {
    const started = await sandboxWithRoom(16 * 1024);
    expect((await fill(started.baseUrl)).at(-1)).toBe(507);
    started.store.reset();
    expect((await send(`${started.baseUrl}/contacts`)).body.contacts).toHaveLength(demoContacts.length);
    expect((await send(contactUrl(started.baseUrl), jsonInit('PATCH', { name: 'Renamed' }))).status).toBe(200);
  });

  it('npm run sandbox -- --reset does the same for a file past its bound', async () => {
    const { dbFile, maxDbBytes } = dataFileWithRoom(16 * 1024);
    const filling = await startSandbox({ dbFile, maxDbBytes, token: DEMO_TOKEN, rateLimit: 0 });
    try {
      expect((await fill(filling.baseUrl)).at(-1)).toBe(507);
    } finally {
      await filling.close();
    }

    const reset = await spawnSandbox(dbFile, { args: ['--reset'], env: { SANDBOX_MAX_DB_MB: String(maxDbBytes / MB) } });
    cleanup.push(() => reset.stop());
    expect((await send(`${reset.baseUrl}/contacts`)).body.contacts).toHaveLength(demoContacts.length);
    expect((await send(contactUrl(reset.baseUrl), jsonInit('PATCH', { name: 'Renamed' }))).status).toBe(200);
  });
});
