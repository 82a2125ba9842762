/**
 * Readies a built page's HTML for its Markdown copy (`<page>.md`, for assistants): each code
 * block becomes plain lines with its language (Docusaurus renders a line as a span and a
 * `<br>`, which would leave a blank line between lines and break a shell sample), each tab's
 * panel is headed by its tab's label ("cURL", "Python"…), and what only a browser uses (tab
 * lists, buttons, heading anchors, React's empty comments) is left out. A request block's tabs
 * hold the chosen language only (the page renders the others when picked), so the copy gets
 * every language's sample from the registry and the generators, each under its language's name.
 */
import type { Element, ElementContent, Root, RootContent } from 'hast';
import { apiBaseUrl, exampleValues, findRequest } from '../src/requests';
import { generateSample, languageIds, languages } from '../src/snippets';

type Parent = Root | Element;

const classes = (node: Element): string[] => {
  const value: unknown = node.properties?.className;
  return Array.isArray(value) ? value.map(String) : typeof value === 'string' ? value.split(' ') : [];
};

function text(node: ElementContent | RootContent): string {
  if (node.type === 'text') return node.value;
  if (node.type === 'element') return node.tagName === 'br' ? '' : node.children.map(text).join('');
  return '';
}

/** A code block as one `<pre><code class="language-x">` holding its lines. */
function plainCodeBlock(pre: Element): Element {
  const language = classes(pre).find((name) => name.startsWith('language-'));
  const code = pre.children.find((child): child is Element => child.type === 'element' && child.tagName === 'code');
  const lines = code ? code.children.filter((child): child is Element => child.type === 'element' && classes(child).includes('token-line')) : [];
  const value = lines.length > 0 ? lines.map(text).join('\n') : text(pre);
  return { type: 'element', tagName: 'pre', properties: {}, children: [{ type: 'element', tagName: 'code', properties: language ? { className: [language] } : {}, children: [{ type: 'text', value }] }] };
}

function* elements(node: Parent): Generator<Element> {
  for (const child of node.children) {
    if (child.type !== 'element') continue;
    yield child;
    yield* elements(child);
  }
}

/** Heads each tab panel of a tabs container with its tab's label. */
function labelPanels(container: Element): void {
  const list = [...elements(container)].find((node) => node.properties?.role === 'tablist');
  const labels = list ? [...elements(list)].filter((node) => node.properties?.role === 'tab').map((tab) => text(tab).trim()) : [];
  const panels = [...elements(container)].filter((node) => node.properties?.role === 'tabpanel');
  panels.forEach((panel, index) => {
    const label = labels[index];
    if (label) panel.children.unshift({ type: 'element', tagName: 'p', properties: {}, children: [{ type: 'element', tagName: 'strong', properties: {}, children: [{ type: 'text', value: label }] }] });
  });
}

const paragraph = (children: ElementContent[]): Element => ({ type: 'element', tagName: 'p', properties: {}, children });
const codeBlock = (language: string, value: string): Element => ({
  type: 'element',
  tagName: 'pre',
  properties: {},
  children: [{ type: 'element', tagName: 'code', properties: { className: [`language-${language}`] }, children: [{ type: 'text', value }] }],
});

/** The samples of a request block (`<section data-request="group/request" data-example="name">`), in every language. */
function everySample(block: Element): Element[] {
  const [endpoint = '', request = ''] = String(block.properties.dataRequest).split('/');
  const spec = findRequest(endpoint, request);
  if (!spec) throw new Error(`A request block names "${endpoint}/${request}", which the registry does not have.`);
  const example = block.properties.dataExample === undefined ? undefined : String(block.properties.dataExample);
  const values = exampleValues(spec, example);
  return languageIds.flatMap((id) => [
    paragraph([{ type: 'element', tagName: 'strong', properties: {}, children: [{ type: 'text', value: languages[id].label }] }]),
    codeBlock(languages[id].prism, generateSample(id, spec, values, apiBaseUrl)),
  ]);
}

function isDropped(node: ElementContent | RootContent): boolean {
  if (node.type === 'comment') return true;
  if (node.type !== 'element') return false;
  return node.tagName === 'button' || node.properties?.role === 'tablist' || classes(node).includes('hash-link');
}

function transform(parent: Parent, requestBlock?: Element): void {
  if (parent.type === 'element' && classes(parent).includes('tabs-container')) labelPanels(parent);
  const children: (ElementContent | RootContent)[] = [];
  for (const child of parent.children) {
    if (isDropped(child)) continue;
    if (requestBlock && child.type === 'element' && classes(child).includes('tabs-container')) {
      children.push(...everySample(requestBlock));
      continue;
    }
    if (child.type === 'element' && child.tagName === 'pre') {
      children.push(plainCodeBlock(child));
      continue;
    }
    if (child.type === 'element') transform(child, child.properties.dataRequest === undefined ? requestBlock : child);
    children.push(child);
  }
  parent.children = children as typeof parent.children;
}

export default function rehypeReadablePage() {
  return (tree: Root): void => transform(tree);
}
