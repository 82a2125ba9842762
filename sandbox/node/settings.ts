/**
 * What `npm run sandbox` reads from its environment: the variables `../setting-list.ts` names
 * and documents. A value that makes no sense stops the sandbox with a message naming the
 * setting, rather than running on a guess.
 */
import { DEMO_TOKEN, sandboxPort } from '../address';
import { DEFAULT_DB_FILE, DEFAULT_MAX_DB_MB, sandboxSettingList as named, type SandboxSettings } from '../setting-list';
import { originEntry } from './cors';
import { hostEntry } from './host-check';
import { RATE_LIMIT_PER_SECOND } from './server';
import { MB } from './storage-limit';

export type { SandboxSettings };

/** A comma-separated setting's entries, each trimmed and read by `entry`; none when unset. */
function list(text: string | undefined, entry: (text: string) => string): string[] {
  return (text ?? '').split(',').map((item) => item.trim()).filter(Boolean).map(entry);
}

/** A number setting, `fallback` when unset; `rule` says (for the message) which numbers it takes. */
function number(env: NodeJS.ProcessEnv, name: string, fallback: number, rule: { accepts: (value: number) => boolean; says: string }): number {
  const text = env[name];
  if (text === undefined || text.trim() === '') return fallback;
  const value = Number(text);
  if (!Number.isFinite(value) || !rule.accepts(value)) throw new Error(`${name} is "${text}": it must be ${rule.says}`);
  return value;
}

export function sandboxSettings(env: NodeJS.ProcessEnv = process.env): SandboxSettings {
  return {
    dbFile: env[named.dbFile.variable] ?? DEFAULT_DB_FILE,
    token: env[named.token.variable] ?? DEMO_TOKEN,
    // The site's config reads the port too (address.ts).
    port: sandboxPort(env),
    rateLimit: number(env, named.rateLimit.variable, RATE_LIMIT_PER_SECOND, { accepts: (n) => Number.isInteger(n) && n >= 0, says: 'a whole number of requests per second (0: no limit)' }),
    allowedOrigins: list(env[named.allowedOrigins.variable], originEntry),
    allowedHosts: list(env[named.allowedHosts.variable], hostEntry),
    maxDbBytes: Math.round(number(env, named.maxDbBytes.variable, DEFAULT_MAX_DB_MB, { accepts: (n) => n > 0, says: 'a number of megabytes above 0, such as 50 or 0.5' }) * MB),
  };
}
