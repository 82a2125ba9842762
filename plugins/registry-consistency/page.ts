/**
 * What a page holds that the registry also knows, read from its Markdown tree in document order:
 * the requests and object types its components name, the tables and code blocks written by hand,
 * each with the headings it sits under.
 */

/** The part of an mdast/MDX node this check reads. */
export interface MarkdownNode {
  type: string;
  name?: string | null;
  value?: unknown;
  lang?: string | null;
  meta?: string | null;
  depth?: number;
  attributes?: { type: string; name?: string; value?: unknown }[];
  children?: MarkdownNode[];
  position?: { start: { line: number } };
}

export interface Heading {
  readonly depth: number;
  readonly text: string;
}

interface Placed {
  readonly line?: number;
  /** The headings it sits under, outermost first. */
  readonly headings: readonly Heading[];
}

export interface HandTable extends Placed {
  /** The text of each header cell. */
  readonly header: readonly string[];
  /** What each body row names in its first cell: its code span, or its text. */
  readonly names: readonly string[];
}

export interface CodeBlock extends Placed {
  readonly lang: string;
  /** `title="response.json" response="auth_api/me"` → `{ title: 'response.json', response: 'auth_api/me' }`. */
  readonly meta: Readonly<Record<string, string>>;
  readonly value: string;
}

export interface RequestRef {
  readonly endpoint: string;
  readonly request: string;
}

/** A `<ParamTable>`: the request it names and the place of whose parameters (`location`, as written). */
export interface ParamTableRef extends Placed {
  readonly ref: RequestRef;
  readonly location: string | undefined;
}

export interface Page {
  /** The text of its first top-level heading. */
  readonly title?: string;
  /** Each request its components name, once. */
  readonly requests: readonly RequestRef[];
  /** `endpoint/request` of each request whose samples `<RequestTabs>` shows. */
  readonly requestTabs: ReadonlySet<string>;
  readonly paramTables: readonly ParamTableRef[];
  /** `endpoint/request` of each `<ResponseFields>`. */
  readonly responseFields: ReadonlySet<string>;
  /** The type of each `<ObjectFields>`. */
  readonly objectFields: ReadonlySet<string>;
  readonly tables: readonly HandTable[];
  readonly codeBlocks: readonly CodeBlock[];
}

const REQUEST_COMPONENTS = new Set(['RequestTabs', 'ParamTable', 'ResponseFields', 'ExampleResponse']);

export const requestKey = ({ endpoint, request }: RequestRef): string => `${endpoint}/${request}`;

export function textOf(node: MarkdownNode): string {
  if (node.type === 'text' || node.type === 'inlineCode') return String(node.value);
  return (node.children ?? []).map(textOf).join('');
}

/** A heading's words, without a Docusaurus id (`An image {#image}`). */
const headingText = (node: MarkdownNode) => textOf(node).replace(/\s*\{#[^}]*\}\s*$/, '').trim();

/** A row's name: the code span in its first cell (`` `uuid` ``), else that cell's text. */
function nameIn(cell: MarkdownNode | undefined): string {
  if (!cell) return '';
  const code = (cell.children ?? []).find((child) => child.type === 'inlineCode');
  return (code ? String(code.value) : textOf(cell)).trim();
}

function stringAttribute(node: MarkdownNode, name: string): string | undefined {
  const value = node.attributes?.find((attribute) => attribute.type === 'mdxJsxAttribute' && attribute.name === name)?.value;
  return typeof value === 'string' ? value : undefined;
}

/** `title="a b" response='x/y' flag=z` → `{ title: 'a b', response: 'x/y', flag: 'z' }`. */
export function parseMeta(meta: string | null | undefined): Record<string, string> {
  const attributes: Record<string, string> = {};
  for (const match of (meta ?? '').matchAll(/([\w-]+)=(?:"([^"]*)"|'([^']*)'|(\S+))/g)) {
    attributes[match[1]!] = match[2] ?? match[3] ?? match[4]!;
  }
  return attributes;
}

export function readPage(tree: MarkdownNode): Page {
  const trail: Heading[] = [];
  let title: string | undefined;
  const requests = new Map<string, RequestRef>();
  const requestTabs = new Set<string>();
  const paramTables: ParamTableRef[] = [];
  const responseFields = new Set<string>();
  const objectFields = new Set<string>();
  const tables: HandTable[] = [];
  const codeBlocks: CodeBlock[] = [];

  const visit = (node: MarkdownNode): void => {
    const line = node.position?.start.line;
    switch (node.type) {
      case 'heading': {
        const heading = { depth: node.depth ?? 1, text: headingText(node) };
        while (trail.length > 0 && trail.at(-1)!.depth >= heading.depth) trail.pop();
        trail.push(heading);
        if (heading.depth === 1) title ??= heading.text;
        return;
      }
      case 'table': {
        const [header, ...rows] = node.children ?? [];
        tables.push({
          line,
          headings: [...trail],
          header: (header?.children ?? []).map((cell) => textOf(cell).trim()),
          names: rows.map((row) => nameIn(row.children?.[0])),
        });
        return;
      }
      case 'code':
        codeBlocks.push({ line, headings: [...trail], lang: node.lang ?? '', meta: parseMeta(node.meta), value: String(node.value) });
        return;
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement':
        noteComponent(node, line);
        break;
      default:
        break;
    }
    for (const child of node.children ?? []) visit(child);
  };

  const noteComponent = (node: MarkdownNode, line: number | undefined): void => {
    if (node.name === 'ObjectFields') {
      const type = stringAttribute(node, 'type');
      if (type !== undefined) objectFields.add(type);
      return;
    }
    if (!node.name || !REQUEST_COMPONENTS.has(node.name)) return;
    const endpoint = stringAttribute(node, 'endpoint');
    const request = stringAttribute(node, 'request');
    if (endpoint === undefined || request === undefined) return;
    const ref = { endpoint, request };
    requests.set(requestKey(ref), ref);
    if (node.name === 'RequestTabs') requestTabs.add(requestKey(ref));
    if (node.name === 'ParamTable') paramTables.push({ ref, location: stringAttribute(node, 'location'), line, headings: [...trail] });
    if (node.name === 'ResponseFields') responseFields.add(requestKey(ref));
  };

  visit(tree);
  return { title, requests: [...requests.values()], requestTabs, paramTables, responseFields, objectFields, tables, codeBlocks };
}
