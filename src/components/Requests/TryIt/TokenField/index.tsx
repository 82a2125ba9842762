import React, { useState } from 'react';
import Translate, { translate } from '@docusaurus/Translate';
import type { ServerOption } from '../servers';
import styles from '../styles.module.css';

interface Props {
  id: string;
  server: ServerOption;
  token: string;
  remembered: boolean;
  problem?: string;
  onChange: (token: string, remember: boolean) => void;
  onForget: () => void;
}

const header = <code>Authorization: Bearer …</code>;

/** Where the token goes, and how. */
function TokenDestination({ server }: { server: ServerOption }): React.JSX.Element {
  if (server.kind === 'in-browser') {
    return (
      <Translate id="callbell.tryIt.token.staysInPage" description="Try-it panel, under the token: the in-browser sandbox; {header} is the HTTP header, keep it as is" values={{ header }}>
        {'Stays in this page, as {header}.'}
      </Translate>
    );
  }
  if (server.proxy) {
    return (
      <Translate
        id="callbell.tryIt.token.sentThroughProxy"
        description="Try-it panel, under the token: where it is sent through this site's CORS proxy; {url} is the server, {proxy} the proxy's host name, {header} the HTTP header (keep it as is)"
        values={{ url: server.url, proxy: new URL(server.proxy).host, header }}
      >
        {"Sent only to {url} through this site's proxy ({proxy}), which forwards it and keeps nothing, as {header}."}
      </Translate>
    );
  }
  return (
    <Translate id="callbell.tryIt.token.sentTo" description="Try-it panel, under the token: where it is sent; {url} is the server, {header} the HTTP header (keep it as is)" values={{ url: server.url, header }}>
      {'Sent only to {url}, as {header}.'}
    </Translate>
  );
}

/** The token a sandbox accepts. */
function DemoTokenNote({ server, demoToken }: { server: ServerOption; demoToken: string }): React.JSX.Element {
  const token = <code>{demoToken}</code>;
  return server.kind === 'sandbox' ? (
    <Translate
      id="callbell.tryIt.token.demoLocal"
      description="Try-it panel, under the token: the local sandbox's demo token; {token} is the token, {variable} an environment variable name (keep it as is)"
      values={{ token, variable: <code>SANDBOX_TOKEN</code> }}
    >
      {'The sandbox accepts {token} unless started with its own {variable}.'}
    </Translate>
  ) : (
    <Translate id="callbell.tryIt.token.demo" description="Try-it panel, under the token: the sandbox's demo token; {token} is the token" values={{ token }}>
      {'The sandbox accepts {token}.'}
    </Translate>
  );
}

/** The reader's API token: hidden by default, remembered on this device only on request. */
export default function TokenField({ id, server, token, remembered, problem, onChange, onForget }: Props): React.JSX.Element {
  const [visible, setVisible] = useState(false);
  /** Said (and announced) after Forget, until the reader enters a token again. */
  const [notice, setNotice] = useState('');
  const helpId = `${id}-help`;
  const problemId = `${id}-problem`;
  const change = (next: string, remember: boolean) => {
    setNotice('');
    onChange(next, remember);
  };
  const forget = () => {
    onForget();
    setNotice(
      translate({ id: 'callbell.tryIt.token.forgotten', message: 'Tokens forgotten for every server: none is kept on this device.', description: 'Try-it panel: said after Forget all tokens' }),
    );
    // The button disappears with the remembered token: the focus goes to the field rather than being lost.
    document.getElementById(id)?.focus();
  };
  return (
    <div className={styles.field}>
      <label htmlFor={id} className={styles.label}>
        <Translate id="callbell.tryIt.token.label" description="Try-it panel: label of the API token field">
          Token
        </Translate>
      </label>
      <div className={styles.inline}>
        <input
          id={id}
          className={styles.input}
          type={visible ? 'text' : 'password'}
          autoComplete="off"
          spellCheck={false}
          value={token}
          aria-invalid={problem ? true : undefined}
          aria-describedby={`${helpId}${problem ? ` ${problemId}` : ''}`}
          onChange={(event) => change(event.target.value, remembered)}
        />
        <button type="button" className="button button--sm button--secondary" aria-pressed={visible} onClick={() => setVisible(!visible)}>
          {visible
            ? translate({ id: 'callbell.tryIt.token.hide', message: 'Hide', description: 'Try-it panel: button hiding the typed token' })
            : translate({ id: 'callbell.tryIt.token.show', message: 'Show', description: 'Try-it panel: button showing the typed token' })}
        </button>
      </div>
      {problem && (
        <p id={problemId} className={styles.problem}>
          {problem}
        </p>
      )}
      <p id={helpId} className={styles.help}>
        <TokenDestination server={server} />
        {server.demoToken && (
          <>
            {' '}
            <DemoTokenNote server={server} demoToken={server.demoToken} />{' '}
            <button type="button" className={styles.linkButton} onClick={() => change(server.demoToken!, remembered)}>
              <Translate id="callbell.tryIt.token.useDemo" description="Try-it panel: button filling in the demo token">
                Use the demo token
              </Translate>
            </button>
          </>
        )}
      </p>
      <div className={styles.inline}>
        <label className={styles.checkbox}>
          <input type="checkbox" checked={remembered} onChange={(event) => change(token, event.target.checked)} />{' '}
          <Translate id="callbell.tryIt.token.remember" description="Try-it panel: checkbox keeping the token in this browser's storage">
            Remember on this device
          </Translate>
        </label>
        {remembered && (
          <button type="button" className="button button--sm button--outline button--danger" onClick={forget}>
            <Translate id="callbell.tryIt.token.forget" description="Try-it panel: button removing every kept token">
              Forget all tokens
            </Translate>
          </button>
        )}
        <span aria-live="polite" className={styles.help}>
          {notice}
        </span>
      </div>
    </div>
  );
}
