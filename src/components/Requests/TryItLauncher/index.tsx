import React, { Suspense, lazy, useEffect, useRef, useState } from 'react';
import Translate, { translate } from '@docusaurus/Translate';
import type { LooseValues, RequestSpec } from '@site/src/requests';
import type { Answer } from '../TryIt/send';
import { rememberServer, rememberedServer, useServers, type ServerOption } from '../TryIt/servers';
import styles from './styles.module.css';

// The panel's code is a separate chunk, fetched when the reader first opens it.
const TryIt = lazy(() => import('../TryIt'));

export interface TryItLauncherProps {
  spec: RequestSpec;
  values: LooseValues;
  onValuesChange: (values: LooseValues) => void;
  /** The base URL the samples should show: the chosen server's once the reader has tried the request. */
  onBaseUrlChange: (baseUrl: string | undefined) => void;
  onAnswer?: (answer: Answer) => void;
  /**
   * A recipe's step: starts on the in-browser sandbox (where offered) with its demo token, so a
   * reader who follows the page only presses Send; the reader may still choose another server.
   */
  inBrowserFirst?: boolean;
}

/**
 * The "Try it" button, and the dialog it opens over the page: a view of its own, which the page's
 * columns cannot box in. Escape or Close closes it and the browser puts focus back on the
 * button. The panel stays mounted once opened, so what the reader typed, and the last answer,
 * are there again when it reopens.
 */
export default function TryItLauncher({ spec, values, onValuesChange, onBaseUrlChange, onAnswer, inBrowserFirst = false }: TryItLauncherProps): React.JSX.Element {
  const servers = useServers();
  const inBrowser = inBrowserFirst ? servers.find((option) => option.kind === 'in-browser') : undefined;
  const [server, setServer] = useState(inBrowser ?? servers[0]!);
  const [opened, setOpened] = useState(false);
  const dialog = useRef<HTMLDialogElement>(null);
  // The reader's last choice, once in the browser (the server-rendered page shows the default).
  useEffect(() => {
    if (!inBrowser) setServer((current) => rememberedServer(servers) ?? current);
  }, [servers, inBrowser]);
  const chooseServer = (next: ServerOption) => {
    rememberServer(next);
    setServer(next);
  };
  useEffect(() => onBaseUrlChange(opened ? server.url : undefined), [opened, server, onBaseUrlChange]);
  const open = () => {
    setOpened(true);
    dialog.current!.showModal();
  };
  const close = () => dialog.current!.close();
  return (
    <>
      <button type="button" className="button button--outline button--primary" aria-haspopup="dialog" onClick={open}>
        <Translate id="callbell.tryIt.open" description="The button that opens the try-it dialog of a request">
          Try it
        </Translate>
      </button>
      <dialog ref={dialog} className={styles.dialog} aria-label={translate(
          { id: 'callbell.tryIt.dialogLabel', message: 'Try {method} {path}', description: 'Accessible name of the try-it dialog; {method} is GET, POST…, {path} the request path (/contacts/:uuid)' },
          { method: spec.method, path: spec.path },
        )}>
        {opened && (
          <Suspense
            fallback={
              <div className={styles.loading}>
                <p>
                  <Translate id="callbell.tryIt.loading" description="Try-it dialog: while its form loads">
                    Loading the request form…
                  </Translate>
                </p>
                <button type="button" className="button button--secondary button--sm" onClick={close}>
                  <Translate id="callbell.tryIt.close" description="Try-it dialog: the button that closes it">
                    Close
                  </Translate>
                </button>
              </div>
            }
          >
            <TryIt spec={spec} values={values} onValuesChange={onValuesChange} servers={servers} server={server} onServerChange={chooseServer} onClose={close} onAnswer={onAnswer} startWithDemoToken={inBrowserFirst} />
          </Suspense>
        )}
      </dialog>
    </>
  );
}
