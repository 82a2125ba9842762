import React, { useId, useMemo, useState } from 'react';
import { bodyPage, formatSize, pageCount } from './bodyPages';
import styles from '../styles.module.css';

interface Props {
  bytes: Uint8Array<ArrayBuffer>;
  contentType: string;
}

/**
 * A body too large to highlight: one page of plain text at a time, with the whole body a
 * click away (copy, download). Only the page shown is decoded.
 */
export default function LargeBody({ bytes, contentType }: Props): React.JSX.Element {
  const id = useId();
  const [index, setIndex] = useState(0);
  const [copyState, setCopyState] = useState('');
  const pages = pageCount(bytes);
  const page = useMemo(() => bodyPage(bytes, index), [bytes, index]);

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(new TextDecoder().decode(bytes));
      setCopyState(`Copied the whole body (${formatSize(bytes.length)}).`);
    } catch (error) {
      setCopyState(`Could not copy: ${(error as Error).message}. Download the body instead.`);
    }
  };

  const download = () => {
    const url = URL.createObjectURL(new Blob([bytes], { type: contentType || 'application/octet-stream' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = contentType.includes('json') ? 'response.json' : 'response.txt';
    link.click();
    URL.revokeObjectURL(url);
  };

  return (
    <div className={styles.response}>
      <p id={`${id}-extent`} className={styles.help}>
        The body is {formatSize(bytes.length)}, too large to highlight: showing part {index + 1} of {pages}, bytes{' '}
        {(page.start + 1).toLocaleString('en')}–{page.end.toLocaleString('en')} of {bytes.length.toLocaleString('en')}, as plain text.
      </p>
      <div className={styles.inline}>
        <button type="button" className="button button--sm button--secondary" disabled={index === 0} onClick={() => setIndex(index - 1)}>
          Previous part
        </button>
        <button type="button" className="button button--sm button--secondary" disabled={index === pages - 1} onClick={() => setIndex(index + 1)}>
          Next part
        </button>
        <button type="button" className="button button--sm button--outline button--primary" onClick={() => void copy()}>
          Copy whole body
        </button>
        <button type="button" className="button button--sm button--outline button--primary" onClick={download}>
          Download whole body
        </button>
      </div>
      <p role="status" className={styles.help}>
        {copyState}
      </p>
      {/* Focusable, so a keyboard can scroll it. */}
      <pre className={styles.plainBody} tabIndex={0} aria-label="Response body" aria-describedby={`${id}-extent`}>
        {page.text}
      </pre>
    </div>
  );
}
