import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import { apiPath } from '@site/src/requests/api';

/** A server the try-it panel can send to, as listed in docusaurus.config.ts (`customFields.tryItServers`). */
export interface ServerOption {
  /** Names the option in what the panel remembers. The select names it by its kind (ServerSelect). */
  id: string;
  /** Base URL the samples show, e.g. `https://api.callbell.eu/v1`. */
  url: string;
  /**
   * `live` changes real data, so writes ask for confirmation first; `sandbox` is a server on
   * the reader's machine; `in-browser` is the sandbox running in the page, with no network.
   */
  kind: 'sandbox' | 'live' | 'in-browser';
  /** A token anyone may use with this server, offered to the reader. */
  demoToken?: string;
  /**
   * Where the panel actually sends, when not straight to `url`: the project's CORS proxy
   * (built with TRY_IT_PROXY), which forwards to `url`. Samples still show `url`.
   */
  proxy?: string;
}

/** The base URL the browser sends to: the proxy's `/v1` when there is one. */
export function sendingUrl(server: ServerOption): string {
  return server.proxy ? `${server.proxy.replace(/\/+$/, '')}${apiPath}` : server.url;
}

export function useServers(): ServerOption[] {
  return useDocusaurusContext().siteConfig.customFields!.tryItServers as ServerOption[];
}

const CHOICE_KEY = 'callbell-api-docs:server';

/** The reader's last choice of server, if it is still offered. */
export function rememberedServer(servers: ServerOption[]): ServerOption | undefined {
  try {
    const id = localStorage.getItem(CHOICE_KEY);
    return servers.find((server) => server.id === id);
  } catch {
    return undefined;
  }
}

export function rememberServer(server: ServerOption): void {
  try {
    localStorage.setItem(CHOICE_KEY, server.id);
  } catch {
    // Storage refused (private mode, quota): the choice lasts for this page only.
  }
}
