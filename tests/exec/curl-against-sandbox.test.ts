/**
 * The cURL samples as the pages show them, against the Node sandbox, run by bash as a reader
 * runs them (the token in CALLBELL_API_TOKEN): every example of every request succeeds on a
 * freshly started sandbox; and a message each send-message sample creates can then be read
 * with the status request's cURL sample.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { allRequests, exampleValues, getRequest } from '@site/src/requests';
import { generateSample } from '@site/src/snippets';
import { DEMO_TOKEN } from '@site/sandbox/address';
import { startSandbox, type RunningSandbox } from '@site/sandbox/node/server';
import { runSample, toolchains } from './toolchains';

const ajv = addFormats(new Ajv({ allErrors: true, strict: false }));

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

/** Runs a cURL sample in its own folder; its output, parsed (`undefined` for an empty answer), once it succeeded. */
async function run(sample: string): Promise<any> {
  const result = await runSample(bash, sample, mkdtempSync(join(workDir, 'run-')), DEMO_TOKEN);
  expect(result.stderr, result.stdout).toBe('');
  expect(result.code).toBe(0);
  return result.stdout.trim() === '' ? undefined : JSON.parse(result.stdout);
}

const everyExample = allRequests().flatMap(({ endpoint, id, spec }) => Object.keys(spec.examples).map((name) => ({ label: `${endpoint}/${id} ${name}`, spec, name })));

describe('every cURL sample of the reference, run against a freshly started sandbox', () => {
  it.each(everyExample)('$label succeeds', async ({ spec, name }) => {
    const fresh = await startSandbox({ dbFile: ':memory:', token: DEMO_TOKEN, rateLimit: 0 });
    try {
      const answer = await run(generateSample('curl', spec, exampleValues(spec, name), fresh.baseUrl));
      // curl --fail-with-body exits non-zero on an error status, so `run` has asserted success; the body is the documented one.
      if (spec.response.schema) expect(ajv.validate(spec.response.schema, answer), ajv.errorsText()).toBe(true);
      else expect(answer).toBeUndefined();
    } finally {
      await fresh.close();
    }
  });
});

describe('the cURL samples of post_send_messages, run against the Node sandbox', () => {
  it.each(Object.keys(send.examples))('%s: accepted, and the status of its message can be read', async (name) => {
    const sent = await run(generateSample('curl', send, exampleValues(send, name), sandbox.baseUrl));
    // An example asking for more (`fields=contact`) gets it besides; the schema test above checks its shape.
    expect(sent).toEqual({ message: expect.objectContaining({ uuid: expect.stringMatching(/^[0-9a-f]{32}$/), status: 'enqueued' }) });
    const read = await run(generateSample('curl', status, { path: { uuid: sent.message.uuid }, query: {} }, sandbox.baseUrl));
    expect(read.message).toMatchObject({ uuid: sent.message.uuid, status: 'enqueued' });
  });
});
