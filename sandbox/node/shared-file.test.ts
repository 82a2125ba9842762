/** Two `npm run sandbox` processes on one data file, as two terminals would start them. */
import { afterEach, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { spawnSandbox, type ChildSandbox } from './child-sandbox';
import { send } from '../../tests/support/sandbox-client';
import { jsonInit } from '../../tests/support/sandbox';

const cleanup: (() => unknown)[] = [];
afterEach(async () => {
  for (const step of cleanup.splice(0).reverse()) await step();
});

function dataFile(): string {
  const dir = mkdtempSync(join(tmpdir(), 'sandbox-shared-'));
  cleanup.push(() => rmSync(dir, { recursive: true, force: true }));
  return join(dir, 'sandbox.db');
}

async function spawned(dbFile: string): Promise<ChildSandbox> {
  const child = await spawnSandbox(dbFile);
  cleanup.push(() => child.stop());
  return child;
}

const WRITES = 200;
const newContact = (n: number) => ({ identifier: String(960_000_000 + n), source: 'telegram', name: `Shared ${n}` });

describe('two sandboxes on one data file', () => {
  it(`take ${WRITES} concurrent writes between them, every one answered 2xx and kept`, async () => {
    const dbFile = dataFile();
    // Started together on a file that does not exist yet: both create it at once too.
    const sandboxes = await Promise.all([spawned(dbFile), spawned(dbFile)]);
    const answers = await Promise.all(
      Array.from({ length: WRITES }, (_, n) => send(`${sandboxes[n % 2]!.baseUrl}/contacts`, jsonInit('POST', newContact(n)))),
    );
    expect(answers.filter((answer) => answer.status !== 200).map((answer) => `${answer.status} ${answer.body?.error?.message}`)).toEqual([]);
    await Promise.all(sandboxes.map((sandbox) => sandbox.stop()));

    const db = new Database(dbFile, { readonly: true });
    try {
      const stored = db.prepare("SELECT uuid FROM contacts WHERE name LIKE 'Shared %'").pluck().all() as string[];
      expect(new Set(stored)).toEqual(new Set(answers.map((answer) => answer.body.contact.uuid as string)));
      expect(stored).toHaveLength(WRITES);
    } finally {
      db.close();
    }
  });
});
