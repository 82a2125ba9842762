import type { CodeBlockMetadata } from '@docusaurus/theme-common/internal';

/**
 * What the theme's code block layout shows and copies, made from `code` untouched. The theme's
 * own `createCodeBlockMetadata` edits the text: it removes each line that reads as a magic
 * comment (`// highlight-next-line`, `# highlight-start`, … and, were none configured, every
 * bare `//` or `#` line), drops the last line break and turns CRLF into LF. A sample must show
 * what runs and a response body what arrived, so here the code is taken as it is: no line is
 * removed, none is marked.
 */
export function exactMetadata(code: string, language: string, title?: string): CodeBlockMetadata {
  return { codeInput: code, code, className: `language-${language}`, language, title, lineNumbersStart: undefined, lineClassNames: {} };
}
