/** Turns a request description and values into the concrete HTTP call to make. */
import { auth } from './api';
import { pathValueProblem } from './path-value';
import type { HttpMethod, LooseValues, RequestSpec } from './types';

export interface HttpCall {
  readonly method: HttpMethod;
  /** Absolute URL, path parameters percent-encoded, query string included. */
  readonly url: string;
  /** Headers other than Authorization, which each client writes from the token. */
  readonly headers: readonly (readonly [name: string, value: string])[];
  /** The JSON body, or `undefined` for requests without one. */
  readonly body?: unknown;
  readonly auth: typeof auth;
}

/**
 * The path with each `:name` replaced by its value, percent-encoded as `encodeURIComponent`
 * does, so `/`, `?`, `#`, `%`, spaces and non-ASCII arrive as typed, in fetch and in every
 * sample alike. A value no client can send as typed (empty, `.`, `..`: `pathValueProblem`,
 * which the form shows) leaves its `:name` in place: no sample shows a URL that clients would
 * change before sending.
 */
export function expandPath(template: string, pathValues: Record<string, string>): string {
  return template.replace(/:([A-Za-z_][A-Za-z0-9_]*)/g, (placeholder, name: string) => {
    const value = pathValues[name] ?? '';
    return pathValueProblem(value) === undefined ? encodeURIComponent(value) : placeholder;
  });
}

export function queryString(queryValues: LooseValues['query']): string {
  const search = new URLSearchParams();
  for (const [name, value] of Object.entries(queryValues)) {
    if (value !== undefined && value !== '') search.append(name, String(value));
  }
  const text = search.toString();
  return text ? `?${text}` : '';
}

/** The body as sent: parameters left undefined are omitted, everything else is kept as is. */
export function bodyOf(spec: RequestSpec, values: LooseValues): Record<string, unknown> | undefined {
  if (spec.params.body === null) return undefined;
  return Object.fromEntries(Object.entries(values.body ?? {}).filter(([, value]) => value !== undefined));
}

export function toHttpCall(spec: RequestSpec, values: LooseValues, baseUrl: string): HttpCall {
  const body = bodyOf(spec, values);
  return {
    method: spec.method,
    url: baseUrl.replace(/\/+$/, '') + expandPath(spec.path, values.path) + queryString(values.query),
    headers: body === undefined
      ? [['Accept', 'application/json']]
      : [['Content-Type', 'application/json'], ['Accept', 'application/json']],
    body,
    auth,
  };
}

/**
 * Makes the call: the one way the project sends a request (the try-it panel, the tests), so
 * what a reader's browser sends and what the tests check are the same bytes. `via` is the
 * fetch to use: the network's, or the in-browser sandbox's.
 */
export function fetchCall(call: HttpCall, token: string, { via = fetch, ...init }: RequestInit & { via?: typeof fetch } = {}): Promise<Response> {
  return via(call.url, {
    ...init,
    method: call.method,
    headers: { ...Object.fromEntries(call.headers), Authorization: `${call.auth.scheme} ${token}` },
    body: call.body === undefined ? undefined : JSON.stringify(call.body),
  });
}
