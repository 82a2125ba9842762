/**
 * A release note's line as React elements: its text with code set as code, and its links made by
 * the caller's link component. The page passes Docusaurus's `Link`; the Atom feed renders the same
 * lines to HTML as plain links, their addresses made absolute first. Written with `createElement`, not JSX: the build's
 * plugin loads this module in Node, which reads no JSX.
 */
import { createElement, Fragment, type ComponentType, type ReactNode } from 'react';
import { codeParts } from '../Requests/CodeSpans/parts';
import type { NoteItem } from './notes';

/** Docusaurus's `Link`, or a plain `a`. */
export type LinkComponent = ComponentType<{ href: string; children?: ReactNode }> | 'a';

function withCode(text: string, key: string): ReactNode {
  const parts = codeParts(text).map((part, index) => (index % 2 === 1 ? createElement('code', { key: index }, part) : part));
  return createElement(Fragment, { key }, ...parts);
}

/** One item of a release's list, its links made by `link`. */
export function noteLine(item: NoteItem, link: LinkComponent): ReactNode {
  return item.parts.map((part, index) =>
    typeof part === 'string' ? withCode(part, String(index)) : createElement(link, { key: index, href: part.href }, withCode(part.label, 'label')),
  );
}
