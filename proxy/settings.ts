/** The proxy's settings as every entry reads them from its environment (README, "The proxy for the real API"). */
import { apiOrigin } from '../src/requests/api';
import type { ProxySettings } from './handler';

/**
 * PROXY_UPSTREAM (default the real API) and PROXY_ALLOWED_ORIGINS (comma-separated; a trailing
 * slash is dropped, as an Origin header never has one). `defaultOrigins` apply when it is unset.
 */
export function settingsFromEnv(env: Readonly<Record<string, string | undefined>>, defaultOrigins: readonly string[] = []): ProxySettings {
  return {
    upstream: env.PROXY_UPSTREAM ?? apiOrigin,
    allowedOrigins: (env.PROXY_ALLOWED_ORIGINS ?? defaultOrigins.join(','))
      .split(',')
      .map((origin) => origin.trim().replace(/\/+$/, ''))
      .filter(Boolean),
  };
}
