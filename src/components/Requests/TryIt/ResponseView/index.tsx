import React from 'react';
import CodeBlock from '@theme/CodeBlock';
import type { Answer } from '../send';
import { HIGHLIGHT_LIMIT, formatSize, smallBody } from './bodyPages';
import LargeBody from './LargeBody';
import styles from '../styles.module.css';

export function summary(answer: Answer): string {
  return `${answer.status} ${answer.statusText} · ${answer.duration} ms · ${formatSize(answer.body.length)}`;
}

function Body({ answer }: { answer: Answer }): React.JSX.Element {
  if (answer.body.length === 0) return <p className={styles.help}>The response has no body.</p>;
  const contentType = answer.headers.find(([name]) => name === 'content-type')?.[1] ?? '';
  if (answer.body.length > HIGHLIGHT_LIMIT) return <LargeBody bytes={answer.body} contentType={contentType} />;
  const { text, language } = smallBody(answer.body);
  return (
    <CodeBlock language={language} title="Response body">
      {text}
    </CodeBlock>
  );
}

/** The server's answer: status, time, size, headers (collapsed) and the body. */
export default function ResponseView({ answer }: { answer: Answer }): React.JSX.Element {
  const ok = answer.status < 300;
  return (
    <section className={styles.response} aria-label="Response from the server">
      <p className={styles.statusLine}>
        <span className={`${styles.statusBadge} ${ok ? styles.statusOk : styles.statusError}`}>
          {answer.status} {answer.statusText}
        </span>{' '}
        <span>{answer.duration} ms</span> · <span>{formatSize(answer.body.length)}</span>
      </p>
      <details className={styles.headers}>
        <summary>Response headers ({answer.headers.length})</summary>
        <dl>
          {answer.headers.map(([name, value]) => (
            <React.Fragment key={name}>
              <dt>{name}</dt>
              <dd>{value}</dd>
            </React.Fragment>
          ))}
        </dl>
      </details>
      <Body answer={answer} />
    </section>
  );
}
