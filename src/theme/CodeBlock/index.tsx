/**
 * Docusaurus's CodeBlock entry, without the one thing it exists to add: a `key` that makes every
 * code block draw itself again once the page is in the browser, so that inline token colours
 * follow a dark-mode reader. Our colours come from the stylesheet (src/css/prism-by-class.ts), so
 * the server's tokens are right in both modes and hydrate as they are. The rest is the theme's
 * own: string children are highlighted, elements shown as given.
 */
import React, { isValidElement, type ReactNode } from 'react';
import type { Props } from '@theme/CodeBlock';
import ElementContent from '@theme/CodeBlock/Content/Element';
import StringContent from '@theme/CodeBlock/Content/String';

/** Plain strings joined into one, so the block can be copied; children holding elements stay as they are. */
function stringified(children: ReactNode): ReactNode {
  if (React.Children.toArray(children).some((child) => isValidElement(child))) return children;
  return Array.isArray(children) ? children.join('') : children;
}

export default function CodeBlock({ children, ...props }: Props): React.JSX.Element {
  const content = stringified(children);
  return typeof content === 'string' ? <StringContent {...props}>{content}</StringContent> : <ElementContent {...props}>{content}</ElementContent>;
}
