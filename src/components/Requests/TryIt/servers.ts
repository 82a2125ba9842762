import useDocusaurusContext from '@docusaurus/useDocusaurusContext';

/** A server the try-it panel can send to, as listed in docusaurus.config.ts (`customFields.tryItServers`). */
export interface ServerOption {
  label: string;
  /** Base URL, e.g. `https://api.callbell.eu/v1`. */
  url: string;
  /** Writes to a `live` server change real data, so they ask for confirmation first. */
  kind: 'sandbox' | 'live';
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
  return server.proxy ? `${server.proxy.replace(/\/+$/, '')}/v1` : server.url;
}

export function useServers(): ServerOption[] {
  return useDocusaurusContext().siteConfig.customFields!.tryItServers as ServerOption[];
}
