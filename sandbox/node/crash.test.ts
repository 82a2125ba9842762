/**
 * The sandbox killed outright (SIGKILL: no shutdown code runs) in the middle of a burst of
 * writes: after a restart, the database is intact and holds every write it acknowledged.
 */
import { describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { DEMO_TOKEN } from '../address';
import { spawnSandbox } from './child-sandbox';
import { startSandbox } from './server';
import { send } from '../../tests/support/sandbox-client';

describe('a sandbox killed during writes', () => {
  it('restarts on an intact database holding every acknowledged write', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sandbox-kill-'));
    const dbFile = join(dir, 'sandbox.db');
    const { child, baseUrl: base } = await spawnSandbox(dbFile);
    const acknowledged: string[] = [];
    let killed = false;

    // Eight writers, each creating contacts one after another until the server is gone: the
    // kill lands while the others' requests are in flight.
    const writer = async (id: number) => {
      for (let n = 0; ; n++) {
        const body = JSON.stringify({ identifier: `99${id}${String(n).padStart(6, '0')}`, source: 'telegram', name: `Burst ${id}-${n}` });
        try {
          const answer = await send(`${base}/contacts`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body });
          if (answer.status === 200) acknowledged.push(answer.body.contact.uuid);
          if (acknowledged.length >= 300 && !killed) {
            killed = true;
            child.kill('SIGKILL');
          }
        } catch {
          return; // the connection died with the process: that write was not acknowledged
        }
      }
    };
    try {
      await Promise.all(Array.from({ length: 8 }, (_, id) => writer(id)));
      expect(acknowledged.length).toBeGreaterThanOrEqual(300);

      const db = new Database(dbFile, { readonly: true });
      expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
      db.close();

      const restarted = await startSandbox({ dbFile, token: DEMO_TOKEN, rateLimit: 0 });
      try {
        const missing: string[] = [];
        for (const uuid of acknowledged) if ((await send(`${restarted.baseUrl}/contacts/${uuid}`)).status !== 200) missing.push(uuid);
        expect(missing, `acknowledged writes lost, of ${acknowledged.length}`).toEqual([]);
      } finally {
        await restarted.close();
      }
    } finally {
      child.kill('SIGKILL');
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);
});
