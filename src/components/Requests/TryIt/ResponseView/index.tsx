import React from 'react';
import CodeBlock from '@theme/CodeBlock';
import type { Answer } from '../send';
import styles from '../styles.module.css';

function formatSize(bytes: number): string {
  return bytes < 1024 ? `${bytes} B` : `${(bytes / 1024).toFixed(1)} KB`;
}

/** Pretty JSON when the body is JSON; otherwise the text as it came. Always shown as text. */
function displayBody(body: string): { text: string; language: string } {
  try {
    return { text: JSON.stringify(JSON.parse(body), null, 2), language: 'json' };
  } catch {
    return { text: body, language: 'text' };
  }
}

export function summary(answer: Answer): string {
  return `${answer.status} ${answer.statusText} · ${answer.duration} ms · ${formatSize(answer.size)}`;
}

/** The server's answer: status, time, size, headers (collapsed) and the body with a copy button. */
export default function ResponseView({ answer }: { answer: Answer }): React.JSX.Element {
  const { text, language } = displayBody(answer.body);
  const ok = answer.status < 300;
  return (
    <section className={styles.response} aria-label="Response from the server">
      <p className={styles.statusLine}>
        <span className={`${styles.statusBadge} ${ok ? styles.statusOk : styles.statusError}`}>
          {answer.status} {answer.statusText}
        </span>{' '}
        <span>{answer.duration} ms</span> · <span>{formatSize(answer.size)}</span>
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
      {answer.body === '' ? <p className={styles.help}>The response has no body.</p> : <CodeBlock language={language} title="Response body">{text}</CodeBlock>}
    </section>
  );
}
