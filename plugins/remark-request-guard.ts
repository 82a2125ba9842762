/**
 * Build-time check of MDX pages: every request component (`<RequestTabs endpoint=… request=…/>`
 * and its siblings) must name a pair that exists in the registry, an `example` that request
 * documents, and `<ObjectFields type=…/>` an object type the registry has, all as plain string
 * attributes; and a request's page must end with its errors (errors-section.ts). MDX is not type-checked, so this is where a typo in a page becomes a failed build
 * instead of a broken page.
 */
import { findRequest, registry } from '../src/requests';
import type { RequestSpec } from '../src/requests/types';
import { isObjectTypeName, objectTypeNames } from '../src/requests/object-types';
import { errorsSectionProblem } from './errors-section';

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

type ExamplesOf = ((spec: RequestSpec) => string[]) | null;

/** The components that name a request, with the examples each may name (none for the tables). */
const REQUEST_COMPONENTS = new Map<string, ExamplesOf>([
  ['RequestTabs', (spec) => Object.keys(spec.examples)],
  ['ExampleResponse', (spec) => Object.keys(spec.response.otherExamples ?? {})],
  ['ParamTable', null],
  ['ResponseFields', null],
  ['RequestErrors', null],
]);

function attribute(node: Node, name: string): { value?: unknown } | undefined {
  return node.attributes?.find((a) => a.type === 'mdxJsxAttribute' && a.name === name);
}

function stringAttribute(node: Node, name: string): string | undefined {
  const value = attribute(node, name)?.value;
  return typeof value === 'string' ? value : undefined;
}

function requestProblem(node: Node, examplesOf: ExamplesOf): string | undefined {
  const endpoint = stringAttribute(node, 'endpoint');
  const request = stringAttribute(node, 'request');
  if (endpoint === undefined || request === undefined) {
    return `<${node.name}> needs endpoint="…" and request="…" as plain strings`;
  }
  const spec = findRequest(endpoint, request);
  if (!spec) {
    const known = Object.entries(registry)
      .flatMap(([group, { requests }]) => Object.keys(requests).map((id) => `${group}/${id}`))
      .join(', ');
    return `<${node.name}> names endpoint "${endpoint}" / request "${request}", which is not in the registry (src/requests). Known: ${known}`;
  }
  if (!examplesOf || attribute(node, 'example') === undefined) return undefined;
  const example = stringAttribute(node, 'example');
  if (example === undefined) return `<${node.name}> needs example="…" as a plain string`;
  const known = examplesOf(spec);
  if (known.includes(example)) return undefined;
  return `<${node.name}> names example "${example}" of ${endpoint}/${request}, which it does not document. Known: ${known.join(', ') || '(none)'}`;
}

function objectTypeProblem(node: Node): string | undefined {
  const type = stringAttribute(node, 'type');
  if (type === undefined) return `<${node.name}> needs type="…" as a plain string`;
  if (isObjectTypeName(type)) return undefined;
  return `<${node.name}> names object type "${type}", which is not in the registry (src/requests/object-types.ts). Known: ${objectTypeNames.join(', ')}`;
}

function problemWith(node: Node & { name: string }): string | undefined {
  if (node.name === 'ObjectFields') return objectTypeProblem(node);
  const examplesOf = REQUEST_COMPONENTS.get(node.name);
  return examplesOf === undefined ? undefined : requestProblem(node, examplesOf);
}

function* jsxElements(node: Node): Generator<Node & { name: string }> {
  if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && node.name) {
    yield node as Node & { name: string };
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
    const errorsProblem = errorsSectionProblem(tree);
    if (errorsProblem) throw new Error(`${file.path ?? 'an MDX page'}: ${errorsProblem}`);
  };
}
