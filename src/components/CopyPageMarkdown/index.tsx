import React, { useState } from 'react';
import Translate, { translate } from '@docusaurus/Translate';
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
      if (!response.ok) {
        throw new Error(
          translate(
            {
              id: 'callbell.copyPage.notBuilt',
              message: 'the Markdown copy answered {status} (it is made by npm run build)',
              description: 'Copy page button: why copying failed, after "Not copied:"; {status} is an HTTP status code; "npm run build" is a command, keep it as is',
            },
            { status: response.status },
          ),
        );
      }
      await navigator.clipboard.writeText(await response.text());
      setState({ kind: 'copied' });
    } catch (error) {
      setState({ kind: 'failed', why: (error as Error).message });
    }
  };
  return (
    <div className={styles.bar}>
      <button type="button" className="button button--sm button--outline button--secondary" onClick={() => void copy()}>
        <Translate id="callbell.copyPage.copy" description="Above every page: button copying the page as Markdown">
          Copy page as Markdown
        </Translate>
      </button>
      <a href={url} className={styles.link}>
        <Translate id="callbell.copyPage.view" description="Above every page: link to the page as Markdown">
          View as Markdown
        </Translate>
      </a>
      <span role="status" className={styles.status}>
        {state.kind === 'copied'
          ? translate({ id: 'callbell.copyPage.copied', message: 'Copied.', description: 'Above every page: said after the page was copied as Markdown' })
          : state.kind === 'failed'
            ? translate({ id: 'callbell.copyPage.failed', message: 'Not copied: {why}.', description: "Above every page: copying the page failed; {why} says why (the browser's message may be in English)" }, { why: state.why })
            : ''}
      </span>
    </div>
  );
}
