/**
 * Marks the first `<RequestTabs>` of a page with `tokenNote`, so the note saying where the samples
 * read the token from is shown once per page, above its first samples, and not above each of
 * them (the send-message page has thirteen).
 */

interface Node {
  type: string;
  name?: string | null;
  attributes?: { type: string; name?: string; value?: unknown }[];
  children?: Node[];
}

function firstRequestTabs(node: Node): Node | undefined {
  if (node.type === 'mdxJsxFlowElement' && node.name === 'RequestTabs') return node;
  for (const child of node.children ?? []) {
    const found = firstRequestTabs(child);
    if (found) return found;
  }
  return undefined;
}

export default function remarkTokenNote() {
  return (root: Node): void => {
    const first = firstRequestTabs(root);
    // A boolean attribute, as `<RequestTabs tokenNote …/>` would be written.
    if (first) (first.attributes ??= []).push({ type: 'mdxJsxAttribute', name: 'tokenNote', value: null });
  };
}
