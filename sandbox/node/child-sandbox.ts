/**
 * For tests: `npm run sandbox` as a child process of its own (node with tsx's loader, so that a
 * signal reaches the server itself), on a free port, once it listens.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { createServer } from 'node:net';
import { resolve } from 'node:path';
import { DEMO_TOKEN, sandboxBaseUrl } from '../address';

export function freePort(): Promise<number> {
  return new Promise((done) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => done(port));
    });
  });
}

export interface ChildSandbox {
  child: ChildProcess;
  baseUrl: string;
  /** Stops it as Ctrl-C does, and resolves once it has exited. */
  stop(): Promise<void>;
}

/**
 * Starts the sandbox on `dbFile` with the demo token and no rate limit, `env` added to this
 * process's, and `args` (such as `--reset`). The token is set, not inherited: a SANDBOX_TOKEN in the
 * developer's shell would otherwise change what the tests send.
 */
export async function spawnSandbox(dbFile: string, { env = {}, args = [] }: { env?: NodeJS.ProcessEnv; args?: string[] } = {}): Promise<ChildSandbox> {
  const port = await freePort();
  const child = spawn(process.execPath, ['--import', 'tsx', 'sandbox/node/cli.ts', ...args], {
    cwd: resolve(__dirname, '../..'),
    env: { ...process.env, SANDBOX_DB: dbFile, SANDBOX_PORT: String(port), SANDBOX_TOKEN: DEMO_TOKEN, SANDBOX_RATE_LIMIT: '0', ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  await new Promise<void>((ready, failed) => {
    child.stdout!.on('data', (chunk: Buffer) => chunk.toString().includes('Sandbox API:') && ready());
    child.on('exit', (code) => failed(new Error(`the sandbox exited (${code}) before it listened`)));
  });
  return {
    child,
    baseUrl: sandboxBaseUrl(port),
    stop: async () => {
      if (child.exitCode !== null || child.signalCode !== null) return;
      const exited = once(child, 'exit');
      child.kill('SIGINT');
      await exited;
    },
  };
}
