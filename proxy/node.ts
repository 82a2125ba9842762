/**
 * `npm run proxy`: the proxy on 127.0.0.1:$PROXY_PORT (default 4020) for local use; an edge
 * runtime runs proxy/handler.ts through proxy/edge.ts or proxy/deno.ts. The raw request target
 * is checked here, before Node's URL parsing could fold `..` segments or a scheme-relative
 * `//host` into another meaning. The rate limit keys on the socket's address.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { getRequestListener } from '@hono/node-server';
import { createProxy, targetProblem, type ProxySettings } from './handler';
import { errorBody } from '../sandbox/core/errors';

export const DEFAULT_PROXY_PORT = 4020;

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
    const problem = target === '/' ? undefined : targetProblem(target);
    if (problem) {
      outgoing.writeHead(problem.status, { 'Content-Type': 'application/json' });
      outgoing.end(JSON.stringify(errorBody(problem.status, problem.message)));
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
