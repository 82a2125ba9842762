/**
 * The in-browser sandbox: the sandbox's core over a memory store kept in sessionStorage, so
 * the demo account lives for the browser session (across pages and reloads). One per page:
 * every try-it panel of the site talks to the same account. Loaded only when a reader
 * chooses it (a separate chunk).
 */
import { DEMO_TOKEN } from './address';
import { createSandbox, type FetchHandler } from './core/app';
import { MemoryStore, type Persistence } from './core/memory-store';

const STORAGE_KEY = 'callbell-api-docs:in-browser-sandbox';

const sessionStorageKept: Persistence = {
  load: () => sessionStorage.getItem(STORAGE_KEY),
  save: (text) => sessionStorage.setItem(STORAGE_KEY, text),
};

let sandbox: FetchHandler | undefined;

export function inBrowserSandbox(): FetchHandler {
  sandbox ??= createSandbox({ store: new MemoryStore({ persistence: sessionStorageKept }), token: DEMO_TOKEN });
  return sandbox;
}
