/**
 * Every setting `npm run sandbox` reads from its environment, once: its variable, its default
 * and what it changes. `sandbox/node/settings.ts` reads the variables named here, and the
 * Sandbox page lists this table, so neither can leave one out (its type asks for an entry per
 * setting). Pure, so the page can import it.
 */
import { rateLimitPerSecond } from '../src/requests/api';
import { DEFAULT_SANDBOX_PORT, DEMO_TOKEN } from './address';

/** What the sandbox runs with, read from these settings. */
export interface SandboxSettings {
  dbFile: string;
  token: string;
  port: number;
  rateLimit: number;
  allowedOrigins: string[];
  allowedHosts: string[];
  maxDbBytes: number;
}

export interface SettingDoc {
  /** The environment variable. */
  readonly variable: `SANDBOX_${string}`;
  /** Its value when unset, as a reader would write it. */
  readonly fallback: string;
  /** What it changes, and the values it takes (Markdown code in backquotes). */
  readonly meaning: string;
}

export const DEFAULT_DB_FILE = '.sandbox-data/sandbox.db';
export const DEFAULT_MAX_DB_MB = 50;

export const sandboxSettingList = {
  port: {
    variable: 'SANDBOX_PORT',
    fallback: String(DEFAULT_SANDBOX_PORT),
    meaning: 'The port it listens on, on `127.0.0.1`; the base URL is `http://127.0.0.1:<port>/v1`. `0` takes a free port, printed when it starts.',
  },
  token: {
    variable: 'SANDBOX_TOKEN',
    fallback: DEMO_TOKEN,
    meaning: 'The one token it accepts in `Authorization: Bearer <token>`; any other gets `401`.',
  },
  dbFile: {
    variable: 'SANDBOX_DB',
    fallback: DEFAULT_DB_FILE,
    meaning: 'The SQLite file it keeps the account in, created with the demo data if missing. `:memory:` keeps nothing after it stops.',
  },
  maxDbBytes: {
    variable: 'SANDBOX_MAX_DB_MB',
    fallback: String(DEFAULT_MAX_DB_MB),
    meaning: 'The most the data file may hold, in megabytes (fractions allowed: `0.5`); past it, writes get `507`.',
  },
  rateLimit: {
    variable: 'SANDBOX_RATE_LIMIT',
    fallback: String(rateLimitPerSecond),
    meaning: 'Requests per second it takes from one client before answering `429` with `Retry-After`, as the API does. `0` turns the limit off (benchmarks, a test run sending many requests).',
  },
  allowedOrigins: {
    variable: 'SANDBOX_ALLOWED_ORIGINS',
    fallback: 'none',
    meaning: "Origins whose pages may call it besides this machine's and the published docs' (comma-separated, such as `https://docs.example.com`).",
  },
  allowedHosts: {
    variable: 'SANDBOX_ALLOWED_HOSTS',
    fallback: 'none',
    meaning: 'Host names it answers to besides `localhost`, `127.0.0.1` and `[::1]` (comma-separated, a port allowed: `sandbox.test:4010`); any other gets `421`.',
  },
} as const satisfies { readonly [K in keyof SandboxSettings]: SettingDoc };
