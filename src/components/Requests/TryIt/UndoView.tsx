import React from 'react';
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
      <ChangesView preview={preview} title="What changed" afterLabel="After" />
      {Object.keys(undo.body).length > 0 && (
        <div className={styles.inline}>
          <button type="button" className="button button--sm button--outline button--primary" disabled={disabled} onClick={onUndo}>
            Undo
          </button>
        </div>
      )}
      {undo.cannotUndo.length > 0 && (
        <p className={styles.help}>
          Undo leaves {undo.cannotUndo.join(', ')}: {undo.cannotUndo.length === 1 ? 'it' : 'they'} had no value before, and a PATCH cannot remove one.
        </p>
      )}
    </div>
  );
}
