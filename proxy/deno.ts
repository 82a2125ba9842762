/**
 * The proxy on Deno and Deno Deploy: `deno run --allow-net --allow-env --sloppy-imports
 * proxy/deno.ts` (README, "Deploying the proxy"; sloppy imports let Deno resolve the project's
 * extensionless imports). Settings come from the environment (proxy/settings.ts), the port from
 * PROXY_PORT (default 8000). The rate limit keys on the connection's address: Deno Deploy sets
 * no header naming the client, and one the client sets could name anyone.
 */
import { createProxy } from './handler';
import { settingsFromEnv } from './settings';

/** The part of Deno's runtime API used here (the project type-checks with Node's types). */
declare const Deno: {
  env: { toObject(): Record<string, string> };
  serve(
    options: { port: number },
    handler: (request: Request, info: { remoteAddr: { hostname: string } }) => Promise<Response>,
  ): unknown;
};

const env = Deno.env.toObject();
const handle = createProxy(settingsFromEnv(env));
Deno.serve({ port: Number(env.PROXY_PORT ?? 8000) }, (request, info) => handle(request, info.remoteAddr.hostname));
