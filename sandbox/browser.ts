/**
 * The in-browser sandbox: the sandbox's core over a memory store kept in sessionStorage, so
 * the demo account lives for the browser session (across pages and reloads). One per page:
 * every try-it panel of the site talks to the same account. Loaded only when a reader
 * chooses it (a separate chunk). A page has nowhere to POST webhook events, so it keeps those
 * the account's webhook would receive, for a recipe's step to show.
 */
import { DEMO_TOKEN } from './address';
import { createSandbox, type FetchHandler } from './core/app';
import type { AccountEvent } from './core/events';
import { MemoryStore, type Persistence } from './core/memory-store';
import { subscriberOf } from './core/webhooks';

const STORAGE_KEY = 'callbell-api-docs:in-browser-sandbox';

const sessionStorageKept: Persistence = {
  load: () => sessionStorage.getItem(STORAGE_KEY),
  save: (text) => sessionStorage.setItem(STORAGE_KEY, text),
};

let sandbox: FetchHandler | undefined;
const wouldPost: AccountEvent[] = [];

export function inBrowserSandbox(): FetchHandler {
  if (!sandbox) {
    const store = new MemoryStore({ persistence: sessionStorageKept });
    const onEvent = (event: AccountEvent) => {
      if (subscriberOf(store, event.event) !== null) wouldPost.push(event);
    };
    sandbox = createSandbox({ store, token: DEMO_TOKEN, onEvent });
  }
  return sandbox;
}

/** The events the webhook would have been sent since the last call, in the order they happened. */
export function takeWouldPost(): AccountEvent[] {
  return wouldPost.splice(0);
}
