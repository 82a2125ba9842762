import React from 'react';
import Translate, { translate } from '@docusaurus/Translate';
import type { ServerOption } from './servers';
import styles from './styles.module.css';

interface Props {
  id: string;
  servers: ServerOption[];
  server: ServerOption;
  onChoose: (id: string) => void;
}

/** An option's words: what the server is, and where it is unless it is in the page. */
function optionText(server: ServerOption): string {
  switch (server.kind) {
    case 'in-browser':
      return translate({ id: 'callbell.tryIt.server.inBrowser', message: 'In-browser sandbox (demo data)', description: 'Try-it panel, server select: the sandbox running in the page' });
    case 'sandbox':
      return translate(
        { id: 'callbell.tryIt.server.local', message: 'Local sandbox ({url})', description: "Try-it panel, server select: the sandbox on the reader's machine; {url} is its address" },
        { url: server.url },
      );
    case 'live':
      return server.proxy
        ? translate(
            { id: 'callbell.tryIt.server.liveProxied', message: 'Callbell API, through the proxy ({url})', description: "Try-it panel, server select: the real API, reached through this site's CORS proxy; {url} is the API's address" },
            { url: server.url },
          )
        : translate({ id: 'callbell.tryIt.server.live', message: 'Callbell API ({url})', description: "Try-it panel, server select: the real API; {url} is its address" }, { url: server.url });
  }
}

/** Where the request goes: the local sandbox, the one in the page, or the real API. */
export default function ServerSelect({ id, servers, server, onChoose }: Props): React.JSX.Element {
  return (
    <div className={styles.field}>
      <label htmlFor={id} className={styles.label}>
        <Translate id="callbell.tryIt.server.label" description="Try-it panel: label of the select of where the request is sent">
          Server
        </Translate>
      </label>
      <select id={id} className={styles.input} value={server.id} onChange={(event) => onChoose(event.target.value)}>
        {servers.map((option) => (
          <option key={option.id} value={option.id}>
            {optionText(option)}
          </option>
        ))}
      </select>
      {server.kind === 'in-browser' && (
        <p className={styles.help}>
          <Translate id="callbell.tryIt.server.inBrowserNote" description="Try-it panel: under the server select, when the in-browser sandbox is chosen">
            Runs in this page on demo data kept for this browser session; the samples on the page still call the real API, which is what your code will reach.
          </Translate>
        </p>
      )}
    </div>
  );
}
