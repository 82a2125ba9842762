import React from 'react';
import Translate, { translate } from '@docusaurus/Translate';
import ChangesView, { type Preview } from './ChangesView';
import type { undoOf } from './changes';
import styles from './styles.module.css';

interface Props {
  preview: Preview;
  undo: ReturnType<typeof undoOf>;
  disabled: boolean;
  onUndo: () => void;
}

/** After a PATCH: what changed, and the button that puts the previous values back. */
export default function UndoView({ preview, undo, disabled, onUndo }: Props): React.JSX.Element {
  return (
    <div className={styles.response}>
      <ChangesView
        preview={preview}
        title={translate({ id: 'callbell.tryIt.undo.changesTitle', message: 'What changed', description: 'Try-it panel: caption of the table of what a PATCH changed' })}
        afterLabel={translate({ id: 'callbell.tryIt.undo.afterColumn', message: 'After', description: 'Try-it panel: column heading, the values a PATCH set' })}
      />
      {Object.keys(undo.body).length > 0 && (
        <div className={styles.inline}>
          <button type="button" className="button button--sm button--outline button--primary" disabled={disabled} onClick={onUndo}>
            <Translate id="callbell.tryIt.undo.button" description="Try-it panel: the button that puts back the values a PATCH changed">
              Undo
            </Translate>
          </button>
        </div>
      )}
      {undo.cannotUndo.length > 0 && (
        <p className={styles.help}>
          {undo.cannotUndo.length === 1
            ? translate(
                {
                  id: 'callbell.tryIt.undo.cannotUndoOne',
                  message: 'Undo leaves {fields}: it had no value before, and a PATCH cannot remove one.',
                  description: 'Try-it panel: one field Undo cannot reset; {fields} is its name',
                },
                { fields: undo.cannotUndo.join(', ') },
              )
            : translate(
                {
                  id: 'callbell.tryIt.undo.cannotUndoMany',
                  message: 'Undo leaves {fields}: they had no value before, and a PATCH cannot remove one.',
                  description: 'Try-it panel: fields Undo cannot reset; {fields} is their names, separated by commas',
                },
                { fields: undo.cannotUndo.join(', ') },
              )}
        </p>
      )}
    </div>
  );
}
