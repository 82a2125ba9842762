import { describe, expect, it } from 'vitest';
import { contentLength, sizeText } from './size';

describe('the size the response view gives', () => {
  it('is one size when what arrived is what the page reads', () => {
    expect(sizeText([['content-length', '1536']], 1536)).toBe('1.5 KB');
    expect(sizeText([['content-type', 'text/plain']], 512)).toBe('512 B');
  });

  it('names both sizes when the body came compressed: what was received and what it decompressed to', () => {
    expect(sizeText([['content-length', '1024']], 5 * 1024)).toBe('1.0 KB received, 5.0 KB decompressed');
    // Compressing a tiny body makes it larger.
    expect(sizeText([['content-length', '22']], 2)).toBe('22 B received, 2 B decompressed');
  });

  it('reads Content-Length only when it is one number', () => {
    expect(contentLength([['Content-Length', ' 42 ']])).toBe(42);
    for (const value of ['12, 12', '-1', '', '1e3', 'abc']) expect(contentLength([['content-length', value]]), value).toBeUndefined();
    expect(sizeText([['content-length', '12, 12']], 12)).toBe('12 B');
  });
});
