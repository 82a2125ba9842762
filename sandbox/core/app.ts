/**
 * The sandbox's behaviour as a web-standard fetch handler: routes, checks and answers read off
 * the registry, over any store. It runs unchanged in Node (node/server.ts adds what a network
 * server needs: CORS, rate limit, timeouts, logging) and in the page (in-browser sandbox).
 */
import { Hono } from 'hono/tiny';
import { apiPath, registry, type RequestSpec } from '../../src/requests';
import { CUSTOMER_MESSAGES_PATH } from '../address';
import { asDocumented } from './as-documented';
import { authorize } from './auth';
import { readJsonBody } from './body';
import { customerWrites } from './customer-messages';
import { ApiError, errorResponse } from './errors';
import type { EventSink } from './events';
import { checkPathValues, emptyPathValueError } from './path-values';
import { handlers, type HandlerContext } from './routes';
import type { Clock, Store } from './store';
import { validated } from './validate';

export const URL_LIMIT = 8 * 1024;

export interface SandboxCore {
  store: Store;
  token: string;
  /** The time the sandbox runs by: the real one, unless a test moves it. */
  now?: Clock;
  /** Told of every failure that is the sandbox's fault (answered 500). */
  onServerError?: (error: unknown) => void;
  /** Told of every event a webhook subscriber would hear of (the Node sandbox delivers them). */
  onEvent?: EventSink;
}

export type FetchHandler = (request: Request) => Promise<Response>;

/** Judged after the path values, so that a long identifier is named rather than the URL blamed. */
function checkUrlLength(url: string): void {
  if (url.length > URL_LIMIT) throw new ApiError(414, `The URL is longer than the sandbox accepts (${URL_LIMIT / 1024} KB): send fewer or shorter query values`);
}

export function createSandbox({ store, token, now = Date.now, onServerError = () => {}, onEvent = () => {} }: SandboxCore): FetchHandler {
  const context: HandlerContext = { store, now, emit: onEvent };
  // strict: false: `/v1/contacts/` is `/v1/contacts`, as clients that join paths with a slash send it.
  const app = new Hono({ strict: false });
  app.onError((error) => {
    if (error instanceof ApiError) return errorResponse(error);
    onServerError(error);
    return errorResponse(new ApiError(500, 'The sandbox failed to answer this request; it keeps running, try again'));
  });
  app.notFound((c) => {
    const { pathname } = new URL(c.req.url);
    checkUrlLength(c.req.url);
    return errorResponse(emptyPathValueError(c.req.method, pathname) ?? new ApiError(404, `No such endpoint: ${c.req.method} ${pathname}`));
  });

  app.use('*', async (c, next) => {
    const { pathname } = new URL(c.req.url);
    try {
      decodeURIComponent(pathname);
    } catch {
      throw new ApiError(400, 'The path is not a valid URL: check its percent-encoding (%XX)');
    }
    authorize(c.req.header('authorization') ?? null, token);
    await next();
  });

  // Not a request of the API: a customer writing in, so that a reader can cause a received message's event.
  app.post(CUSTOMER_MESSAGES_PATH, async (c) => {
    const created = customerWrites(store, now, await readJsonBody(c.req.raw));
    onEvent(created);
    return c.json({ message: created.payload }, 201);
  });

  // Each handler takes the values its request's checks let through.
  const byGroup: Record<string, Record<string, (context: HandlerContext, values: never) => unknown>> = handlers;
  for (const [group, { requests }] of Object.entries(registry)) {
    for (const [id, spec] of Object.entries(requests) as [string, RequestSpec][]) {
      const handle = byGroup[group]![id]!;
      app.on(spec.method, `${apiPath}${spec.path}`, async (c) => {
        const path = c.req.param() as Record<string, string>;
        checkPathValues(path);
        checkUrlLength(c.req.url);
        const body = spec.params.body ? await readJsonBody(c.req.raw) : undefined;
        const values = validated(spec, path, new URL(c.req.url).searchParams, body);
        if (values.body && spec.params.body) values.body = asDocumented(spec.params.body, values.body);
        const answer = handle(context, values as never);
        // A 204 has no body, so no Content-Type either.
        return spec.response.status === 204 ? c.body(null, 204) : c.json(answer as object, spec.response.status as 200);
      });
    }
  }
  return async (request) => app.fetch(request);
}
