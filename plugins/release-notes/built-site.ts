/** The built site as the release-notes check reads it: which pages exist, and the ids each has. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { visit } from 'unist-util-visit';

export interface BuiltSite {
  /** The ids of the page at a site path (`/api_reference/x`), or `undefined` when no page is there. */
  ids(pagePath: string): ReadonlySet<string> | undefined;
}

/** The ids of an HTML document's elements. */
export function elementIds(html: string): Set<string> {
  const ids = new Set<string>();
  visit(fromHtml(html) as Root, 'element', (element: Element) => {
    const { id } = element.properties;
    if (typeof id === 'string') ids.add(id);
  });
  return ids;
}

/** The site Docusaurus wrote to `outDir`: a page at `/x` is `x/index.html` (or `x.html`, with `trailingSlash: false`). */
export function builtSite(outDir: string): BuiltSite {
  const pages = new Map<string, Set<string> | undefined>();
  return {
    ids(pagePath) {
      if (!pages.has(pagePath)) {
        const file = [join(outDir, pagePath, 'index.html'), join(outDir, `${pagePath}.html`)].find((candidate) => existsSync(candidate));
        pages.set(pagePath, file === undefined ? undefined : elementIds(readFileSync(file, 'utf8')));
      }
      return pages.get(pagePath);
    },
  };
}
