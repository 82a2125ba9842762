/**
 * The sandbox's core over each store, without a server, for tests that also hear the webhook
 * events it announces: requests go straight to its fetch handler, on a clock the test moves.
 */
import { afterEach } from 'vitest';
import { apiPath } from '@site/src/requests';
import { DEMO_TOKEN } from '@site/sandbox/address';
import { createSandbox } from '@site/sandbox/core/app';
import type { AccountEvent } from '@site/sandbox/core/events';
import { MemoryStore } from '@site/sandbox/core/memory-store';
import type { Clock, Store } from '@site/sandbox/core/store';
import { SqliteStore } from '@site/sandbox/node/sqlite-store';
import { testClock } from './sandbox';

/** The stores the sandbox runs over: SQLite in Node, memory in the browser. */
export const coreStores = [
  { name: 'SQLite', open: (now: Clock): Store => new SqliteStore(':memory:', now) },
  { name: 'in-browser (memory)', open: (now: Clock): Store => new MemoryStore({ now }) },
] as const;

export interface CoreAnswer {
  status: number;
  /** Parsed JSON (`undefined` for an answer without a body); `any` so tests can reach into it. */
  body: any;
}

const opened: Store[] = [];
afterEach(() => opened.splice(0).forEach((store) => store.close()));

/** A fresh demo account over `open`'s store, the events it announces, and a way to call it. */
export function coreSandbox(open: (now: Clock) => Store) {
  const clock = testClock();
  const store = open(clock);
  opened.push(store);
  const events: AccountEvent[] = [];
  const handle = createSandbox({ store, token: DEMO_TOKEN, now: clock, onEvent: (event) => events.push(event) });
  const call = async (method: string, path: string, body?: unknown): Promise<CoreAnswer> => {
    const headers: Record<string, string> = { Authorization: `Bearer ${DEMO_TOKEN}`, ...(body === undefined ? {} : { 'Content-Type': 'application/json' }) };
    const response = await handle(new Request(`http://sandbox.test${apiPath}${path}`, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) }));
    const text = await response.text();
    return { status: response.status, body: text === '' ? undefined : JSON.parse(text) };
  };
  return { store, clock, events, call };
}
