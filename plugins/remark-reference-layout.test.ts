/**
 * How an endpoint page is grouped into rows of prose and examples, on MDX parsed by the same
 * MDX parser Docusaurus uses. Each block is summed up as its heading text, its component's name
 * or its kind, so a row reads like the page.
 */
import { createProcessor } from '@mdx-js/mdx';
import { describe, expect, it } from 'vitest';
import remarkReferenceLayout from './remark-reference-layout';

interface Node {
  type: string;
  name?: string | null;
  depth?: number;
  value?: string;
  children?: Node[];
}

const text = (node: Node): string => node.value ?? (node.children ?? []).map(text).join('');

function summary(node: Node): string {
  if (node.type === 'heading') return `h${node.depth} ${text(node)}`;
  if (node.type === 'mdxJsxFlowElement') return `<${node.name}>`;
  return node.type;
}

/** The page after the plugin: its top-level node types, and each row as [left, right] summaries. */
function layOut(mdx: string): { top: string[]; rows: [string[], string[]][] } {
  const root = createProcessor().parse(mdx) as Node;
  remarkReferenceLayout()(root);
  const layout = root.children!.find((node) => node.name === 'ReferenceLayout');
  return {
    top: root.children!.map(summary),
    rows: (layout?.children ?? []).map((row) => {
      const [prose, examples] = row.children!;
      return [prose!.children!.map(summary), (examples?.children ?? []).map(summary)];
    }),
  };
}

const imports = `import RequestTabs from "@site/src/components/Requests/RequestTabs"\nimport ExampleResponse from "@site/src/components/Requests/ExampleResponse"\n\n`;

describe('the two-column layout of an endpoint page', () => {
  it('puts the request beside its parameters and the answer beside its fields', () => {
    const page = `${imports}# PATCH /contacts/:uuid

Updates a contact.

## Required Parameters

A table.

## Optional Parameters

Another table.

## Example Request

<RequestTabs endpoint="contacts_api" request="patch_contacts"/>

## Response

The fields.

## Example Response

<ExampleResponse endpoint="contacts_api" request="patch_contacts"/>

## Notes

More prose.
`;
    const { top, rows } = layOut(page);
    expect(top).toEqual(['mdxjsEsm', '<ReferenceLayout>']);
    expect(rows).toEqual([
      [
        ['h1 PATCH /contacts/:uuid', 'paragraph', 'h2 Required Parameters', 'paragraph', 'h2 Optional Parameters', 'paragraph'],
        ['h2 Example Request', '<RequestTabs>'],
      ],
      [['h2 Response', 'paragraph'], ['h2 Example Response', '<ExampleResponse>']],
      [['h2 Notes', 'paragraph'], []],
    ]);
  });

  it('keeps each of several examples beside its own section, and a bare heading with what follows it', () => {
    const page = `${imports}# Send

## Parameters

A table.

## Example Request

A text message:

<RequestTabs endpoint="messages_api" request="post_send_messages" example="text"/>

## Media messages

Set the type.

### An image

<RequestTabs endpoint="messages_api" request="post_send_messages" example="image"/>

### An image with a caption

The caption goes in text.

<RequestTabs endpoint="messages_api" request="post_send_messages" example="image_caption"/>

A line after the example.

## Response

The fields.

## Example Responses

### Without fields

<ExampleResponse endpoint="messages_api" request="post_send_messages"/>

### With fields

<ExampleResponse endpoint="messages_api" request="post_send_messages" example="fields_contact"/>
`;
    expect(layOut(page).rows).toEqual([
      [['h1 Send', 'h2 Parameters', 'paragraph', 'h2 Example Request', 'paragraph'], ['<RequestTabs>']],
      [['h2 Media messages', 'paragraph'], ['h3 An image', '<RequestTabs>']],
      [['h3 An image with a caption', 'paragraph', 'paragraph'], ['<RequestTabs>']],
      [['h2 Response', 'paragraph'], ['h2 Example Responses', 'h3 Without fields', '<ExampleResponse>', 'h3 With fields', '<ExampleResponse>']],
    ]);
  });

  it('leaves a page without examples as it is', () => {
    const page = `# Errors\n\n## Codes\n\nA table.\n`;
    expect(layOut(page).top).toEqual(['h1 Errors', 'h2 Codes', 'paragraph']);
  });
});
