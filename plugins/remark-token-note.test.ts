/** Which request block of a page carries the token note, on MDX parsed by the parser Docusaurus uses. */
import { createProcessor } from '@mdx-js/mdx';
import { describe, expect, it } from 'vitest';
import remarkTokenNote from './remark-token-note';

interface Node {
  type: string;
  name?: string | null;
  attributes?: { type: string; name?: string }[];
  children?: Node[];
}

/** For each `<RequestTabs>` of the page, in order, whether it has the token note. */
function notes(mdx: string): boolean[] {
  const root = createProcessor().parse(mdx) as Node;
  remarkTokenNote()(root);
  const blocks: Node[] = [];
  const walk = (node: Node) => {
    if (node.name === 'RequestTabs') blocks.push(node);
    node.children?.forEach(walk);
  };
  walk(root);
  return blocks.map((block) => block.attributes!.some((attribute) => attribute.name === 'tokenNote'));
}

describe('remark-token-note', () => {
  it('gives the note to the first request block only', () => {
    const page = `# POST /messages/send\n\n<RequestTabs endpoint='messages_api' request='post_send_messages'/>\n\n## Image\n\n<RequestTabs endpoint='messages_api' request='post_send_messages' example='image'/>\n\n<RequestTabs endpoint='messages_api' request='post_send_messages' example='video'/>\n`;
    expect(notes(page)).toEqual([true, false, false]);
  });

  it('finds the first block inside other elements too', () => {
    expect(notes(`<details>\n\n<RequestTabs endpoint='auth_api' request='me'/>\n\n</details>\n\n<RequestTabs endpoint='auth_api' request='me'/>\n`)).toEqual([true, false]);
  });

  it('leaves a page without request blocks as it is', () => {
    expect(notes('# Errors\n\nEvery error has the same shape.\n')).toEqual([]);
  });
});
