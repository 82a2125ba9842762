import React, { useId, useMemo, useState } from 'react';
import Translate, { translate } from '@docusaurus/Translate';
import { bodyPage, formatSize, pageCount } from './bodyPages';
import { responseBodyLabel } from './bodyLabel';
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
      setCopyState(
        translate(
          { id: 'callbell.tryIt.largeBody.copied', message: 'Copied the whole body ({size}).', description: 'Try-it panel, large answer: after copying its body; {size} is its size (2.1 MB)' },
          { size: formatSize(bytes.length) },
        ),
      );
    } catch (error) {
      setCopyState(
        translate(
          {
            id: 'callbell.tryIt.largeBody.notCopied',
            message: 'Could not copy: {why}. Download the body instead.',
            description: "Try-it panel, large answer: copying failed; {why} is the browser's own message, in English",
          },
          { why: (error as Error).message },
        ),
      );
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
        <Translate
          id="callbell.tryIt.largeBody.extent"
          description="Try-it panel, large answer: which part of its body is shown; {size} is its size (2.1 MB), {part} and {parts} which part of how many, {from}, {to} and {total} byte counts"
          values={{
            size: formatSize(bytes.length),
            part: index + 1,
            parts: pages,
            from: (page.start + 1).toLocaleString('en'),
            to: page.end.toLocaleString('en'),
            total: bytes.length.toLocaleString('en'),
          }}
        >
          {'The body is {size}, too large to highlight: showing part {part} of {parts}, bytes {from}–{to} of {total}, as plain text.'}
        </Translate>
      </p>
      <div className={styles.inline}>
        <button type="button" className="button button--sm button--secondary" disabled={index === 0} onClick={() => setIndex(index - 1)}>
          <Translate id="callbell.tryIt.largeBody.previous" description="Try-it panel, large answer: shows the previous part of its body">
            Previous part
          </Translate>
        </button>
        <button type="button" className="button button--sm button--secondary" disabled={index === pages - 1} onClick={() => setIndex(index + 1)}>
          <Translate id="callbell.tryIt.largeBody.next" description="Try-it panel, large answer: shows the next part of its body">
            Next part
          </Translate>
        </button>
        <button type="button" className="button button--sm button--outline button--primary" onClick={() => void copy()}>
          <Translate id="callbell.tryIt.largeBody.copy" description="Try-it panel, large answer: copies its whole body">
            Copy whole body
          </Translate>
        </button>
        <button type="button" className="button button--sm button--outline button--primary" onClick={download}>
          <Translate id="callbell.tryIt.largeBody.download" description="Try-it panel, large answer: downloads its whole body as a file">
            Download whole body
          </Translate>
        </button>
      </div>
      <p role="status" className={styles.help}>
        {copyState}
      </p>
      {/* Focusable, so a keyboard can scroll it. */}
      <pre className={styles.plainBody} tabIndex={0} aria-label={responseBodyLabel()} aria-describedby={`${id}-extent`}>
        {page.text}
      </pre>
    </div>
  );
}
