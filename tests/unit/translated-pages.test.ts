/**
 * Each translated page is its English page in another language, and nothing else: the same
 * imports, components and attributes, code, links, tables of names and heading anchors. The
 * build's registry checks read the English pages (plugins/remark-registry-consistency.ts), so what
 * they prove holds for every translation. And each locale translates the pages the site promises.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Root, RootContent } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { createSlugger } from '@docusaurus/utils';
import { visit } from 'unist-util-visit';
import { describe, expect, it } from 'vitest';
import { translatedLocales } from '@site/src/locales';

/** The pages every translated locale has: conventions, guides, the Contacts and Messages APIs and the types they use. */
const promised = [
  'index.mdx',
  'sandbox.mdx',
  ...['introduction', 'base_url', 'authorization', 'format_and_headers', 'pagination', 'rate_limits', 'errors', 'postman_collection', 'getting_started', 'release_notes'].map((page) => `api_reference/${page}.mdx`),
  ...['contacts_api', 'messages_api', 'recipes'].flatMap((dir) => readdirSync(`docs/api_reference/${dir}`).filter((file) => file.endsWith('.mdx')).map((file) => `api_reference/${dir}/${file}`)),
  ...['contact', 'conversation', 'bot', 'custom_field_type', 'message_send_request', 'message', 'message_content', 'message_type', 'message_status'].map((type) => `api_reference/object_types/${type}.mdx`),
];

const parser = unified().use(remarkParse).use(remarkFrontmatter).use(remarkMdx).use(remarkGfm);

const textOf = (node: RootContent): string => ('value' in node ? String(node.value) : 'children' in node ? (node.children as RootContent[]).map(textOf).join('') : '');

/** A heading's explicit id (`## Título {#title}`), which Docusaurus reads before MDX would take it for an expression. */
const HEADING_ID = /^(#{1,6} .*?)\s*\{#([^}]+)\}\s*$/gm;
const EXPLICIT_ID = /⟨([^⟩]+)⟩$/;

/** What a translation must keep of a page. */
function skeleton(source: string) {
  const tree = parser.parse(source.replace(HEADING_ID, '$1 ⟨$2⟩')) as Root;
  const slugger = createSlugger();
  const shape = { imports: [] as string[], components: [] as string[], code: [] as string[], inlineCode: [] as string[], links: [] as string[], tables: [] as string[], headings: [] as string[] };
  visit(tree, (node) => {
    switch (node.type) {
      case 'mdxjsEsm':
        shape.imports.push(node.value);
        break;
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement':
        shape.components.push(`<${node.name} ${JSON.stringify(node.attributes.map((attribute) => ('name' in attribute ? [attribute.name, attribute.value] : attribute.value)))}>`);
        break;
      case 'code':
        shape.code.push(`${node.lang} ${node.meta}\n${node.value}`);
        break;
      case 'inlineCode':
        shape.inlineCode.push(node.value);
        break;
      case 'link':
        shape.links.push(node.url);
        break;
      case 'table':
        shape.tables.push(node.children.map((row) => `${row.children.length}: ${row.children[0]!.children.every((part) => part.type === 'inlineCode') ? textOf(row.children[0]!) : '…'}`).join(' | '));
        break;
      case 'heading': {
        const text = textOf(node);
        const explicit = EXPLICIT_ID.exec(text);
        if (node.depth > 1) shape.headings.push(`h${node.depth} #${explicit ? explicit[1] : slugger.slug(text)}`);
        break;
      }
    }
  });
  // The names and values it mentions, each once: a sentence may name one twice in another language.
  shape.inlineCode = [...new Set(shape.inlineCode)].sort();
  return shape;
}

describe.each(translatedLocales)('locale %s', (locale) => {
  const dir = `i18n/${locale}/docusaurus-plugin-content-docs/current`;
  const translated = existsSync(dir) ? (readdirSync(dir, { recursive: true }) as string[]).filter((file) => file.endsWith('.mdx')) : [];

  it('translates every page it promises', () => {
    expect(promised.filter((page) => !translated.includes(page))).toEqual([]);
  });

  it.each(translated)('%s keeps its English page’s components, code, links, tables of names and anchors', (page) => {
    const english = join('docs', page);
    expect(existsSync(english), `${english} is the page it translates`).toBe(true);
    expect(skeleton(readFileSync(join(dir, page), 'utf8'))).toEqual(skeleton(readFileSync(english, 'utf8')));
  });
});
