/**
 * Which names the Node sandbox answers to. It listens on 127.0.0.1 only, yet a page elsewhere can
 * still reach it by DNS rebinding: its own domain made to resolve to 127.0.0.1, so the browser
 * counts the sandbox as that page's own origin. Such a request carries the page's domain in
 * `Host`; the sandbox answers only requests addressed to a loopback name or to one that
 * SANDBOX_ALLOWED_HOSTS lists, and refuses the rest with 421 (Misdirected Request).
 */
import type { MiddlewareHandler } from 'hono';
import { ApiError, errorResponse } from '../core/errors';
import { LOOPBACK_HOSTNAMES } from './cors';

/**
 * An entry of SANDBOX_ALLOWED_HOSTS as a URL writes it: a host name (any port) or `host:port`
 * (that port only), lower case. Anything else (a scheme, a path) throws, naming the entry.
 */
export function hostEntry(entry: string): string {
  const host = entry.toLowerCase();
  if (!isHost(host)) {
    throw new Error(`SANDBOX_ALLOWED_HOSTS lists "${entry}", which is not a host name: write a name or address, with a port or without, such as sandbox.test or 192.168.1.20:4010`);
  }
  return host;
}

/** Whether `host` is a plain name, IPv4 or bracketed IPv6 address, with a port or without, as a URL writes it. */
function isHost(host: string): boolean {
  let url: URL;
  try {
    url = new URL(`http://${host}`);
  } catch {
    return false;
  }
  return /^([a-z0-9-]+\.)*[a-z0-9-]+$|^\[[0-9a-f:.]+\]$/.test(url.hostname) && (url.host === host || url.hostname === host);
}

/** Refuses requests addressed to another name than this machine's or one of `extraHosts` (SANDBOX_ALLOWED_HOSTS). */
export function hostCheck(extraHosts: readonly string[] = []): MiddlewareHandler {
  return async (c, next) => {
    // The URL is built from the Host header: its parts come lower-cased and checked.
    const { host, hostname } = new URL(c.req.url);
    if (LOOPBACK_HOSTNAMES.has(hostname) || extraHosts.includes(hostname) || extraHosts.includes(host)) return next();
    const message =
      `This sandbox answers requests addressed to this machine (localhost, 127.0.0.1, [::1]), not to "${host}": ` +
      'if you reach it by that name on purpose, add the name to SANDBOX_ALLOWED_HOSTS';
    return errorResponse(new ApiError(421, message, [{ field: 'header.Host', message: 'is not a name of this machine nor listed in SANDBOX_ALLOWED_HOSTS' }]));
  };
}
