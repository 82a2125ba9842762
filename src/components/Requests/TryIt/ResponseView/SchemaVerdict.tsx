import React, { useEffect, useState } from 'react';
import Translate, { translate } from '@docusaurus/Translate';
import { usePluralForm } from '@docusaurus/theme-common';
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
  const { selectMessage } = usePluralForm();
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

  if (!documented) {
    return (
      <p className={styles.help}>
        <Translate id="callbell.tryIt.schema.undocumentedStatus" description="Try-it panel: an answer whose status the reference documents no body for; {status} is the HTTP status code" values={{ status }}>
          {'The reference documents no body for a {status} answer from this server.'}
        </Translate>
      </p>
    );
  }
  const name = documented.name;
  if (body.length === 0) {
    return (
      <p className={styles.help}>
        <Translate id="callbell.tryIt.schema.noBody" description="Try-it panel: an answer without a body; {name} is what it would be checked against (the 200 response of this request)" values={{ name }}>
          {'No body to check against {name}.'}
        </Translate>
      </p>
    );
  }
  if (!checkable) {
    return (
      <p className={styles.help}>
        <Translate
          id="callbell.tryIt.schema.tooLarge"
          description="Try-it panel: a body too large to check; {name} is what it would be checked against, {limit} a size (1.0 MB)"
          values={{ name, limit: formatSize(PARSE_LIMIT) }}
        >
          {'Not checked against {name}: the body is over {limit}.'}
        </Translate>
      </p>
    );
  }
  if (!check) {
    return (
      <p className={styles.help}>
        <Translate id="callbell.tryIt.schema.checking" description="Try-it panel: while the body is being checked; {name} is what it is checked against" values={{ name }}>
          {'Checking against {name}…'}
        </Translate>
      </p>
    );
  }
  switch (check.kind) {
    case 'matches':
      return (
        <p className={styles.help}>
          <Translate id="callbell.tryIt.schema.matches" description="Try-it panel: the body is as documented; {name} is what it was checked against" values={{ name }}>
            {'Matches the documented schema ({name}).'}
          </Translate>
        </p>
      );
    case 'not-json':
      return (
        <p className={styles.problem}>
          <Translate id="callbell.tryIt.schema.notJson" description="Try-it panel: the body is not JSON; {name} is what it was checked against" values={{ name }}>
            {'The body is not JSON, though {name} is.'}
          </Translate>
        </p>
      );
    case 'differs': {
      const count = check.differences.length;
      const more = count - SHOWN;
      return (
        <div className={styles.problem}>
          <p>
            {selectMessage(
              count,
              translate(
                {
                  id: 'callbell.tryIt.schema.differs',
                  message: 'Differs from the documented schema ({name}) in {count} place:|Differs from the documented schema ({name}) in {count} places:',
                  description:
                    'Try-it panel: the body is not as documented, a list of the differences follows; {name} is what it was checked against, {count} how many differences. Plural forms separated by |, as Docusaurus’s usePluralForm reads them',
                },
                { name, count },
              ),
            )}
          </p>
          <ul>
            {check.differences.slice(0, SHOWN).map((difference) => (
              <li key={difference}>
                <code>{difference}</code>
              </li>
            ))}
          </ul>
          {more > 0 && (
            <p>
              <Translate id="callbell.tryIt.schema.more" description="Try-it panel: after the first 20 differences of a body from its schema; {count} how many are not listed" values={{ count: more }}>
                {'and {count} more.'}
              </Translate>
            </p>
          )}
        </div>
      );
    }
  }
}
