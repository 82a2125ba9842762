import React, { useEffect, useState } from 'react';
import type { DocumentedAnswer } from '../documentedAnswer';
import type { SchemaCheck } from './schemaCheck';
import { PARSE_LIMIT, formatSize } from './bodyPages';
import styles from '../styles.module.css';

/** Differences listed; the count says how many more there are. */
const SHOWN = 20;

interface Props {
  /** The schema the reference documents for this answer, and what it is called. */
  documented: DocumentedAnswer | undefined;
  status: number;
  body: Uint8Array<ArrayBuffer>;
}

/** Says whether the answer's body matches its documented schema, and where it does not. */
export default function SchemaVerdict({ documented, status, body }: Props): React.JSX.Element {
  const [check, setCheck] = useState<SchemaCheck>();
  const checkable = documented !== undefined && body.length > 0 && body.length <= PARSE_LIMIT;
  useEffect(() => {
    if (!checkable) return;
    let current = true;
    // Ajv comes with the first answer, not with the panel.
    void import('./schemaCheck').then(({ checkAgainstSchema }) => {
      if (current) setCheck(checkAgainstSchema(documented.schema, new TextDecoder().decode(body)));
    });
    return () => {
      current = false;
    };
  }, [checkable, documented, body]);

  if (!documented) return <p className={styles.help}>The reference documents no body for a {status} answer from this server.</p>;
  if (body.length === 0) return <p className={styles.help}>No body to check against {documented.name}.</p>;
  if (!checkable) return <p className={styles.help}>Not checked against {documented.name}: the body is over {formatSize(PARSE_LIMIT)}.</p>;
  if (!check) return <p className={styles.help}>Checking against {documented.name}…</p>;
  switch (check.kind) {
    case 'matches':
      return <p className={styles.help}>Matches the documented schema ({documented.name}).</p>;
    case 'not-json':
      return <p className={styles.problem}>The body is not JSON, though {documented.name} is.</p>;
    case 'differs': {
      const more = check.differences.length - SHOWN;
      return (
        <div className={styles.problem}>
          <p>
            Differs from the documented schema ({documented.name}) in {check.differences.length} place{check.differences.length === 1 ? '' : 's'}:
          </p>
          <ul>
            {check.differences.slice(0, SHOWN).map((difference) => (
              <li key={difference}>
                <code>{difference}</code>
              </li>
            ))}
          </ul>
          {more > 0 && <p>and {more} more.</p>}
        </div>
      );
    }
  }
}
