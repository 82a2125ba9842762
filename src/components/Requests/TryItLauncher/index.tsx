import React, { Suspense, lazy, useEffect, useId, useState } from 'react';
import type { LooseValues, RequestSpec } from '@site/src/requests';
import { rememberServer, rememberedServer, useServers, type ServerOption } from '../TryIt/servers';

// The panel's code is a separate chunk, fetched when the reader opens it.
const TryIt = lazy(() => import('../TryIt'));

export interface TryItLauncherProps {
  spec: RequestSpec;
  values: LooseValues;
  onValuesChange: (values: LooseValues) => void;
  /** The base URL the samples should show: the chosen server's while the panel is open. */
  onBaseUrlChange: (baseUrl: string | undefined) => void;
}

/** The "Try it" button, and the panel once it is opened. */
export default function TryItLauncher({ spec, values, onValuesChange, onBaseUrlChange }: TryItLauncherProps): React.JSX.Element {
  const servers = useServers();
  const [server, setServer] = useState(servers[0]!);
  const [open, setOpen] = useState(false);
  // The reader's last choice, once in the browser (the server-rendered page shows the default).
  useEffect(() => setServer((current) => rememberedServer(servers) ?? current), [servers]);
  const chooseServer = (next: ServerOption) => {
    rememberServer(next);
    setServer(next);
  };
  const panelId = useId();
  useEffect(() => onBaseUrlChange(open ? server.url : undefined), [open, server, onBaseUrlChange]);
  return (
    <>
      <button
        type="button"
        className="button button--outline button--primary"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen(!open)}
      >
        {open ? 'Close Try it' : 'Try it'}
      </button>
      <div id={panelId}>
        {open && (
          <Suspense fallback={<p>Loading the request form…</p>}>
            <TryIt spec={spec} values={values} onValuesChange={onValuesChange} servers={servers} server={server} onServerChange={chooseServer} />
          </Suspense>
        )}
      </div>
    </>
  );
}
