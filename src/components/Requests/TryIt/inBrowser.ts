/**
 * The fetch the panel uses for the in-browser sandbox: the request goes to the sandbox's core
 * in this page, never to the network. The core is a separate chunk, loaded on first use
 * (`preload` starts that as soon as the reader chooses the server).
 */
import type { FetchHandler } from '@site/sandbox/core/app';
import type { AccountEvent } from '@site/sandbox/core/events';

let loading: Promise<FetchHandler> | undefined;

export function preloadInBrowserSandbox(): Promise<FetchHandler> {
  loading ??= import('@site/sandbox/browser').then(({ inBrowserSandbox }) => inBrowserSandbox());
  return loading;
}

export const inBrowserFetch: typeof fetch = async (input, init) => (await preloadInBrowserSandbox())(new Request(input, init));

/** The webhook events the in-browser sandbox would have sent since this was last asked; none before it is loaded. */
export async function takeInBrowserEvents(): Promise<AccountEvent[]> {
  if (!loading) return [];
  await loading;
  return (await import('@site/sandbox/browser')).takeWouldPost();
}
