import React from 'react';
import useIsBrowser from '@docusaurus/useIsBrowser';
import { CodeBlockContextProvider, useCodeWordWrap } from '@docusaurus/theme-common/internal';
import CodeBlockLayout from '@theme/CodeBlock/Layout';
import { exactMetadata } from './metadata';

interface Props {
  /** The text, shown and copied exactly as given. */
  children: string;
  /** A Prism language. */
  language: string;
  title?: string;
}

function ExactCode({ children, language, title }: Props): React.JSX.Element {
  const wordWrap = useCodeWordWrap();
  return (
    <CodeBlockContextProvider metadata={exactMetadata(children, language, title)} wordWrap={wordWrap}>
      <CodeBlockLayout />
    </CodeBlockContextProvider>
  );
}

/**
 * The theme's code block (title, highlighting, copy and wrap buttons) for text it must not
 * edit: samples and response bodies. Markdown code blocks keep the theme's magic comments.
 */
export default function ExactCodeBlock(props: Props): React.JSX.Element {
  // As the theme's CodeBlock does: drawn again once in the browser, so the colours follow the reader's colour mode.
  const isBrowser = useIsBrowser();
  return <ExactCode key={String(isBrowser)} {...props} />;
}
