/** The Auth API in the sandbox: a request that got past the token check is told whose the token is. */
import { demoApiKey, type ApiKey } from '../../../src/requests/auth_api/objects';
import type { SandboxGroup } from './group';

declare module '../store' {
  interface RecordTypes {
    apiKey: ApiKey;
  }
}

export const authApi: SandboxGroup<'auth_api'> = {
  handlers: {
    // The sandbox takes one token, the demo account's one key's: every request that reaches a handler carries it.
    me: ({ store }) => ({ status: 'ok', ...store.records('apiKey').list()[0]! }),
  },
  seed: () => ({ apiKey: [[demoApiKey.api_key, demoApiKey]] }),
};
