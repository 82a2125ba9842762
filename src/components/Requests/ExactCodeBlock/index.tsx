import React from 'react';
import { CodeBlockContextProvider, useCodeWordWrap } from '@docusaurus/theme-common/internal';
import Container from '@theme/CodeBlock/Container';
import Title from '@theme/CodeBlock/Title';
import Content from '@theme/CodeBlock/Content';
import Buttons from '@theme/CodeBlock/Buttons';
import { useGrammar } from '@site/src/prism/useGrammar';
import { exactMetadata } from './metadata';
import styles from './styles.module.css';

interface Props {
  /** The text, shown and copied exactly as given. */
  children: string;
  /** A Prism language. */
  language: string;
  /** The file name the text would be saved as, named in the block's bar (a shell command has none). */
  title?: string;
}

/**
 * The theme's code block parts (highlighting, copy and wrap buttons) for text it must not edit:
 * samples and response bodies. Markdown code blocks keep the theme's magic comments. Unlike the
 * theme's layout, the buttons sit in the bar with the file name: over the code they hid the end
 * of a long first line, such as a cURL sample's URL.
 */
export default function ExactCodeBlock({ children, language, title }: Props): React.JSX.Element {
  const wordWrap = useCodeWordWrap();
  useGrammar(language);
  const metadata = exactMetadata(children, language, title);
  return (
    <CodeBlockContextProvider metadata={metadata} wordWrap={wordWrap}>
      <Container as="div" className={metadata.className}>
        <div className={styles.bar}>
          {title && <Title>{title}</Title>}
          <Buttons className={styles.buttons} />
        </div>
        <Content />
      </Container>
    </CodeBlockContextProvider>
  );
}
