/** The release notes as an Atom feed (the `feed` library writes it): one entry per release, its lines as HTML with absolute links. */
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { Feed } from 'feed';
import { noteLine } from '../../src/components/ReleaseNotes/lines';
import { feedPath, notesPage, type NoteItem, type ReleaseNote } from '../../src/components/ReleaseNotes/notes';

/** `siteUrl`: the site's address with its base path, ending in `/` (`https://docs.example.com/`). */
export function releaseNotesFeed(notes: readonly ReleaseNote[], siteUrl: string): string {
  const absolute = (path: string) => new URL(path.replace(/^\//, ''), siteUrl).href;
  const page = absolute(notesPage);
  // Plain elements only: the build's React renders no component of ours here.
  const line = ({ parts }: NoteItem, index: number) =>
    createElement('li', { key: index }, noteLine({ parts: parts.map((part) => (typeof part === 'string' ? part : { ...part, href: absolute(part.href) })) }, 'a'));
  const newest = notes.map(({ date }) => date).reduce((a, b) => (a > b ? a : b));
  const feed = new Feed({
    id: page,
    title: 'Callbell API release notes',
    description: 'What each release of the Callbell REST API added or changed.',
    link: page,
    language: 'en',
    updated: new Date(newest),
    feedLinks: { atom: absolute(feedPath) },
  });
  for (const note of notes) {
    feed.addItem({
      id: `${page}#${note.date}`,
      link: `${page}#${note.date}`,
      title: `${note.date}: ${note.title}`,
      date: new Date(note.date),
      content: renderToStaticMarkup(createElement('ul', null, note.items.map(line))),
    });
  }
  return feed.atom1();
}
