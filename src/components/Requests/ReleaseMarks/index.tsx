import React from 'react';
import Translate from '@docusaurus/Translate';
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
        <Translate id="callbell.releaseMarks.added" description="Parameter and field tables: tag after a name a later release added; {date} is its date (2026-07-01)" values={{ date: <time dateTime={since}>{since}</time> }}>
          {'Added {date}'}
        </Translate>
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
        <Translate
          id="callbell.releaseMarks.changed"
          description="Parameter and field tables: after a description, what a later release changed; {date} is its date (2026-03-03), {change} what changed, from the registry"
          values={{ date: <time dateTime={change.date}>{change.date}</time>, change: <CodeSpans text={change.text} /> }}
        >
          {'Changed {date}: {change}'}
        </Translate>
      </span>
    </>
  );
}
