/**
 * An allow-listed CORS proxy for the real API, so the docs' "Try it" can reach an API that
 * answers no browser: a web-standard fetch handler, deployable unchanged to an edge runtime
 * (Cloudflare Workers, Deno Deploy) and run locally by proxy/node.ts.
 *
 * It forwards only `/v1/...` requests from allowed origins, with their method, query,
 * Authorization, Content-Type, Accept and body, to the upstream; nothing else crosses in
 * either direction (no cookies, no other headers). It never logs a token or a body.
 */
import { ApiError, errorResponse } from '../sandbox/core/errors';
import { rateLimiter } from '../sandbox/core/rate-limit';
import { apiPath } from '../src/requests/api';

export interface ProxySettings {
  /** Where requests go, e.g. `https://api.callbell.eu`. */
  upstream: string;
  /** Origins whose pages may use the proxy, e.g. `https://docs.example.com`. */
  allowedOrigins: readonly string[];
  /** Requests per client per minute. */
  perMinute?: number;
  /** For tests: the fetch that reaches the upstream. */
  fetchUpstream?: typeof fetch;
  now?: () => number;
}

export const BODY_LIMIT = 64 * 1024;
export const PER_MINUTE = 60;
const METHODS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'];
const FORWARDED_REQUEST_HEADERS = ['authorization', 'content-type', 'accept'];
const FORWARDED_RESPONSE_HEADERS = ['content-type', 'retry-after'];

function refuse(status: number, message: string, headers: Record<string, string> = {}): Response {
  return errorResponse(new ApiError(status, message), headers);
}

/** Whether a path is one of the API's (under its version prefix). */
export const isApiPath = (path: string): boolean => path.startsWith(`${apiPath}/`);

/** Why a request target is refused: 404 outside the API, 400 for a target that could mean another path or host. */
export interface TargetProblem {
  status: 400 | 404;
  message: string;
}

/**
 * What is wrong with a request target, read before any URL parser normalises it: only a path
 * under `/v1/` may be forwarded, and nothing that could make it mean another path or host.
 */
export function targetProblem(target: string): TargetProblem | undefined {
  if (!target.startsWith('/') || target.startsWith('//')) return { status: 400, message: `Send a path (${apiPath}/...), not an absolute or scheme-relative URL` };
  const path = target.split('?')[0]!;
  if (!isApiPath(path)) return { status: 404, message: `Only paths under ${apiPath}/ are forwarded` };
  if (/\\|%2f|%5c|%2e|\/\//i.test(path) || path.split('/').some((segment) => segment === '.' || segment === '..')) {
    return { status: 400, message: 'The path holds a dot segment, an encoded slash, dot or backslash, or an empty segment: send the plain API path' };
  }
  return undefined;
}

/**
 * The target as the runtime left it in the request's URL: Deno keeps it as the client sent it
 * (`..`, backslashes and all), while workerd and `new Request` have already normalised it.
 */
function targetIn(requestUrl: string): string {
  const pathStart = requestUrl.indexOf('/', requestUrl.indexOf('//') + 2);
  return pathStart === -1 ? '/' : requestUrl.slice(pathStart);
}

/**
 * An absolute-form target (`GET http://other.example/v1/... HTTP/1.1`) shows as a URL whose host
 * is not the Host header's (Deno hands it over so). Without a Host header (HTTP/2), there is none.
 */
function namesAnotherHost(request: Request, url: URL): boolean {
  const host = request.headers.get('host');
  if (host === null) return false;
  try {
    return new URL(`${url.protocol}//${host}`).host !== url.host;
  } catch {
    return true;
  }
}

/** Statuses whose answers have no body: `new Response(body, { status })` refuses one for them. */
const NULL_BODY_STATUSES = [204, 205, 304];

export function createProxy({ upstream, allowedOrigins, perMinute = PER_MINUTE, fetchUpstream = fetch, now = Date.now }: ProxySettings) {
  const upstreamOrigin = new URL(upstream).origin;
  const limited = rateLimiter({ max: perMinute, windowMs: 60_000 }, now);

  return async function handle(request: Request, client = 'anonymous'): Promise<Response> {
    const url = new URL(request.url);
    if (request.method === 'GET' && url.pathname === '/') {
      return new Response(`Callbell API proxy for the docs' Try it: forwards ${apiPath}/... from ${allowedOrigins.join(', ')} to ${upstreamOrigin}.\n`, {
        headers: { 'Content-Type': 'text/plain; charset=utf-8' },
      });
    }
    const origin = request.headers.get('origin');
    if (origin === null || !allowedOrigins.includes(origin)) {
      return refuse(403, `This proxy serves only the pages of ${allowedOrigins.join(', ')}; ${origin === null ? 'the request names no Origin' : `not ${origin}`}`);
    }
    const cors = { 'Access-Control-Allow-Origin': origin, Vary: 'Origin' };
    // The target the runtime received and the one forwarded must both pass: the check holds
    // whether or not the runtime normalised the URL first, and what is forwarded is checked.
    const problem = namesAnotherHost(request, url)
      ? targetProblem(request.url)
      : (targetProblem(targetIn(request.url)) ?? targetProblem(url.pathname + url.search));
    if (problem) return refuse(problem.status, problem.message, cors);

    if (request.method === 'OPTIONS') {
      return new Response(null, {
        status: 204,
        headers: {
          ...cors,
          'Access-Control-Allow-Methods': METHODS.join(', '),
          'Access-Control-Allow-Headers': 'Authorization, Content-Type, Accept',
          'Access-Control-Max-Age': '600',
        },
      });
    }
    if (!METHODS.includes(request.method)) return refuse(405, `The API takes ${METHODS.join(', ')}`, cors);

    const retryAfter = limited(client);
    if (retryAfter !== undefined) {
      return refuse(429, `Too many requests through this proxy: the limit is ${perMinute} a minute. Retry after ${retryAfter} s.`, {
        ...cors,
        'Retry-After': String(retryAfter),
        'Access-Control-Expose-Headers': 'Retry-After',
      });
    }

    const tooLarge = () => refuse(413, `The body is larger than the proxy forwards (${BODY_LIMIT / 1024} KB)`, cors);
    if (Number(request.headers.get('content-length') ?? 0) > BODY_LIMIT) return tooLarge();
    const body = ['GET', 'DELETE'].includes(request.method) ? undefined : await request.arrayBuffer();
    if (body && body.byteLength > BODY_LIMIT) return tooLarge();

    const headers = new Headers();
    for (const name of FORWARDED_REQUEST_HEADERS) {
      const value = request.headers.get(name);
      if (value !== null) headers.set(name, value);
    }
    let answer: Response;
    try {
      answer = await fetchUpstream(`${upstreamOrigin}${url.pathname}${url.search}`, {
        method: request.method,
        headers,
        body: body && body.byteLength > 0 ? body : undefined,
        redirect: 'manual',
      });
    } catch {
      return refuse(502, `The proxy could not reach ${upstreamOrigin}`, cors);
    }
    const answerHeaders = new Headers({ ...cors, 'Access-Control-Expose-Headers': 'Retry-After' });
    for (const name of FORWARDED_RESPONSE_HEADERS) {
      const value = answer.headers.get(name);
      if (value !== null) answerHeaders.set(name, value);
    }
    let answerBody: ArrayBuffer | null = null;
    if (NULL_BODY_STATUSES.includes(answer.status)) await answer.body?.cancel();
    else answerBody = await answer.arrayBuffer();
    return new Response(answerBody, { status: answer.status, statusText: answer.statusText, headers: answerHeaders });
  };
}
