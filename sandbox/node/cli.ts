/**
 * `npm run sandbox [-- --reset]`: starts the sandbox on 127.0.0.1:$SANDBOX_PORT (default 4010; 0: a free port, printed)
 * with its data in $SANDBOX_DB (default .sandbox-data/sandbox.db); `--reset` puts the demo data
 * back first. It delivers webhook events to the subscribed address, logging each attempt.
 * settings.ts lists what else the environment sets.
 */
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { DEMO_TOKEN, SITE_URL } from '../address';
import { startSandbox, type RunningSandbox } from './server';
import { sandboxSettings, type SandboxSettings } from './settings';
import { MB } from './storage-limit';

async function main(): Promise<void> {
  let settings: SandboxSettings;
  try {
    settings = sandboxSettings();
  } catch (error) {
    console.error(`The sandbox did not start: ${(error as Error).message}.`);
    process.exit(1);
  }
  const { dbFile, token, port, allowedOrigins, allowedHosts, maxDbBytes } = settings;
  if (dbFile !== ':memory:') mkdirSync(dirname(dbFile), { recursive: true });
  let sandbox: RunningSandbox;
  try {
    sandbox = await startSandbox({ ...settings, log: (line) => console.log(line) });
  } catch (error) {
    console.error(`The sandbox could not start on 127.0.0.1:${port}: ${(error as Error).message}. Set SANDBOX_PORT to a free port.`);
    process.exit(1);
  }
  if (process.argv.includes('--reset')) {
    sandbox.store.reset();
    console.log('Demo data restored.');
  }
  console.log(`Sandbox API: ${sandbox.baseUrl}`);
  console.log(`Token:       ${token}${token === DEMO_TOKEN ? ' (demo token; set SANDBOX_TOKEN to change it)' : ''}`);
  console.log(`Data:        ${dbFile}, up to ${maxDbBytes / MB} MB (SANDBOX_MAX_DB_MB)`);
  console.log(`Pages:       on localhost, 127.0.0.1, [::1] and ${[SITE_URL, ...allowedOrigins].join(', ')} (SANDBOX_ALLOWED_ORIGINS)`);
  if (allowedHosts.length > 0) console.log(`Host names:  loopback and ${allowedHosts.join(', ')} (SANDBOX_ALLOWED_HOSTS)`);
  console.log('Webhooks:    sent to the address POST /webhooks/subscribe names; npm run webhooks:receive prints them');

  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.on(signal, () => {
      void sandbox.close().then(() => process.exit(0));
    });
  }
}

void main();
