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
}

export function useServers(): ServerOption[] {
  return useDocusaurusContext().siteConfig.customFields!.tryItServers as ServerOption[];
}
