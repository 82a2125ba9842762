/**
 * Which pages may call the Node sandbox, and what they may send (CORS). A page in the browser
 * needs none of it: the in-browser sandbox runs in the page itself.
 */
import type { MiddlewareHandler } from 'hono';
import { cors } from 'hono/cors';

export const crossOrigin: MiddlewareHandler = cors({
  origin: (origin) => origin,
  allowMethods: ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'],
  allowHeaders: ['Authorization', 'Content-Type', 'Accept'],
  exposeHeaders: ['Retry-After', 'Content-Length'],
  maxAge: 600,
});

/**
 * Chromium asks before a page on a public site calls a local address (Private Network
 * Access). Put before `crossOrigin`, so that it also marks the preflight answers.
 */
export const privateNetworkAccess: MiddlewareHandler = async (c, next) => {
  await next();
  if (c.req.header('access-control-request-private-network') === 'true') c.res.headers.set('Access-Control-Allow-Private-Network', 'true');
};
