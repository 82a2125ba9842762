import React, { useState } from 'react';
import { useLocation } from '@docusaurus/router';
import styles from './styles.module.css';

type State = { kind: 'idle' } | { kind: 'copied' } | { kind: 'failed'; why: string };

/** Where a page's Markdown copy is: its URL plus `.md` (written at build, for assistants). */
export function markdownUrl(pathname: string): string {
  return `${pathname.replace(/\/$/, '') || '/index'}.md`;
}

/** "Copy page as Markdown", and a link to that Markdown, for pasting a page into an assistant. */
export default function CopyPageMarkdown(): React.JSX.Element {
  const { pathname } = useLocation();
  const [state, setState] = useState<State>({ kind: 'idle' });
  const url = markdownUrl(pathname);
  const copy = async () => {
    try {
      const response = await fetch(url);
      if (!response.ok) throw new Error(`the Markdown copy answered ${response.status} (it is made by npm run build)`);
      await navigator.clipboard.writeText(await response.text());
      setState({ kind: 'copied' });
    } catch (error) {
      setState({ kind: 'failed', why: (error as Error).message });
    }
  };
  return (
    <div className={styles.bar}>
      <button type="button" className="button button--sm button--outline button--secondary" onClick={() => void copy()}>
        Copy page as Markdown
      </button>
      <a href={url} className={styles.link}>
        View as Markdown
      </a>
      <span role="status" className={styles.status}>
        {state.kind === 'copied' ? 'Copied.' : state.kind === 'failed' ? `Not copied: ${state.why}.` : ''}
      </span>
    </div>
  );
}
