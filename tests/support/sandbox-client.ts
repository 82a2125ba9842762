/** A small client for the sandbox's tests: sends a registry request, or a raw one. */
import { DEMO_TOKEN } from '../../sandbox/address';
import { fetchCall, toHttpCall } from '../../src/requests/http';
import type { LooseValues, RequestSpec } from '../../src/requests';

export interface Answer {
  status: number;
  headers: Headers;
  /** Parsed JSON; `any` so tests can reach into the shapes they assert. */
  body: any;
}

export async function send(url: string, init: RequestInit = {}): Promise<Answer> {
  return answerOf(await fetch(url, { ...init, headers: { Authorization: `Bearer ${DEMO_TOKEN}`, ...init.headers } }));
}

async function answerOf(response: Response): Promise<Answer> {
  const text = await response.text();
  return { status: response.status, headers: response.headers, body: text ? JSON.parse(text) : undefined };
}

/** Sends a registry request as the try-it panel does. */
export async function sendRequest(baseUrl: string, spec: RequestSpec, values: LooseValues, token = DEMO_TOKEN): Promise<Answer> {
  return answerOf(await fetchCall(toHttpCall(spec, values, baseUrl), token));
}
