import { describe, expect, it } from 'vitest';
import type { ReleaseNote } from '../../src/components/ReleaseNotes/notes';
import { elementIds, type BuiltSite } from './built-site';
import { releaseNotesProblems } from './check';

/** A built site of two pages, as HTML the way Docusaurus minifies it (attributes unquoted). */
const pages: Record<string, string> = {
  '/api_reference/contacts_api/post_contacts': '<main><table><tr id=body-note><td>note</td></tr></table></main>',
  '/api_reference/introduction': '<main><h2 id="your-first-request">Your first request</h2></main>',
};
const site: BuiltSite = { ids: (path) => (path in pages ? elementIds(pages[path]!) : undefined) };

const list = [
  { date: '2026-07-01', title: 'Notes' },
  { date: '2024-07-25', title: 'Samples' },
];
const note = (date: string, title: string, href: string): ReleaseNote => ({ date, title, items: [{ parts: ['New parameter `note` in ', { label: 'POST /contacts', href }, '.'] }] });
const notes = [note('2026-07-01', 'Notes', '/api_reference/contacts_api/post_contacts#body-note'), note('2024-07-25', 'Samples', '/api_reference/introduction#your-first-request')];

describe('the release notes build check', () => {
  it('finds nothing wrong when every link reaches an element and every marked date is a release', () => {
    expect(releaseNotesProblems(list, notes, ['2026-07-01'], site)).toEqual([]);
  });

  it('refuses a release that links to nothing', () => {
    expect(releaseNotesProblems(list, [notes[0]!, { date: '2024-07-25', title: 'Samples', items: [] }], [], site)).toEqual([
      "2024-07-25 (Samples) links to nothing: mark what it added with since: '2024-07-25' where the registry describes it, or give the release extras",
    ]);
  });

  it('refuses a link to a page the build did not write, and to an id its page lacks', () => {
    const broken = [note('2026-07-01', 'Notes', '/api_reference/contacts_api/post_contact#body-note'), note('2024-07-25', 'Samples', '/api_reference/introduction#first-request')];
    expect(releaseNotesProblems(list, broken, [], site)).toEqual([
      '2026-07-01 (Notes): "POST /contacts" links to /api_reference/contacts_api/post_contact#body-note, and the site has no page /api_reference/contacts_api/post_contact',
      '2024-07-25 (Samples): "POST /contacts" links to /api_reference/introduction#first-request, and /api_reference/introduction has no element with the id "first-request"',
    ]);
  });

  it('refuses a marked date that no release has', () => {
    expect(releaseNotesProblems(list, notes, ['2026-07-01', '2026-07-02'], site)).toEqual([
      'a since or change mark names 2026-07-02, and src/requests/releases.ts has no release of that date: add it, or correct the mark',
    ]);
  });

  it('refuses releases out of order, or a date twice', () => {
    expect(releaseNotesProblems([...list].reverse(), notes, [], site)).toEqual(['src/requests/releases.ts lists 2026-07-01 after 2024-07-25: newest first, each date once']);
    expect(releaseNotesProblems([list[0]!, list[0]!], [notes[0]!, notes[0]!], [], site)).toEqual(['src/requests/releases.ts lists 2026-07-01 after 2026-07-01: newest first, each date once']);
  });
});
