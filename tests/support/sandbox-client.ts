/** A small client for tests and benchmarks of the sandbox: sends a registry request or a raw one. */
import { DEMO_TOKEN } from '../../sandbox/address';
import { toHttpCall } from '../../src/requests/http';
import type { LooseValues, RequestSpec } from '../../src/requests';

export interface Answer {
  status: number;
  headers: Headers;
  /** Parsed JSON; `any` so tests can reach into the shapes they assert. */
  body: any;
}

export async function send(url: string, init: RequestInit = {}): Promise<Answer> {
  const response = await fetch(url, { ...init, headers: { Authorization: `Bearer ${DEMO_TOKEN}`, ...init.headers } });
  const text = await response.text();
  return { status: response.status, headers: response.headers, body: text ? JSON.parse(text) : undefined };
}

/** Sends a request the way every generated sample does. */
export function sendRequest(baseUrl: string, spec: RequestSpec, values: LooseValues, token = DEMO_TOKEN): Promise<Answer> {
  const call = toHttpCall(spec, values, baseUrl);
  return send(call.url, {
    method: call.method,
    headers: { ...Object.fromEntries(call.headers), Authorization: `Bearer ${token}` },
    body: call.body === undefined ? undefined : JSON.stringify(call.body),
  });
}
