import { describe, expect, it } from 'vitest';
import { exactMetadata } from './metadata';

describe('a code block for samples and response bodies', () => {
  it('shows and copies every line, magic comments, bare comment lines, CRLF and the last line break included', () => {
    const text = [
      'first',
      '// highlight-next-line',
      '# highlight-start',
      'inside',
      '# highlight-end',
      '{/* highlight-next-line */}',
      '<!-- highlight-start -->',
      '/* highlight-end */',
      '#',
      '//',
      'windows line\r',
      '',
    ].join('\n');
    const metadata = exactMetadata(text, 'text', 'Response body');
    expect(metadata.code).toBe(text);
    expect(metadata.codeInput).toBe(text);
    expect(metadata.lineClassNames).toEqual({});
    expect(metadata).toMatchObject({ language: 'text', className: 'language-text', title: 'Response body', lineNumbersStart: undefined });
  });
});
