/**
 * Which pages may call the Node sandbox (CORS). A page on this machine (a loopback origin, any
 * port), the published site and the origins SANDBOX_ALLOWED_ORIGINS lists get CORS headers, so
 * they can read the answers. Any other origin, `null` included, gets none, and its writes and
 * preflights are refused with 403: a page elsewhere can neither read the reader's data nor change
 * it, not even with a form posted across sites (which needs no preflight). A request without
 * `Origin` (curl, the code samples) is not a page's, and is served as it comes.
 */
import type { MiddlewareHandler } from 'hono';
import { every } from 'hono/combine';
import { cors } from 'hono/cors';
import { SITE_URL } from '../address';
import { ApiError, errorResponse } from '../core/errors';

/** The host names of this machine, as a URL's `hostname` writes them. */
export const LOOPBACK_HOSTNAMES: ReadonlySet<string> = new Set(['localhost', '127.0.0.1', '[::1]']);

const WRITE_METHODS: ReadonlySet<string> = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
export const isWrite = (method: string): boolean => WRITE_METHODS.has(method);

/** `text` as a URL, or `null` when it is none. */
function asUrl(text: string): URL | null {
  try {
    return new URL(text);
  } catch {
    return null;
  }
}

/** Whether an `Origin` header names a page served from this machine, over HTTP or HTTPS, on any port. */
function isLoopbackOrigin(origin: string): boolean {
  const url = asUrl(origin);
  // `url.origin === origin`: exactly an origin, as browsers send it (no path, user or default port).
  return url !== null && (url.protocol === 'http:' || url.protocol === 'https:') && LOOPBACK_HOSTNAMES.has(url.hostname) && url.origin === origin;
}

/**
 * An entry of SANDBOX_ALLOWED_ORIGINS as the origin browsers send (`https://docs.example.com`);
 * a trailing slash is dropped. Anything else (a path, `*`, `null`) throws, naming the entry.
 */
export function originEntry(entry: string): string {
  const url = asUrl(entry);
  if (url === null || url.origin === 'null' || url.href !== `${url.origin}/`) {
    throw new Error(`SANDBOX_ALLOWED_ORIGINS lists "${entry}", which is not an origin: write scheme, host and port only, such as https://docs.example.com or http://192.168.1.20:3000`);
  }
  return url.origin;
}

/** Whether a page of `origin` may call the sandbox: loopback, the published site, or one of `extraOrigins`. */
export function originAllowed(origin: string, extraOrigins: readonly string[]): boolean {
  return isLoopbackOrigin(origin) || origin === new URL(SITE_URL).origin || extraOrigins.includes(origin);
}

const corsHeaders = cors({
  // Only allowed origins get here: each is answered as itself.
  origin: (origin) => origin,
  allowMethods: ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'],
  allowHeaders: ['Authorization', 'Content-Type', 'Accept'],
  exposeHeaders: ['Retry-After', 'Content-Length'],
  maxAge: 600,
});

/**
 * Chromium asks before a page on a public site calls a local address (Private Network
 * Access). Runs before `corsHeaders`, so that it also marks the preflight answers.
 */
const privateNetworkAccess: MiddlewareHandler = async (c, next) => {
  await next();
  if (c.req.header('access-control-request-private-network') === 'true') c.res.headers.set('Access-Control-Allow-Private-Network', 'true');
};

const allowedPage = every(privateNetworkAccess, corsHeaders);

/** CORS for the allowed pages; 403 for another page's preflight or write. `extraOrigins`: SANDBOX_ALLOWED_ORIGINS. */
export function crossOrigin(extraOrigins: readonly string[] = []): MiddlewareHandler {
  return async (c, next) => {
    const origin = c.req.header('origin');
    if (origin === undefined) return next();
    if (originAllowed(origin, extraOrigins)) return allowedPage(c, next);
    if (c.req.method === 'OPTIONS' || isWrite(c.req.method)) {
      const message =
        `A page of origin "${origin}" may not call this sandbox: only pages on this machine (localhost, 127.0.0.1, [::1]), ` +
        `the published docs (${new URL(SITE_URL).origin}) and the origins in SANDBOX_ALLOWED_ORIGINS may`;
      return errorResponse(new ApiError(403, message));
    }
    // A read is answered without CORS headers: the page that asked cannot read the answer.
    await next();
  };
}
