/**
 * The send-message samples as the page shows them, against the Node sandbox: each cURL sample,
 * run by bash as a reader runs it (the token in CALLBELL_API_TOKEN), is accepted, and the
 * status of the message it created can then be read with the status request's cURL sample.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { exampleValues, getRequest } from '@site/src/requests';
import { generateSample } from '@site/src/snippets';
import { DEMO_TOKEN } from '@site/sandbox/address';
import { startSandbox, type RunningSandbox } from '@site/sandbox/node/server';
import { runSample, toolchains } from './toolchains';

const send = getRequest('messages_api', 'post_send_messages');
const status = getRequest('messages_api', 'get_message_status');
const bash = toolchains.curl!;

let sandbox: RunningSandbox;
let workDir: string;

beforeAll(async () => {
  // The clock stands still, so every message is still `enqueued` when its status is read.
  const startedAt = Date.now();
  sandbox = await startSandbox({ dbFile: ':memory:', token: DEMO_TOKEN, rateLimit: 0, now: () => startedAt });
  workDir = mkdtempSync(join(tmpdir(), 'curl-against-sandbox-'));
});

afterAll(async () => {
  await sandbox.close();
  rmSync(workDir, { recursive: true, force: true });
});

/** Runs a cURL sample in its own folder; its output, parsed, once it succeeded. */
async function run(sample: string): Promise<any> {
  const result = await runSample(bash, sample, mkdtempSync(join(workDir, 'run-')), DEMO_TOKEN);
  expect(result.stderr, result.stdout).toBe('');
  expect(result.code).toBe(0);
  return JSON.parse(result.stdout);
}

describe('the cURL samples of post_send_messages, run against the Node sandbox', () => {
  it.each(Object.keys(send.examples))('%s: accepted, and the status of its message can be read', async (name) => {
    const sent = await run(generateSample('curl', send, exampleValues(send, name), sandbox.baseUrl));
    expect(sent).toEqual({ message: { uuid: expect.stringMatching(/^[0-9a-f]{32}$/), status: 'enqueued' } });
    const read = await run(generateSample('curl', status, { path: { uuid: sent.message.uuid }, query: {} }, sandbox.baseUrl));
    expect(read.message).toMatchObject({ uuid: sent.message.uuid, status: 'enqueued' });
  });
});
