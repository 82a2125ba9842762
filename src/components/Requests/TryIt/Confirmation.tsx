import React from 'react';
import type { RequestSpec } from '@site/src/requests';
import ChangesView, { type Preview } from './ChangesView';
import type { ServerOption } from './servers';
import styles from './styles.module.css';

interface Props {
  id: string;
  spec: RequestSpec;
  server: ServerOption;
  /** What a PATCH will change, read before asking. */
  preview?: Preview;
  onSend: () => void;
  onCancel: () => void;
}

/** The question asked before a write reaches real data: what it does, and the choice to send or not. */
export default function Confirmation({ id, spec, server, preview, onSend, onCancel }: Props): React.JSX.Element {
  return (
    <div className="alert alert--warning" role="alertdialog" aria-labelledby={id}>
      <p id={id}>
        {spec.destructive
          ? `This permanently deletes data in the account behind your token on ${server.url}. It cannot be undone.`
          : `This changes real data in the account behind your token on ${server.url}.`}
      </p>
      {preview && <ChangesView preview={preview} title="What will change" afterLabel="After sending" />}
      <div className={styles.inline}>
        <button type="button" className="button button--danger" autoFocus onClick={onSend}>
          Send {spec.method} anyway
        </button>
        <button type="button" className="button button--secondary" onClick={onCancel}>
          Don&apos;t send
        </button>
      </div>
    </div>
  );
}
