/** What the sandbox's tests share: a sandbox per test over a chosen store, and assertions on its answers. */
import { afterEach, expect } from 'vitest';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import { getRequest } from '@site/src/requests';
import { johnDoe } from '@site/src/requests/contacts_api/objects';
import { errorSchema } from '@site/src/requests/errors';
import { DEMO_TOKEN } from '@site/sandbox/address';
import { MemoryStore } from '@site/sandbox/core/memory-store';
import type { Clock } from '@site/sandbox/core/store';
import { startSandbox, type RunningSandbox } from '@site/sandbox/node/server';

export const ajv = addFormats(new Ajv({ strict: false }));

/** The stores the sandbox runs over: SQLite in Node, memory in the browser; each by the sandbox's clock. */
export const stores = [
  // startSandbox gives the SQLite store the sandbox's clock itself.
  { name: 'SQLite', open: (_now?: Clock) => ({ dbFile: ':memory:' }) },
  { name: 'in-browser (memory)', open: (now?: Clock) => ({ store: new MemoryStore({ now }) }) },
] as const;

/** A clock that stands still until a test moves it on. */
export function testClock(start = Date.parse('2025-06-02T09:00:00Z')): Clock & { advance(ms: number): void } {
  let time = start;
  return Object.assign(() => time, { advance: (ms: number) => void (time += ms) });
}

const running: RunningSandbox[] = [];
afterEach(async () => {
  await Promise.all(running.splice(0).map((sandbox) => sandbox.close()));
});

/** A sandbox for this test, closed after it; SQLite in memory unless `store` says otherwise. */
export async function sandbox(
  options: { dbFile?: string; rateLimit?: number; rateWindowMs?: number; now?: Clock; open?: (typeof stores)[number]['open'] } = {},
): Promise<RunningSandbox> {
  const { open = stores[0].open, ...rest } = options;
  const started = await startSandbox({ ...open(rest.now), token: DEMO_TOKEN, rateLimit: 0, ...rest } as Parameters<typeof startSandbox>[0]);
  running.push(started);
  return started;
}

export const request = (id: Parameters<typeof getRequest<'contacts_api'>>[1]) => getRequest('contacts_api', id);
export const messageRequest = (id: Parameters<typeof getRequest<'messages_api'>>[1]) => getRequest('messages_api', id);
export const contactUrl = (base: string, uuid = johnDoe.uuid) => `${base}/contacts/${uuid}`;
export const jsonInit = (method: string, body: unknown): RequestInit => ({
  method,
  headers: { 'Content-Type': 'application/json' },
  body: JSON.stringify(body),
});

export function expectError(answer: { status: number; body: unknown }, status: number, messagePart?: string | RegExp) {
  expect(answer.status).toBe(status);
  expect(ajv.validate(errorSchema, answer.body), ajv.errorsText()).toBe(true);
  const { error } = answer.body as { error: { status: number; message: string } };
  expect(error.status).toBe(status);
  if (messagePart) expect(error.message).toMatch(messagePart);
}
