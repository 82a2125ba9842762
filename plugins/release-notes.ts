/**
 * After the build: checks the release notes against the built site (every link reaches an
 * element, every marked date is a release; plugins/release-notes/check.ts) and writes their
 * Atom feed to `/release-notes.atom`, which the notes page's head links.
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { LoadContext, Plugin } from '@docusaurus/types';
import { releases } from '../src/requests/releases';
import { feedPath, markedDates, releaseNotes } from '../src/components/ReleaseNotes/notes';
import { builtSite } from './release-notes/built-site';
import { releaseNotesProblems } from './release-notes/check';
import { releaseNotesFeed } from './release-notes/feed';

export default function releaseNotesPlugin({ siteConfig }: LoadContext): Plugin {
  return {
    name: 'release-notes',
    async postBuild({ outDir }) {
      const notes = releaseNotes();
      const problems = releaseNotesProblems(releases, notes, markedDates(), builtSite(outDir));
      if (problems.length > 0) throw new Error(`The release notes do not match the site:\n- ${problems.join('\n- ')}`);
      await writeFile(join(outDir, feedPath.slice(1)), releaseNotesFeed(notes, `${siteConfig.url}${siteConfig.baseUrl}`));
    },
  };
}
