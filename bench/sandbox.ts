/**
 * `npm run bench:sandbox`: PATCH latency and throughput of the sandbox over loopback, at
 * 300 requests/s and then as fast as it goes. The sandbox runs in its own process on a
 * throw-away database, with its rate limit off so that the limit does not cut the measure.
 */
import autocannon, { type Result } from 'autocannon';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEMO_TOKEN, sandboxBaseUrl } from '../sandbox/address';
import { exampleValues, getRequest } from '../src/requests';
import { toHttpCall } from '../src/requests/http';

const port = 4191; // not 4190: fetch refuses that port (the spec's "bad ports" list)
const seconds = Number(process.env.BENCH_SECONDS ?? 10);

async function waitForSandbox(url: string): Promise<void> {
  for (let attempt = 0; attempt < 100; attempt += 1) {
    try {
      await fetch(url);
      return;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  throw new Error(`The sandbox did not start at ${url}`);
}

function run(options: { rate?: number; connections: number }): Promise<Result> {
  const patch = getRequest('contacts_api', 'patch_contacts');
  const call = toHttpCall(patch, exampleValues(patch), sandboxBaseUrl(port));
  return autocannon({
    url: call.url,
    method: 'PATCH',
    headers: { ...Object.fromEntries(call.headers), Authorization: `Bearer ${DEMO_TOKEN}` },
    body: JSON.stringify(call.body),
    connections: options.connections,
    duration: seconds,
    ...(options.rate ? { overallRate: options.rate } : {}),
  });
}

function report(label: string, result: Result): void {
  const errors = result.non2xx + result.errors + result.timeouts;
  console.log(
    `${label.padEnd(22)} ${result.requests.average.toFixed(0).padStart(6)} req/s   p50 ${result.latency.p50.toFixed(2)} ms   p99 ${result.latency.p99.toFixed(2)} ms   max ${result.latency.max.toFixed(2)} ms   errors ${errors}`,
  );
}

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'bench-sandbox-'));
  const sandbox = spawn(process.execPath, ['--import', 'tsx', 'sandbox/node/cli.ts'], {
    env: { ...process.env, SANDBOX_PORT: String(port), SANDBOX_DB: join(dir, 'bench.db'), SANDBOX_RATE_LIMIT: '0' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  try {
    await waitForSandbox(`${sandboxBaseUrl(port)}/contacts`);
    await run({ connections: 4, rate: 100 }); // warm-up
    console.log(`PATCH /contacts/:uuid against the sandbox, ${seconds} s each, loopback, SQLite on disk`);
    report('at 300 req/s', await run({ connections: 10, rate: 300 }));
    report('at maximum', await run({ connections: 32 }));
  } finally {
    sandbox.kill('SIGTERM');
    await new Promise((resolve) => sandbox.once('exit', resolve));
    rmSync(dir, { recursive: true, force: true });
  }
}

void main();
