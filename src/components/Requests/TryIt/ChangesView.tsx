import React from 'react';
import Translate, { translate } from '@docusaurus/Translate';
import FieldPath from '../FieldPath';
import { isChanged, type Change } from './changes';
import styles from './styles.module.css';

export type Preview = { kind: 'read'; changes: Change[] } | { kind: 'unreadable'; why: string };

const shown = (value: unknown) =>
  value === undefined ? translate({ id: 'callbell.tryIt.changes.noValue', message: '(no value)', description: 'Try-it panel, table of what a PATCH changes: a field that has no value' }) : JSON.stringify(value);

/** The fields a PATCH sends, with their values before and after; unchanged ones say so. On a phone each row is stacked (styles.module.css), labelled by its column. */
export default function ChangesView({ preview, title, afterLabel }: { preview: Preview; title: string; afterLabel: string }): React.JSX.Element {
  if (preview.kind === 'unreadable') {
    return (
      <p className={styles.help}>
        <Translate
          id="callbell.tryIt.changes.unreadable"
          description="Try-it panel: a PATCH could not read the values it changes; {why} is the status of the read (404 Not Found)"
          values={{ why: preview.why }}
        >
          {'The current values could not be read ({why}), so no before and after is shown.'}
        </Translate>
      </p>
    );
  }
  const before = translate({ id: 'callbell.tryIt.changes.before', message: 'Before', description: 'Try-it panel, table of what a PATCH changes: column of the values before' });
  return (
    <table className={styles.changes}>
      <caption>{title}</caption>
      <thead>
        <tr>
          <th scope="col">
            <Translate id="callbell.tryIt.changes.field" description="Try-it panel, table of what a PATCH changes: column of the fields' names">
              Field
            </Translate>
          </th>
          <th scope="col">{before}</th>
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
            <td data-label={before}>
              <code>{shown(change.before)}</code>
            </td>
            <td data-label={afterLabel}>{isChanged(change) ? <code>{shown(change.after)}</code> : translate({ id: 'callbell.tryIt.changes.unchanged', message: 'unchanged', description: 'Try-it panel, table of what a PATCH changes: a field it leaves as it was' })}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
