/**
 * The proxy as a Cloudflare Worker (module syntax): `npx wrangler deploy proxy/edge.ts ...`
 * (README, "Deploying the proxy"). Settings come from the worker's variables (proxy/settings.ts;
 * set PROXY_ALLOWED_ORIGINS, or every page is refused). The rate limit keys on
 * `cf-connecting-ip`, which Cloudflare's network sets to the client's address, replacing any
 * header of that name the client sent.
 */
import { createProxy } from './handler';
import { settingsFromEnv } from './settings';

let handle: ReturnType<typeof createProxy> | undefined;

export default {
  fetch(request: Request, env: Record<string, string | undefined>): Promise<Response> {
    handle ??= createProxy(settingsFromEnv(env));
    return handle(request, request.headers.get('cf-connecting-ip') ?? 'unknown');
  },
};
