import React from 'react';
import FieldPath from '../FieldPath';
import { isChanged, type Change } from './changes';
import styles from './styles.module.css';

export type Preview = { kind: 'read'; changes: Change[] } | { kind: 'unreadable'; why: string };

const shown = (value: unknown) => (value === undefined ? '(no value)' : JSON.stringify(value));

/** The fields a PATCH sends, with their values before and after; unchanged ones say so. On a phone each row is stacked (styles.module.css), labelled by its column. */
export default function ChangesView({ preview, title, afterLabel }: { preview: Preview; title: string; afterLabel: string }): React.JSX.Element {
  if (preview.kind === 'unreadable') return <p className={styles.help}>The current values could not be read ({preview.why}), so no before and after is shown.</p>;
  return (
    <table className={styles.changes}>
      <caption>{title}</caption>
      <thead>
        <tr>
          <th scope="col">Field</th>
          <th scope="col">Before</th>
          <th scope="col">{afterLabel}</th>
        </tr>
      </thead>
      <tbody>
        {preview.changes.map((change) => (
          <tr key={change.field}>
            <th scope="row">
              <code>
                <FieldPath path={change.field} />
              </code>
            </th>
            <td data-label="Before">
              <code>{shown(change.before)}</code>
            </td>
            <td data-label={afterLabel}>{isChanged(change) ? <code>{shown(change.after)}</code> : 'unchanged'}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
