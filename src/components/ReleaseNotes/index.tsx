import React from 'react';
import Translate, { translate } from '@docusaurus/Translate';
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
        <link rel="alternate" type="application/atom+xml" title={translate({ id: 'callbell.releaseNotes.feedTitle', message: 'Callbell API release notes', description: "Release notes page: the feed's name, as the page's head links it" })} href={feed} />
      </Head>
      <p>
        <Translate
          id="callbell.releaseNotes.follow"
          description="Release notes page: the link to their Atom feed; {feed} is the link, its words from callbell.releaseNotes.feedLink"
          values={{
            feed: (
              <a href={feed}>
                <Translate id="callbell.releaseNotes.feedLink" description="Release notes page: the words of the link to their Atom feed">
                  the release notes as an Atom feed
                </Translate>
              </a>
            ),
          }}
        >
          {'Follow them in a feed reader: {feed}.'}
        </Translate>
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
