/**
 * `npm run proxy`: the proxy on 127.0.0.1:$PROXY_PORT (default 4020) for local use; an edge
 * runtime runs proxy/handler.ts itself. The raw request target is checked here, before Node's
 * URL parsing could fold `..` segments or a scheme-relative `//host` into another meaning.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { getRequestListener } from '@hono/node-server';
import { apiOrigin } from '../src/requests/api';
import { createProxy, isApiPath, pathProblem, type ProxySettings } from './handler';
import { errorBody } from '../sandbox/core/errors';

export const DEFAULT_PROXY_PORT = 4020;

/** The settings `npm run proxy` reads from its environment. */
export function settingsFromEnv(env: NodeJS.ProcessEnv, siteUrl: string): ProxySettings {
  return {
    upstream: env.PROXY_UPSTREAM ?? apiOrigin,
    allowedOrigins: (env.PROXY_ALLOWED_ORIGINS ?? `${siteUrl},http://localhost:3000,http://127.0.0.1:3000`)
      .split(',')
      .map((origin) => origin.trim().replace(/\/+$/, ''))
      .filter(Boolean),
  };
}

export interface RunningProxy {
  url: string;
  close(): Promise<void>;
}

export async function startProxy(settings: ProxySettings, { port = 0, log = (_: string) => {} } = {}): Promise<RunningProxy> {
  const handle = createProxy(settings);
  const listener = getRequestListener(async (request, { incoming }) => {
    const started = Date.now();
    const response = await handle(request, incoming.socket.remoteAddress ?? 'unknown');
    // Method, path and status only: never a header (the token) or a body.
    log(`${request.method} ${new URL(request.url).pathname} ${response.status} ${Date.now() - started}ms`);
    return response;
  });
  const server: Server = createServer((incoming, outgoing) => {
    const target = incoming.url ?? '';
    const problem = target === '/' ? undefined : pathProblem(target);
    if (problem) {
      outgoing.writeHead(isApiPath(target.split('?')[0]!) ? 400 : 404, { 'Content-Type': 'application/json' });
      outgoing.end(JSON.stringify(errorBody(outgoing.statusCode, problem)));
      return;
    }
    void listener(incoming, outgoing);
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const { port: bound } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${bound}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
