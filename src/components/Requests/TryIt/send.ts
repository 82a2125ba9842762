/**
 * Sends a request from the browser and tells apart the ways it can fail, so the panel can
 * say what to do: an HTTP error (the server answered), a network failure (nothing answered),
 * a CORS block (something answered but the browser hid it), a timeout, or a cancel.
 */
import { fetchCall, type HttpCall } from '@site/src/requests/http';
import { reasonPhrase } from './reasonPhrase';

export const TIMEOUT_MS = 30_000;

export interface Answer {
  kind: 'answer';
  status: number;
  statusText: string;
  headers: [string, string][];
  /** The body as received; decoded only as far as it is shown. */
  body: Uint8Array<ArrayBuffer>;
  /** Milliseconds from sending to the last byte of the body. */
  duration: number;
}

export interface Failure {
  kind: 'network' | 'cors' | 'timeout' | 'cancelled';
  duration: number;
}

export type Outcome = Answer | Failure;

/**
 * `fetch` rejects with the same TypeError whether the server is down or the browser blocked
 * the response (CORS). A `no-cors` probe of the same URL (a plain GET, without the token)
 * settles it: if the server answers that, it is up, so the block was CORS.
 */
async function isReachable(url: string): Promise<boolean> {
  try {
    await fetch(url, { mode: 'no-cors', credentials: 'omit', cache: 'no-store' });
    return true;
  } catch {
    return false;
  }
}

/** Sends `call` with `token`; `via` is the fetch to use (the in-browser sandbox's, or the network's). */
export async function send(call: HttpCall, token: string, cancel: AbortSignal, via: typeof fetch = fetch): Promise<Outcome> {
  const timeout = new AbortController();
  const timer = setTimeout(() => timeout.abort(), TIMEOUT_MS);
  const signal = AbortSignal.any([cancel, timeout.signal]);
  const started = performance.now();
  const elapsed = () => Math.round(performance.now() - started);
  try {
    const response = await fetchCall(call, token, { via, credentials: 'omit', cache: 'no-store', referrerPolicy: 'no-referrer', signal });
    const body = new Uint8Array(await response.arrayBuffer());
    return {
      kind: 'answer',
      status: response.status,
      statusText: reasonPhrase(response.status, response.statusText),
      headers: [...response.headers.entries()],
      body,
      duration: elapsed(),
    };
  } catch {
    const duration = elapsed();
    if (cancel.aborted) return { kind: 'cancelled', duration };
    if (timeout.signal.aborted) return { kind: 'timeout', duration };
    return { kind: (await isReachable(call.url)) ? 'cors' : 'network', duration };
  } finally {
    clearTimeout(timer);
  }
}
