/**
 * The release notes' build check: what would make the page or the feed promise what the site
 * does not hold. Each problem is a sentence naming the release and what to do.
 */
import type { Release } from '../../src/requests/releases';
import type { ReleaseNote } from '../../src/components/ReleaseNotes/notes';
import type { BuiltSite } from './built-site';

/** Releases newest first, each date once, so the page and the feed read in one order. */
function orderProblems(list: readonly Release[]): string[] {
  return list.flatMap((release, index) => {
    const before = list[index - 1];
    return before && before.date <= release.date ? [`src/requests/releases.ts lists ${release.date} after ${before.date}: newest first, each date once`] : [];
  });
}

/** A link goes to a page the build wrote, and to an element of it when it names one. */
function linkProblem(site: BuiltSite, release: string, label: string, href: string): string | undefined {
  const [page = '', fragment] = href.split('#');
  const ids = site.ids(page);
  if (ids === undefined) return `${release}: "${label}" links to ${href}, and the site has no page ${page}`;
  if (fragment !== undefined && !ids.has(decodeURIComponent(fragment))) return `${release}: "${label}" links to ${href}, and ${page} has no element with the id "${fragment}"`;
  return undefined;
}

export function releaseNotesProblems(list: readonly Release[], notes: readonly ReleaseNote[], markedDates: readonly string[], site: BuiltSite): string[] {
  const released = new Set(list.map(({ date }) => date));
  const unreleased = markedDates
    .filter((date) => !released.has(date))
    .map((date) => `a since or change mark names ${date}, and src/requests/releases.ts has no release of that date: add it, or correct the mark`);
  const links = notes.flatMap(({ date, title, items }) => {
    const release = `${date} (${title})`;
    if (items.length === 0) return [`${release} links to nothing: mark what it added with since: '${date}' where the registry describes it, or give the release extras`];
    return items.flatMap(({ parts }) =>
      parts.flatMap((part) => (typeof part === 'string' ? [] : [linkProblem(site, release, part.label, part.href)].filter((problem): problem is string => problem !== undefined))),
    );
  });
  return [...orderProblems(list), ...unreleased, ...links];
}
