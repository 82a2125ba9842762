import React from 'react';
import Translate, { translate } from '@docusaurus/Translate';
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
          ? translate(
              {
                id: 'callbell.tryIt.confirm.deletes',
                message: 'This permanently deletes data in the account behind your token on {url}. It cannot be undone.',
                description: 'Try-it panel: asked before a DELETE reaches the real API; {url} is the server address',
              },
              { url: server.url },
            )
          : translate(
              {
                id: 'callbell.tryIt.confirm.changes',
                message: 'This changes real data in the account behind your token on {url}.',
                description: 'Try-it panel: asked before a write reaches the real API; {url} is the server address',
              },
              { url: server.url },
            )}
      </p>
      {preview && (
        <ChangesView
          preview={preview}
          title={translate({ id: 'callbell.tryIt.confirm.changesTitle', message: 'What will change', description: 'Try-it panel: caption of the table of what a PATCH will change, before it is sent' })}
          afterLabel={translate({ id: 'callbell.tryIt.confirm.afterColumn', message: 'After sending', description: 'Try-it panel: column heading, the values a PATCH will set' })}
        />
      )}
      <div className={styles.inline}>
        <button type="button" className="button button--danger" autoFocus onClick={onSend}>
          <Translate id="callbell.tryIt.confirm.send" description="Try-it panel: the button that sends a write to the real API after the warning; {method} is POST, PATCH…" values={{ method: spec.method }}>
            {'Send {method} anyway'}
          </Translate>
        </button>
        <button type="button" className="button button--secondary" onClick={onCancel}>
          <Translate id="callbell.tryIt.confirm.dontSend" description="Try-it panel: the button that gives up a write to the real API after the warning">
            {"Don't send"}
          </Translate>
        </button>
      </div>
    </div>
  );
}
