import React from 'react';
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

/**
 * The theme's code block (title, highlighting, copy and wrap buttons) for text it must not
 * edit: samples and response bodies. Markdown code blocks keep the theme's magic comments.
 */
export default function ExactCodeBlock({ children, language, title }: Props): React.JSX.Element {
  const wordWrap = useCodeWordWrap();
  return (
    <CodeBlockContextProvider metadata={exactMetadata(children, language, title)} wordWrap={wordWrap}>
      <CodeBlockLayout />
    </CodeBlockContextProvider>
  );
}
