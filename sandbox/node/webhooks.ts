/**
 * Webhook delivery, in the Node sandbox only (a page has nowhere to send). Each event the core
 * announces goes, when the account's webhook subscribes to it, to the webhook's address as a
 * POST of `{"event", "payload"}` JSON. An attempt fails when the address refuses the
 * connection, does not answer in time or answers other than 2xx; it is tried again after each
 * of `retryDelays`. Every attempt goes into the delivery log (GET /webhooks/events). An event
 * announced ahead (a sent message reaching `delivered`) waits for its time here, since the core
 * runs no timer. Who hears an event is asked again before every attempt, so unsubscribing
 * stops delivery, retries included.
 */
import { setTimeout as timer } from 'node:timers/promises';
import { delivered } from '../../src/requests/webhooks_api/events';
import { sandboxWebhookDelivery, type WebhookEvent } from '../../src/requests/webhooks_api/objects';
import type { AccountEvent, EventSink } from '../core/events';
import { isoSeconds, type Clock, type Store } from '../core/store';
import { logAttempt, subscriberOf } from '../core/webhooks';

export interface WebhookTiming {
  /** The wait before each retry, in milliseconds: as many retries as waits. */
  retryDelays: readonly number[];
  /** How long an address has to answer, in milliseconds. */
  timeoutMs: number;
  /** How a wait passes: a timer, unless a test lets time pass faster. Rejects when `signal` aborts. */
  wait?: (ms: number, signal: AbortSignal) => Promise<void>;
}

export const WEBHOOK_TIMING: WebhookTiming = { retryDelays: sandboxWebhookDelivery.retryDelaysMs, timeoutMs: sandboxWebhookDelivery.timeoutMs };

/** The longest answer body the log keeps, in characters. */
const KEPT_BODY = 2_000;

export interface WebhookDelivery {
  /** Where the core announces events. */
  announce: EventSink;
  /** Resolves once no event is being delivered or waiting for its time or its next attempt. */
  settled(): Promise<void>;
  /** Drops every pending delivery (nothing more is logged) and resolves once they have stopped. */
  close(): Promise<void>;
}

interface Options {
  store: Store;
  now: Clock;
  timing?: WebhookTiming;
  /** One line per attempt. */
  log?: (line: string) => void;
}

type Attempt = Pick<WebhookEvent, 'response' | 'success'>;

/** Why no answer came, in words. */
function failure(error: unknown, timeoutMs: number): string {
  if (error instanceof DOMException && error.name === 'TimeoutError') return `no answer within ${timeoutMs} ms`;
  const cause = (error as { cause?: { code?: string; message?: string } }).cause;
  if (cause?.code === 'ECONNREFUSED') return 'the connection was refused';
  if (cause?.code === 'ENOTFOUND') return 'no such host';
  return cause?.message ?? (error as Error).message;
}

/** An answer's body as the log keeps it: its JSON object, or (up to a length) its text. */
function keptBody(text: string): object | string {
  try {
    const value: unknown = JSON.parse(text);
    if (value !== null && typeof value === 'object' && !Array.isArray(value)) return value;
  } catch {
    // Not JSON: kept as text.
  }
  return text.length > KEPT_BODY ? `${text.slice(0, KEPT_BODY)}…` : text;
}

/** One POST of an event to `url`; a refused or unanswered one is a failed attempt, not an error. */
async function post(url: string, event: AccountEvent, timeoutMs: number, closing: AbortSignal): Promise<Attempt> {
  try {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'User-Agent': 'callbell-sandbox-webhooks' },
      body: JSON.stringify(delivered(event.event, event.payload)),
      redirect: 'manual',
      signal: AbortSignal.any([closing, AbortSignal.timeout(timeoutMs)]),
    });
    const body = keptBody(await response.text());
    return { response: { code: response.status, body, headers: Object.fromEntries(response.headers) }, success: response.ok };
  } catch (error) {
    if (closing.aborted) throw error;
    return { response: { code: null, body: '', headers: {}, error: failure(error, timeoutMs) }, success: false };
  }
}

export function webhookDelivery({ store, now, timing = WEBHOOK_TIMING, log = () => {} }: Options): WebhookDelivery {
  const { retryDelays, timeoutMs, wait = (ms, signal) => timer(ms, undefined, { signal }) } = timing;
  const closing = new AbortController();
  const pending = new Set<Promise<void>>();

  async function deliver(event: AccountEvent): Promise<void> {
    const attempts = retryDelays.length + 1;
    for (let attempt = 1; ; attempt += 1) {
      const url = subscriberOf(store, event.event);
      if (url === null) return;
      const { response, success } = await post(url, event, timeoutMs, closing.signal);
      logAttempt(store, { event: event.event, payload: event.payload, response, success, createdAt: isoSeconds(now()) });
      const outcome = response.code === null ? response.error : String(response.code);
      const next = success ? '' : attempt < attempts ? `; retrying in ${retryDelays[attempt - 1]} ms` : '; giving up';
      log(`webhook ${event.event} → ${url}: ${outcome} (attempt ${attempt} of ${attempts})${next}`);
      if (success || attempt === attempts) return;
      await wait(retryDelays[attempt - 1]!, closing.signal);
    }
  }

  function track(work: Promise<void>): void {
    const tracked = work
      .catch((error: unknown) => {
        // Closing aborts what is pending; anything else is the sandbox's fault, reported without stopping it.
        if (!closing.signal.aborted) log(`error: webhook delivery: ${(error as Error).stack ?? String(error)}`);
      })
      .finally(() => pending.delete(tracked));
    pending.add(tracked);
  }

  return {
    announce(event) {
      const delay = (event.at ?? now()) - now();
      track(delay > 0 ? wait(delay, closing.signal).then(() => deliver(event)) : deliver(event));
    },
    async settled() {
      while (pending.size > 0) await Promise.all(pending);
    },
    async close() {
      closing.abort();
      await Promise.all(pending);
    },
  };
}
