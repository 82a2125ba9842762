/**
 * The docs' sidebar as Docusaurus generates it from the folders, with each request's page marked
 * with its method (`customProps.method`), read off the page's label ("PATCH /contacts/:uuid"):
 * src/theme/DocSidebarItem/Link shows it as a badge.
 */
import type { PluginOptions } from '@docusaurus/plugin-content-docs';

type Generator = PluginOptions['sidebarItemsGenerator'];
type Item = Awaited<ReturnType<Generator>>[number];

export const METHODS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'] as const;
export type Method = (typeof METHODS)[number];

/** The method a page's label starts with, as in "PATCH /contacts/:uuid". */
export function labelMethod(label: string): Method | undefined {
  const method = /^([A-Z]+) \//.exec(label)?.[1];
  return METHODS.find((known) => known === method);
}

export const sidebarWithMethodBadges: Generator = async ({ defaultSidebarItemsGenerator, ...args }) => {
  const labels = new Map(args.docs.map((doc) => [doc.id, String(doc.frontMatter.sidebar_label ?? doc.title)]));
  const mark = (items: Item[]): Item[] =>
    items.map((item) => {
      if (item.type === 'category') return { ...item, items: mark(item.items) };
      if (item.type !== 'doc') return item;
      const method = labelMethod(item.label ?? labels.get(item.id) ?? '');
      return method ? { ...item, customProps: { ...item.customProps, method } } : item;
    });
  return mark(await defaultSidebarItemsGenerator(args));
};
