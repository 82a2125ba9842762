import React from 'react';
import Translate, { translate } from '@docusaurus/Translate';
import ExactCodeBlock from '../../ExactCodeBlock';
import type { Answer } from '../send';
import { HIGHLIGHT_LIMIT, smallBody } from './bodyPages';
import LargeBody from './LargeBody';
import SchemaVerdict from './SchemaVerdict';
import { responseBodyLabel } from './bodyLabel';
import { sizeText } from './size';
import type { DocumentedAnswer } from '../documentedAnswer';
import styles from '../styles.module.css';

export function summary(answer: Answer): string {
  return `${answer.status} ${answer.statusText} · ${answer.duration} ms · ${sizeText(answer.headers, answer.body.length)}`;
}

function Body({ answer }: { answer: Answer }): React.JSX.Element {
  if (answer.body.length === 0) {
    return (
      <p className={styles.help}>
        <Translate id="callbell.tryIt.response.noBody" description="Try-it panel: an answer without a body">
          The response has no body.
        </Translate>
      </p>
    );
  }
  const contentType = answer.headers.find(([name]) => name === 'content-type')?.[1] ?? '';
  if (answer.body.length > HIGHLIGHT_LIMIT) return <LargeBody bytes={answer.body} contentType={contentType} />;
  const { text, language } = smallBody(answer.body);
  return (
    <ExactCodeBlock language={language} title={responseBodyLabel()}>
      {text}
    </ExactCodeBlock>
  );
}

interface Props {
  answer: Answer;
  /** The schema the reference documents for this answer's status, if any. */
  documented: DocumentedAnswer | undefined;
}

/** The server's answer: status, time, size, headers (collapsed), the body, and whether it is as documented. */
export default function ResponseView({ answer, documented }: Props): React.JSX.Element {
  const ok = answer.status < 300;
  return (
    <section className={styles.response} aria-label={translate({ id: 'callbell.tryIt.response.label', message: 'Response from the server', description: "Try-it panel: accessible name of the region holding the server's answer" })}>
      <p className={styles.statusLine}>
        <span className={`${styles.statusBadge} ${ok ? styles.statusOk : styles.statusError}`}>
          {answer.status} {answer.statusText}
        </span>{' '}
        <span>{answer.duration} ms</span> · <span>{sizeText(answer.headers, answer.body.length)}</span>
      </p>
      <details className={styles.headers}>
        <summary>
          <Translate id="callbell.tryIt.response.headers" description="Try-it panel: folded list of the answer's headers; {count} is how many" values={{ count: answer.headers.length }}>
            {'Response headers ({count})'}
          </Translate>
        </summary>
        <dl>
          {answer.headers.map(([name, value]) => (
            <React.Fragment key={name}>
              <dt>{name}</dt>
              <dd>{value}</dd>
            </React.Fragment>
          ))}
        </dl>
      </details>
      <SchemaVerdict documented={documented} status={answer.status} body={answer.body} />
      <Body answer={answer} />
    </section>
  );
}
