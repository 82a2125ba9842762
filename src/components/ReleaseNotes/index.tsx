import React from 'react';
import Head from '@docusaurus/Head';
import Link from '@docusaurus/Link';
import useBaseUrl from '@docusaurus/useBaseUrl';
import Heading from '@theme/Heading';
import { noteLine } from './lines';
import { feedPath, releaseDay, releaseNotes } from './notes';
import styles from './styles.module.css';

/**
 * The release notes, newest first, read off the registry's marks (notes.ts): a heading per
 * release, its id the release's date, and a list of what it added or changed, each linked to
 * the row or page that shows it. The page's head links the Atom feed of the same notes.
 */
export default function ReleaseNotes(): React.JSX.Element {
  const feed = useBaseUrl(feedPath);
  return (
    <>
      <Head>
        <link rel="alternate" type="application/atom+xml" title="Callbell API release notes" href={feed} />
      </Head>
      <p>
        Follow them in a feed reader: <a href={feed}>the release notes as an Atom feed</a>.
      </p>
      {releaseNotes().map((note) => (
        <section key={note.date} className={styles.release}>
          <Heading as="h2" id={note.date}>
            <time dateTime={note.date}>{releaseDay(note.date)}</time>: {note.title}
          </Heading>
          <ul>
            {note.items.map((item, index) => (
              <li key={index}>{noteLine(item, Link)}</li>
            ))}
          </ul>
        </section>
      ))}
    </>
  );
}
