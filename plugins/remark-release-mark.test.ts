/** The "Added on …" line (`<ReleaseMark>`) under the title of a page whose subject a later release brought, on MDX parsed as Docusaurus parses it. */
import { createProcessor } from '@mdx-js/mdx';
import { describe, expect, it } from 'vitest';
import remarkReleaseMark, { sitePath } from './remark-release-mark';

interface Node {
  type: string;
  name?: string;
  value?: string;
  attributes?: { type: 'mdxJsxAttribute'; name: string; value: string }[];
  children?: Node[];
}

const text = (node: Node): string =>
  node.name === 'ReleaseMark' ? `<ReleaseMark ${(node.attributes ?? []).map(({ name, value }) => `${name}="${value}"`).join(' ')}/>` : (node.value ?? (node.children ?? []).map(text).join(''));

const mark = (date: string) => `<ReleaseMark date="${date}" notes="/api_reference/release_notes#${date}"/>`;

/** The page's top-level blocks as text, after the plugin, for a page at `<dir>/<file>` (English pages are in docs/). */
function blocks(file: string, mdx: string, dir = 'docs'): string[] {
  const root = createProcessor().parse(mdx) as Node;
  remarkReleaseMark()(root, { path: `/site/${dir}/${file}` });
  return (root.children ?? []).map(text);
}

describe('remark-release-mark', () => {
  it('says under the title of a request a later release added when it came, linked to its notes', () => {
    expect(blocks('api_reference/contacts_api/get_contact_bot.mdx', '# GET /contacts/:uuid/bot\n\nReads the bot.\n')).toEqual([
      'GET /contacts/:uuid/bot',
      mark('2024-03-11'),
      'Reads the bot.',
    ]);
  });

  it('dates a request that came with its group by the group, and so its introduction, an event and an object type', () => {
    expect(blocks('api_reference/channels_api/get_channel.mdx', '# GET /channels/:uuid\n')[1]).toBe(mark('2024-02-09'));
    expect(blocks('api_reference/channels_api/introduction.mdx', '# Channels API\n')[1]).toBe(mark('2024-02-09'));
    expect(blocks('api_reference/webhooks/agent_events/agent_session_updated.mdx', '# agent_session_updated\n')[1]).toBe(mark('2024-11-26'));
    expect(blocks('api_reference/object_types/message_context.mdx', '# MessageContext\n')[1]).toBe(mark('2024-11-21'));
  });

  it('puts the line after the <header> Docusaurus wraps a title in, and before the first block of a page without a title, after its imports', () => {
    expect(blocks('api_reference/plan_api/get_plan.mdx', 'import X from "x"\n\n<header>\n\n# GET /plan\n\n</header>\n\nReads the plan.\n')).toEqual([
      'import X from "x"',
      'GET /plan',
      mark('2026-02-10'),
      'Reads the plan.',
    ]);
    expect(blocks('api_reference/plan_api/get_plan.mdx', 'import X from "x"\n\nReads the plan.\n')).toEqual([
      'import X from "x"',
      mark('2026-02-10'),
      'Reads the plan.',
    ]);
  });

  it('marks a translated page as its English page', () => {
    expect(blocks('api_reference/plan_api/get_plan.mdx', '# GET /plan\n', 'i18n/fr/docusaurus-plugin-content-docs/current')[1]).toBe(mark('2026-02-10'));
  });

  it('leaves alone a page of what the first version had, and a page that is no docs page', () => {
    expect(blocks('api_reference/contacts_api/get_contact.mdx', '# GET /contacts/:uuid\n\nReads a contact.\n')).toEqual(['GET /contacts/:uuid', 'Reads a contact.']);
    const root = createProcessor().parse('# GET /plan\n') as Node;
    remarkReleaseMark()(root, {});
    expect((root.children ?? []).map(text)).toEqual(['GET /plan']);
  });

  it("reads a page's path on the site from its file", () => {
    expect(sitePath('/home/me/site/docs/api_reference/plan_api/get_plan.mdx')).toBe('/api_reference/plan_api/get_plan');
    expect(sitePath('/home/me/site/i18n/pt/docusaurus-plugin-content-docs/current/api_reference/plan_api/get_plan.mdx')).toBe('/api_reference/plan_api/get_plan');
    expect(sitePath('/home/me/site/src/pages/index.tsx')).toBeUndefined();
  });
});
