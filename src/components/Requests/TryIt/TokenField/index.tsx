import React, { useState } from 'react';
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
    setNotice('Tokens forgotten for every server: none is kept on this device.');
    // The button disappears with the remembered token: the focus goes to the field rather than being lost.
    document.getElementById(id)?.focus();
  };
  return (
    <div className={styles.field}>
      <label htmlFor={id} className={styles.label}>
        Token
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
          {visible ? 'Hide' : 'Show'}
        </button>
      </div>
      {problem && (
        <p id={problemId} className={styles.problem}>
          {problem}
        </p>
      )}
      <p id={helpId} className={styles.help}>
        {server.kind === 'in-browser' ? 'Stays in this page' : `Sent only to ${server.url}`}
        {server.proxy && <> through this site&apos;s proxy ({new URL(server.proxy).host}), which forwards it and keeps nothing</>}, as{' '}
        <code>Authorization: Bearer …</code>.
        {server.demoToken && (
          <>
            {' '}
            The sandbox accepts <code>{server.demoToken}</code>
            {server.kind === 'sandbox' && (
              <>
                {' '}
                unless started with its own <code>SANDBOX_TOKEN</code>
              </>
            )}
            .{' '}
            <button type="button" className={styles.linkButton} onClick={() => change(server.demoToken!, remembered)}>
              Use the demo token
            </button>
          </>
        )}
      </p>
      <div className={styles.inline}>
        <label className={styles.checkbox}>
          <input type="checkbox" checked={remembered} onChange={(event) => change(token, event.target.checked)} /> Remember on this device
        </label>
        {remembered && (
          <button type="button" className="button button--sm button--outline button--danger" onClick={forget}>
            Forget all tokens
          </button>
        )}
        <span aria-live="polite" className={styles.help}>
          {notice}
        </span>
      </div>
    </div>
  );
}
