/**
 * A request's page ends with its errors: the page titled `METHOD /path` of a request must close
 * with an `## Errors` section (anchor `#errors`, in any language) that shows `<RequestErrors>` for
 * that very request, so no request page leaves them out and none shows another request's.
 * Docusaurus has wrapped the title in a `<header>` and given headings their ids when this runs.
 */
import { createSlugger } from '@docusaurus/utils';
import { allRequests } from '../src/requests';

interface Node {
  type: string;
  depth?: number;
  value?: string;
  name?: string | null;
  attributes?: { type: string; name?: string; value?: unknown }[];
  children?: Node[];
  data?: { id?: string };
}

const text = (node: Node): string => node.value ?? (node.children ?? []).map(text).join('');

const pageTitles = new Map(allRequests().map(({ endpoint, id, spec }) => [`${spec.method} ${spec.path}`, { endpoint, id }]));

function names(node: Node, endpoint: string, id: string): boolean {
  const value = (name: string) => node.attributes?.find((a) => a.type === 'mdxJsxAttribute' && a.name === name)?.value;
  return node.name === 'RequestErrors' && value('endpoint') === endpoint && value('request') === id;
}

function contains(node: Node, found: (node: Node) => boolean): boolean {
  return found(node) || (node.children ?? []).some((child) => contains(child, found));
}

const isTitle = (node: Node) => node.type === 'heading' && node.depth === 1;
const findTitle = (node: Node): Node | undefined => (isTitle(node) ? node : (node.children ?? []).map(findTitle).find(Boolean));
/** A heading's anchor: the id Docusaurus gave it, else the one it would. */
const anchorOf = (heading: Node) => heading.data?.id ?? createSlugger().slug(text(heading).trim());

/** What is wrong with the page's errors section, if it is a request's page. */
export function errorsSectionProblem(tree: Node): string | undefined {
  const blocks = tree.children ?? [];
  const title = findTitle(tree);
  const request = title && pageTitles.get(text(title).trim());
  if (!request) return undefined;
  const wanted = `an "## Errors" section holding <RequestErrors endpoint='${request.endpoint}' request='${request.id}'/>`;
  const lastSection = blocks.map((node) => node.type === 'heading' && node.depth === 2).lastIndexOf(true);
  if (lastSection === -1 || anchorOf(blocks[lastSection]!) !== 'errors') return `the page of ${text(title!).trim()} must end with ${wanted}`;
  const section = blocks.slice(lastSection + 1);
  if (!section.some((node) => contains(node, (inner) => names(inner, request.endpoint, request.id)))) return `its "## Errors" section must hold <RequestErrors endpoint='${request.endpoint}' request='${request.id}'/>`;
  return undefined;
}
