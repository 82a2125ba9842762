/**
 * The Node sandbox: the core (../core/app.ts) over SQLite, behind what a network server
 * needs and a page does not: which pages and host names may call it, a bound on what it
 * stores, a rate limit, timeouts for slow clients, answers for requests the HTTP parser
 * rejects, a log line per request, and webhook delivery.
 */
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createAdaptorServer, type HttpBindings } from '@hono/node-server';
import { Hono } from 'hono';
import { rateLimitPerSecond } from '../../src/requests/api';
import { sandboxBaseUrl } from '../address';
import { createSandbox } from '../core/app';
import type { EventSink } from '../core/events';
import type { Clock, Store } from '../core/store';
import { ApiError, errorResponse } from '../core/errors';
import { rateLimiter, windowName } from '../core/rate-limit';
import { answerClientError } from './client-errors';
import { crossOrigin } from './cors';
import { hostCheck } from './host-check';
import { SqliteStore } from './sqlite-store';
import { DEFAULT_MAX_DB_BYTES, storageLimit, type StorageLimit } from './storage-limit';
import { webhookDelivery, type WebhookTiming } from './webhooks';

/** The sandbox holds clients to the API's own limit. */
export const RATE_LIMIT_PER_SECOND = rateLimitPerSecond;

/**
 * How long the sandbox waits on a client, in milliseconds. A client that sends its headers a
 * byte at a time, or opens a connection and sends nothing, is cut off at `headers`; an idle
 * kept-alive connection is closed after `keepAlive`. Node checks every `checkInterval`.
 */
export interface Timeouts {
  headers: number;
  request: number;
  keepAlive: number;
  checkInterval: number;
}
export const TIMEOUTS: Timeouts = { headers: 10_000, request: 30_000, keepAlive: 5_000, checkInterval: 1_000 };

export interface SandboxOptions {
  store: Store;
  token: string;
  /** Requests per window before 429; `0` turns the limit off (benchmarks). */
  rateLimit?: number;
  /** The rate limit's window: a second, unless a test needs a window no machine's speed can straddle. */
  rateWindowMs?: number;
  /** One line per request; never given the token. */
  log?: (line: string) => void;
  timeouts?: Timeouts;
  /** The time the sandbox runs by (seeds its data and counts the rate limit's window with): the real one, unless a test moves it. */
  now?: Clock;
  /** How webhook deliveries are retried and timed out (node/webhooks.ts). */
  webhookTiming?: WebhookTiming;
  /** Origins whose pages may call it besides loopback ones and the site's (SANDBOX_ALLOWED_ORIGINS). */
  allowedOrigins?: readonly string[];
  /** Host names it answers to besides loopback ones (SANDBOX_ALLOWED_HOSTS). */
  allowedHosts?: readonly string[];
  /** Past this, writes get 507; unbounded without (the in-browser store in the conformance tests). */
  storage?: StorageLimit;
}

/** The Node server's request handling, before it listens: who may call, the storage bound, the rate limit and the log, around the core. */
export function sandboxApp({
  store,
  token,
  now,
  rateLimit: max = RATE_LIMIT_PER_SECOND,
  rateWindowMs = 1000,
  log = () => {},
  onEvent,
  allowedOrigins,
  allowedHosts,
  storage,
}: SandboxOptions & { onEvent?: EventSink }): Hono<{ Bindings: HttpBindings }> {
  const core = createSandbox({ store, token, now, onEvent, onServerError: (error) => log(`error: ${(error as Error).stack ?? String(error)}`) });
  const limited = rateLimiter({ max, windowMs: rateWindowMs }, now);
  const app = new Hono<{ Bindings: HttpBindings }>();

  app.use('*', async (c, next) => {
    const started = performance.now();
    await next();
    const { pathname, search } = new URL(c.req.url);
    log(`${c.req.method} ${pathname}${search} ${c.res.status} ${(performance.now() - started).toFixed(1)}ms`);
  });
  // CORS first, so that an allowed page can read the refusals that follow.
  app.use('*', crossOrigin(allowedOrigins), hostCheck(allowedHosts));
  if (storage) app.use('*', storageLimit(storage));
  app.all('*', async (c) => {
    const retryAfter = max > 0 ? limited(c.env.incoming.socket.remoteAddress ?? 'unknown') : undefined;
    if (retryAfter !== undefined) {
      const message = `Too many requests: the limit is ${max} per ${windowName(rateWindowMs)}. Retry after ${retryAfter} second${retryAfter === 1 ? '' : 's'}.`;
      return errorResponse(new ApiError(429, message), { 'Retry-After': String(retryAfter) });
    }
    return core(c.req.raw);
  });
  return app;
}

export interface RunningSandbox {
  baseUrl: string;
  port: number;
  store: Store;
  /** Resolves once every webhook delivery under way (retries and events announced ahead included) is done. */
  webhooksSettled(): Promise<void>;
  close(): Promise<void>;
}

/**
 * Listens on 127.0.0.1 (port 0: any free port) over the SQLite database `dbFile`, holding at most
 * `maxDbBytes`, or over `store` (the conformance tests run the same server over the in-browser
 * store, made with the same `now`).
 */
export async function startSandbox(
  options: Omit<SandboxOptions, 'store' | 'storage'> &
    ({ dbFile: string; maxDbBytes?: number; store?: never } | { store: Store; dbFile?: never; maxDbBytes?: never }) & { port?: number },
): Promise<RunningSandbox> {
  let store: Store;
  let storage: StorageLimit | undefined;
  if (options.store) store = options.store;
  else {
    const sqlite = new SqliteStore(options.dbFile, options.now);
    store = sqlite;
    storage = { usedBytes: () => sqlite.usedBytes(), maxBytes: options.maxDbBytes ?? DEFAULT_MAX_DB_BYTES };
  }
  const timeouts = options.timeouts ?? TIMEOUTS;
  const webhooks = webhookDelivery({ store, now: options.now ?? Date.now, timing: options.webhookTiming, log: options.log });
  const app = sandboxApp({ ...options, store, storage, onEvent: webhooks.announce });
  const server = createAdaptorServer({
    fetch: app.fetch,
    serverOptions: { headersTimeout: timeouts.headers, requestTimeout: timeouts.request, connectionsCheckingInterval: timeouts.checkInterval },
  }) as Server;
  server.keepAliveTimeout = timeouts.keepAlive;
  server.on('clientError', answerClientError);
  try {
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(options.port ?? 0, '127.0.0.1', resolve);
    });
  } catch (error) {
    store.close();
    throw error;
  }
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: sandboxBaseUrl(port),
    port,
    store,
    webhooksSettled: () => webhooks.settled(),
    close: async () => {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
      // Deliveries write to the store: they stop before it closes.
      await webhooks.close();
      store.close();
    },
  };
}
