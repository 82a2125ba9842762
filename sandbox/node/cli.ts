/**
 * `npm run sandbox [-- --reset]`: starts the sandbox on 127.0.0.1:$SANDBOX_PORT (default 4010)
 * with its data in $SANDBOX_DB (default .sandbox-data/sandbox.db). It delivers webhook events
 * to the subscribed address, logging each attempt.
 */
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { DEMO_TOKEN, sandboxBaseUrl, sandboxPort } from '../address';
import { RATE_LIMIT_PER_SECOND, startSandbox, type RunningSandbox } from './server';

const dbFile = process.env.SANDBOX_DB ?? '.sandbox-data/sandbox.db';
const token = process.env.SANDBOX_TOKEN ?? DEMO_TOKEN;
const port = sandboxPort();
const rateLimit = Number(process.env.SANDBOX_RATE_LIMIT ?? RATE_LIMIT_PER_SECOND);

async function main(): Promise<void> {
  if (dbFile !== ':memory:') mkdirSync(dirname(dbFile), { recursive: true });
  let sandbox: RunningSandbox;
  try {
    sandbox = await startSandbox({ dbFile, token, port, rateLimit, log: (line) => console.log(line) });
  } catch (error) {
    console.error(`The sandbox could not start on 127.0.0.1:${port}: ${(error as Error).message}. Set SANDBOX_PORT to a free port.`);
    process.exit(1);
  }
  if (process.argv.includes('--reset')) {
    sandbox.store.reset();
    console.log('Demo data restored.');
  }
  console.log(`Sandbox API: ${sandboxBaseUrl(port)}`);
  console.log(`Token:       ${token}${token === DEMO_TOKEN ? ' (demo token; set SANDBOX_TOKEN to change it)' : ''}`);
  console.log(`Data:        ${dbFile}`);
  console.log('Webhooks:    sent to the address POST /webhooks/subscribe names; npm run webhooks:receive prints them');

  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.on(signal, () => {
      void sandbox.close().then(() => process.exit(0));
    });
  }
}

void main();
