/**
 * What a build of the site takes from its environment, read by docusaurus.config.ts: the site's
 * own address, its repository's, and the servers "Try it" offers. Node only. A setting that is
 * not what it should be stops the build, naming it.
 */
import { DEMO_TOKEN, SITE_URL, sandboxBaseUrl, sandboxPort } from '../sandbox/address';
import type { ServerOption } from './components/Requests/TryIt/servers';
import { apiBaseUrl, apiPath } from './requests/api';

type Env = NodeJS.ProcessEnv;

/** The repository the site and the sandbox are built from, when REPOSITORY_URL names no other. */
export const DEFAULT_REPOSITORY_URL = 'https://github.com/callbell/callbell-api-docs';

/** An http(s) URL setting (an empty one counts as unset), without a trailing slash. */
function urlSetting(env: Env, name: string, fallback: string | undefined, example: string): string | undefined {
  const value = env[name]?.trim() || fallback;
  if (value === undefined) return undefined;
  let url: URL | undefined;
  try {
    url = new URL(value);
  } catch {
    url = undefined;
  }
  if (url?.protocol !== 'https:' && url?.protocol !== 'http:') throw new Error(`${name} is "${value}", which is not an http(s) address, such as ${example}`);
  return value.replace(/\/+$/, '');
}

/** SITE_URL: where the site is published (its sitemap, canonical links, the OpenAPI document's links). */
export function siteUrl(env: Env = process.env): string {
  const url = urlSetting(env, 'SITE_URL', SITE_URL, 'https://docs.example.com')!;
  if (new URL(url).origin !== url) throw new Error(`SITE_URL is "${url}": write the site's origin only (scheme, host and port), such as https://docs.example.com`);
  return url;
}

/** REPOSITORY_URL: where readers clone the site to run the sandbox on their machine. */
export function repositoryUrl(env: Env = process.env): string {
  return urlSetting(env, 'REPOSITORY_URL', DEFAULT_REPOSITORY_URL, 'https://github.com/owner/name')!;
}

/**
 * The local sandbox's base URL, if this build offers it: in development always (`npm start` runs
 * it beside the site), in a production build only when built with SANDBOX_URL or SANDBOX_PORT, so
 * a published site offers no server its readers do not have.
 */
function localSandboxUrl(env: Env): string | undefined {
  const url = urlSetting(env, 'SANDBOX_URL', undefined, `http://127.0.0.1:4010${apiPath}`);
  if (url !== undefined && !url.endsWith(apiPath)) throw new Error(`SANDBOX_URL is "${url}": write the sandbox's base URL, ending in ${apiPath}, such as http://127.0.0.1:4010${apiPath}`);
  if (url !== undefined) return url;
  if (env.SANDBOX_PORT || env.NODE_ENV !== 'production') return sandboxBaseUrl(sandboxPort(env));
  return undefined;
}

/**
 * The servers the try-it panel offers, the default first: in a production build the in-browser
 * sandbox (a reader who just presses Send gets an answer), in development the local one.
 * TRY_IT_PROXY: the project's CORS proxy, for an API that answers no browser.
 */
export function tryItServers(env: Env = process.env): ServerOption[] {
  const proxy = env.TRY_IT_PROXY?.trim() || undefined;
  const live: ServerOption = {
    id: 'callbell-api',
    url: apiBaseUrl,
    kind: 'live',
    ...(proxy ? { proxy } : {}),
  };
  // The sandbox running in the page: nothing to install, no network. Samples still show the real API.
  const inBrowser: ServerOption = { id: 'in-browser', url: apiBaseUrl, kind: 'in-browser', demoToken: DEMO_TOKEN };
  const localUrl = localSandboxUrl(env);
  // The public demo token only: whatever SANDBOX_TOKEN a build runs with stays out of the site's
  // JavaScript. A reader whose sandbox takes another token types it.
  const local: ServerOption[] = localUrl ? [{ id: 'local-sandbox', url: localUrl, kind: 'sandbox', demoToken: DEMO_TOKEN }] : [];
  return env.NODE_ENV === 'production' ? [inBrowser, live, ...local] : [...local, inBrowser, live];
}
