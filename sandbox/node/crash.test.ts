/**
 * The sandbox killed outright (SIGKILL: no shutdown code runs) in the middle of a burst of
 * writes: after a restart, the database is intact and holds every write it acknowledged.
 */
import { describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import Database from 'better-sqlite3';
import { DEMO_TOKEN } from '../address';
import { startSandbox } from './server';
import { send } from '../../tests/support/sandbox-client';

function freePort(): Promise<number> {
  return new Promise((done) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => done(port));
    });
  });
}

/** `npm run sandbox` as one process (node with tsx's loader), so SIGKILL reaches the server itself. */
async function spawnSandbox(dbFile: string, port: number) {
  const child = spawn(process.execPath, ['--import', 'tsx', 'sandbox/node/cli.ts'], {
    cwd: resolve(__dirname, '../..'),
    env: { ...process.env, SANDBOX_DB: dbFile, SANDBOX_PORT: String(port), SANDBOX_RATE_LIMIT: '0' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  await new Promise<void>((ready, failed) => {
    child.stdout.on('data', (chunk: Buffer) => chunk.toString().includes('Sandbox API:') && ready());
    child.on('exit', (code) => failed(new Error(`the sandbox exited (${code}) before it listened`)));
  });
  return child;
}

describe('a sandbox killed during writes', () => {
  it('restarts on an intact database holding every acknowledged write', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sandbox-kill-'));
    const dbFile = join(dir, 'sandbox.db');
    const port = await freePort();
    const child = await spawnSandbox(dbFile, port);
    const base = `http://127.0.0.1:${port}/v1`;
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
