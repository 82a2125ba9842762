/**
 * Build-time check of MDX pages: every `<RequestTabs endpoint=… request=…/>` must name
 * a pair that exists in the registry, as plain string attributes. MDX is not type-checked,
 * so this is where a typo in a page becomes a failed build instead of a broken page.
 */
import { findRequest, registry } from '../src/requests';

interface Node {
  type: string;
  name?: string | null;
  attributes?: { type: string; name?: string; value?: unknown }[];
  children?: Node[];
  position?: { start: { line: number } };
}

interface VFileLike {
  path?: string;
}

const COMPONENTS = new Set(['RequestTabs', 'ExampleResponse', 'ParamTable', 'ParamNotes']);

function stringAttribute(node: Node, name: string): string | undefined {
  const attribute = node.attributes?.find((a) => a.type === 'mdxJsxAttribute' && a.name === name);
  return typeof attribute?.value === 'string' ? attribute.value : undefined;
}

function problemWith(node: Node): string | undefined {
  const endpoint = stringAttribute(node, 'endpoint');
  const request = stringAttribute(node, 'request');
  if (endpoint === undefined || request === undefined) {
    return `<${node.name}> needs endpoint="…" and request="…" as plain strings`;
  }
  if (findRequest(endpoint, request)) return undefined;
  const known = Object.entries(registry)
    .flatMap(([group, { requests }]) => Object.keys(requests).map((id) => `${group}/${id}`))
    .join(', ');
  return `<${node.name}> names endpoint "${endpoint}" / request "${request}", which is not in the registry (src/requests). Known: ${known}`;
}

function* jsxElements(node: Node): Generator<Node> {
  if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && node.name && COMPONENTS.has(node.name)) {
    yield node;
  }
  for (const child of node.children ?? []) yield* jsxElements(child);
}

export default function remarkRequestGuard() {
  return (tree: Node, file: VFileLike): void => {
    for (const node of jsxElements(tree)) {
      const problem = problemWith(node);
      if (problem) {
        const line = node.position ? `:${node.position.start.line}` : '';
        throw new Error(`${file.path ?? 'an MDX page'}${line}: ${problem}`);
      }
    }
  };
}
