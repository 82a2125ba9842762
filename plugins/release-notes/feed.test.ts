import { describe, expect, it } from 'vitest';
import { parseFeed } from '@rowanmanning/feed-parser';
import { releaseNotes } from '../../src/components/ReleaseNotes/notes';
import { releaseNotesFeed } from './feed';

const siteUrl = 'https://docs.example.com/';
const feed = parseFeed(releaseNotesFeed(releaseNotes(), siteUrl));

describe('the Atom feed of the release notes', () => {
  it('is Atom a real feed parser reads, titled, linking the notes page and itself', () => {
    expect(feed.meta.type).toBe('atom');
    expect(feed.title).toBe('Callbell API release notes');
    expect(feed.url).toBe('https://docs.example.com/api_reference/release_notes');
    expect(feed.self).toBe('https://docs.example.com/release-notes.atom');
  });

  it("has one entry per release, newest first, each linking its release's heading on the page", () => {
    expect(feed.items).toHaveLength(40);
    expect(feed.updated?.toISOString()).toBe('2026-07-01T00:00:00.000Z');
    const [newest] = feed.items;
    expect(newest!.title).toBe('2026-07-01: A free-text note on each contact');
    expect(newest!.url).toBe('https://docs.example.com/api_reference/release_notes#2026-07-01');
    expect(newest!.updated?.toISOString()).toBe('2026-07-01T00:00:00.000Z');
    expect(new Set(feed.items.map((item) => item.id)).size).toBe(40);
  });

  it("holds each release's lines as HTML, code as code and links absolute", () => {
    const content = feed.items.find((item) => item.title?.startsWith('2026-02-06'))!.content;
    expect(content).toBe(
      '<ul><li>New parameter <code>active</code> in <a href="https://docs.example.com/api_reference/channels_api/get_channels#query-active"><code>GET /channels</code></a>.</li></ul>',
    );
  });

  it('escapes what it quotes: text stays text, in the HTML and in the XML around it', () => {
    const hostile = releaseNotesFeed([{ date: '2026-07-01', title: 'A <b> & ]]> "quote"', items: [{ parts: ['x < y & `a<b>`', { label: 'it', href: '/p?a=1&b=2' }] }] }], siteUrl);
    // The parser decodes the HTML's entities, so the HTML is read as the feed holds it.
    expect(hostile).toContain('<ul><li>x &lt; y &amp; <code>a&lt;b&gt;</code><a href="https://docs.example.com/p?a=1&amp;b=2">it</a></li></ul>');
    expect(parseFeed(hostile).items[0]!.title).toBe('2026-07-01: A <b> & ]]> "quote"');
  });
});
