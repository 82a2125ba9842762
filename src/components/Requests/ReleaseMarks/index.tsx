import React from 'react';
import type { Change, ReleaseDate } from '@site/src/requests/releases';
import CodeSpans from '../CodeSpans';
import styles from '../ParamTable/styles.module.css';

/** "Added 2026-07-01" under a name, for a parameter or field a later release brought. */
export function AddedTag({ since }: { since: ReleaseDate | undefined }): React.JSX.Element | null {
  if (!since) return null;
  return (
    <>
      {' '}
      <span className={`${styles.presence} ${styles.added}`}>
        Added <time dateTime={since}>{since}</time>
      </span>
    </>
  );
}

/** What a later release changed, after a description: "Changed 2026-03-03: …". */
export function ChangeNote({ change }: { change: Change | undefined }): React.JSX.Element | null {
  if (!change) return null;
  return (
    <>
      {' '}
      <span className={styles.change}>
        Changed <time dateTime={change.date}>{change.date}</time>: <CodeSpans text={change.text} />
      </span>
    </>
  );
}
