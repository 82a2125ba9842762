/** Where the sandbox listens and where the site is published, shared by the sandbox, the site config and the tests. */
import { apiPath } from '../src/requests/api';
export const DEFAULT_SANDBOX_PORT = 4010;

/**
 * The published site's address: the sandbox lets its pages call it, and a build takes it as the
 * site's `url` unless the SITE_URL setting names another (src/site-settings.ts). A sandbox run
 * from a clone never sees a build's settings, so the address the site is deployed at goes here.
 */
export const SITE_URL = 'https://docs.callbell.example';

/** The demo token the sandbox accepts unless SANDBOX_TOKEN says otherwise. */
export const DEMO_TOKEN = 'sandbox-demo-token-not-a-secret';

export function sandboxPort(env: NodeJS.ProcessEnv = process.env): number {
  return Number(env.SANDBOX_PORT ?? DEFAULT_SANDBOX_PORT);
}

export function sandboxBaseUrl(port = sandboxPort()): string {
  return `http://127.0.0.1:${port}${apiPath}`;
}

/**
 * The sandbox's one request the API does not have: a customer of the demo account writes in, as
 * their phone would (POST, `{"from": "<their number>", "text": "…"}`), so a reader can see the
 * `message_created` event a bot answers. Below the API's path, like every request.
 */
export const CUSTOMER_MESSAGES_PATH = `${apiPath}/sandbox/customer_messages`;
