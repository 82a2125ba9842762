/**
 * The proxy as an edge worker (Cloudflare Workers' module syntax; Deno Deploy and others take
 * the same `fetch`). Settings come from the worker's environment: PROXY_ALLOWED_ORIGINS
 * (required, comma-separated) and PROXY_UPSTREAM (default https://api.callbell.eu). The
 * platform has already parsed the URL; the handler checks what is left of the path.
 */
import { apiOrigin } from '../src/requests/api';
import { createProxy } from './handler';

interface Env {
  PROXY_ALLOWED_ORIGINS?: string;
  PROXY_UPSTREAM?: string;
}

let handle: ReturnType<typeof createProxy> | undefined;

export default {
  fetch(request: Request, env: Env): Promise<Response> {
    handle ??= createProxy({
      upstream: env.PROXY_UPSTREAM ?? apiOrigin,
      allowedOrigins: (env.PROXY_ALLOWED_ORIGINS ?? '').split(',').map((origin) => origin.trim()).filter(Boolean),
    });
    return handle(request, request.headers.get('cf-connecting-ip') ?? 'unknown');
  },
};
