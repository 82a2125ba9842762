/**
 * Every documented error of every request is what the sandbox answers: for each, the documented
 * cause is sent to a fresh Node sandbox (in process, over SQLite in memory), and the answer must
 * be the documented status and body, word for word.
 */
import { describe, expect, it } from 'vitest';
import { allRequests, exampleValues, findRequest, type LooseValues, type RequestSpec } from '@site/src/requests';
import { rateLimitPerSecond } from '@site/src/requests/api';
import { errorSchema, errorsOf, type DocumentedError } from '@site/src/requests/errors';
import { fetchCall, toHttpCall } from '@site/src/requests/http';
import { DEMO_TOKEN } from '@site/sandbox/address';
import { sandboxApp } from '@site/sandbox/node/server';
import { SqliteStore } from '@site/sandbox/node/sqlite-store';
import { ajv, testClock } from '@site/tests/support/sandbox';

const BASE = 'http://127.0.0.1:4010/v1';

/** A fresh sandbox at the API's own rate limit, on a clock that stands still, and a way to send a request's values to it. */
function freshSandbox() {
  const now = testClock();
  const store = new SqliteStore(':memory:', now);
  const app = sandboxApp({ store, token: DEMO_TOKEN, now, rateLimit: rateLimitPerSecond });
  const client = { incoming: { socket: { remoteAddress: '127.0.0.1' } } };
  const send = (spec: RequestSpec, values: LooseValues, token = DEMO_TOKEN) =>
    fetchCall(toHttpCall(spec, values, BASE), token, { via: async (url, init) => app.fetch(new Request(url, init), client) });
  return { send, close: () => store.close() };
}

/** The request's first example, changed as the trigger says (a body field set to `undefined` is left out). */
function triggerValues(spec: RequestSpec, { trigger }: DocumentedError): LooseValues {
  const example = exampleValues(spec);
  return {
    path: { ...example.path, ...trigger.path },
    query: { ...example.query, ...trigger.query },
    ...(spec.params.body ? { body: { ...example.body, ...trigger.body } } : {}),
  };
}

async function answerTo(spec: RequestSpec, error: DocumentedError): Promise<{ status: number; body: unknown; retryAfter: string | null }> {
  const sandbox = freshSandbox();
  try {
    const { trigger } = error;
    for (const [endpoint, id] of trigger.after ?? []) {
      const before = findRequest(endpoint, id)!;
      expect((await sandbox.send(before, exampleValues(before))).ok, `${endpoint}/${id} before the trigger`).toBe(true);
    }
    if (trigger.overRateLimit) {
      const me = findRequest('auth_api', 'me')!;
      for (let sent = 0; sent < rateLimitPerSecond; sent++) await sandbox.send(me, exampleValues(me));
    }
    const response = await sandbox.send(spec, triggerValues(spec, error), trigger.wrongToken ? 'not-the-token' : DEMO_TOKEN);
    return { status: response.status, body: await response.json(), retryAfter: response.headers.get('retry-after') };
  } finally {
    sandbox.close();
  }
}

const requests = allRequests();

describe('the errors each request documents', () => {
  it('are written in the error shape, with their own status, and include a 422 for every request and a 404 for every path naming a record', () => {
    for (const { id, spec } of requests) {
      const errors = errorsOf(spec);
      for (const error of errors) {
        expect(ajv.validate(errorSchema, error.example), `${id} ${error.status}: ${ajv.errorsText()}`).toBe(true);
        expect(error.example.error.status, id).toBe(error.status);
      }
      const statuses = errors.map((error) => error.status);
      expect(statuses, id).toEqual(expect.arrayContaining([401, 422, 429]));
      if (Object.keys(spec.params.path).length > 0) expect(statuses, id).toContain(404);
    }
  });

  const covered = new Set<string>();
  describe.each(requests)('$endpoint/$id', ({ id, spec }) => {
    it.each(errorsOf(spec).map((error) => ({ status: error.status, when: error.when, error })))('$status when: $when', async ({ error }) => {
      const answer = await answerTo(spec, error);
      expect({ status: answer.status, body: answer.body }).toEqual({ status: error.status, body: error.example });
      if (error.trigger.overRateLimit) expect(answer.retryAfter).toBe('1');
      covered.add(id);
    });
  });

  it('covered every request of the registry', () => {
    expect(covered.size).toBe(requests.length);
  });
});
