/**
 * Docusaurus's MDX components, extended (not copied) with the blocks an endpoint page is laid
 * out in, which plugins/remark-reference-layout.ts writes into the page without an import, the
 * release mark plugins/remark-release-mark.ts writes under a title, and with a title that breaks
 * between words only.
 */
import React, { type ComponentProps, type ReactNode } from 'react';
import MDXComponents from '@theme-original/MDXComponents';
import { ReferenceExamples, ReferenceLayout, ReferenceProse, ReferenceRow } from '@site/src/components/ReferenceLayout';
import ReleaseMark from '@site/src/components/ReleaseMark';

const Heading = MDXComponents.h1;

/** The text of children made only of text (MDX splits `/messages/:uuid` in two), or undefined. */
function plainText(children: ReactNode): string | undefined {
  const parts = React.Children.toArray(children);
  return parts.every((part) => typeof part === 'string') ? parts.join('') : undefined;
}

/**
 * A page's title. A request's (`POST /messages/send`) or an object type's (`MessageContactCard`)
 * is one long word to the browser, wider than a narrow phone, which it would break anywhere: a
 * `<wbr>` before each slash and between the words of a name (after an underscore, or where a
 * capital starts one) lets it break there instead, as a URL is broken in print.
 */
function Title({ children, ...props }: ComponentProps<typeof Heading>): React.JSX.Element {
  const text = plainText(children);
  if (text === undefined) return <Heading {...props}>{children}</Heading>;
  return (
    <Heading {...props}>
      {text.split(/(?=\/)|(?<=_)|(?<=[a-z])(?=[A-Z])/).map((part, index) => (
        <React.Fragment key={index}>
          {index > 0 && <wbr />}
          {part}
        </React.Fragment>
      ))}
    </Heading>
  );
}

export default { ...MDXComponents, h1: Title, ReferenceLayout, ReferenceRow, ReferenceProse, ReferenceExamples, ReleaseMark };
