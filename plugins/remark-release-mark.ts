/**
 * Under the title of a page whose subject a later release brought (a request, a group, a webhook
 * event, an object type), in any language, a line saying when, linked to that release's notes:
 * `<ReleaseMark>` ("Added on 10 February 2026.", src/components/ReleaseMark). Written into the
 * page at build, so no page carries the registry's marks in its scripts; the notes
 * (src/components/ReleaseNotes/notes.ts) say which pages.
 */
import { notesPage, pageReleases } from '../src/components/ReleaseNotes/notes';

interface Node {
  type: string;
  name?: string | null;
  depth?: number;
  value?: string;
  url?: string;
  attributes?: { type: 'mdxJsxAttribute'; name: string; value: string }[];
  children?: Node[];
}

const releasesByPage = pageReleases();

/**
 * A page's path on the site from its file, English or translated (the language's prefix aside):
 * `…/docs/api_reference/plan_api/get_plan.mdx` and
 * `…/i18n/es/docusaurus-plugin-content-docs/current/api_reference/plan_api/get_plan.mdx` → `/api_reference/plan_api/get_plan`.
 */
export function sitePath(file: string): string | undefined {
  return /\/(?:docs|i18n\/[^/]+\/docusaurus-plugin-content-docs\/current)(\/.+)\.mdx?$/.exec(file)?.[1];
}

/** Front matter and imports, which stay first. */
const isPreamble = (node: Node) => node.type === 'yaml' || node.type === 'mdxjsEsm';

/** A page's title: its `# heading`, or the `<header>` Docusaurus's own plugin, run before this one, wraps it in. */
const isTitle = (node: Node) => (node.type === 'heading' && node.depth === 1) || (node.type === 'mdxJsxFlowElement' && node.name === 'header');

/** Where the line goes: after the page's title, or before its first block when it has none. */
function underTitle(children: readonly Node[]): number {
  const title = children.findIndex(isTitle);
  if (title >= 0) return title + 1;
  const first = children.findIndex((node) => !isPreamble(node));
  return first < 0 ? children.length : first;
}

export default function remarkReleaseMark() {
  return (root: Node, file: { path?: string }): void => {
    const page = file.path === undefined ? undefined : sitePath(file.path);
    const date = page === undefined ? undefined : releasesByPage.get(page);
    if (date === undefined) return;
    const children = (root.children ??= []);
    const attribute = (name: string, value: string) => ({ type: 'mdxJsxAttribute' as const, name, value });
    children.splice(underTitle(children), 0, { type: 'mdxJsxFlowElement', name: 'ReleaseMark', attributes: [attribute('date', date), attribute('notes', `${notesPage}#${date}`)], children: [] });
  };
}
