import { describe, expect, it } from 'vitest';
import { PAGE_BYTES, bodyPage, charBoundary, formatSize, pageCount, smallBody } from './bodyPages';

const encode = (text: string) => new TextEncoder().encode(text);

describe('a large body cut into pages', () => {
  it('never splits a multi-byte character, and the pages put together are the body', () => {
    // "é" is 2 bytes and "🚀" 4: with an odd prefix, page edges fall inside characters.
    const body = 'x' + 'é🚀'.repeat(PAGE_BYTES / 2);
    const bytes = encode(body);
    const pages = Array.from({ length: pageCount(bytes) }, (_, index) => bodyPage(bytes, index));
    expect(pages.length).toBeGreaterThan(2);
    expect(pages.map((page) => page.text).join('')).toBe(body);
    expect(pages.some((page) => page.text.includes('\uFFFD'))).toBe(false);
    for (const [index, page] of pages.entries()) if (index > 0) expect(page.start).toBe(pages[index - 1]!.end);
    expect(pages.at(-1)!.end).toBe(bytes.length);
  });

  it('moves a cut forward to the start of the next character', () => {
    const bytes = encode('a🚀b'); // a, 4 bytes of the rocket, b
    expect([0, 1, 2, 3, 4, 5, 6].map((index) => charBoundary(bytes, index))).toEqual([0, 1, 5, 5, 5, 5, 6]);
  });

  it('has one page when empty or small', () => {
    expect(pageCount(new Uint8Array())).toBe(1);
    expect(pageCount(encode('{}'))).toBe(1);
  });
});

describe('a small body', () => {
  it('is pretty JSON when it parses, and the text as sent when not', () => {
    expect(smallBody(encode('{"a":[1]}'))).toEqual({ text: '{\n  "a": [\n    1\n  ]\n}', language: 'json' });
    expect(smallBody(encode('<html>oops'))).toEqual({ text: '<html>oops', language: 'text' });
  });
});

describe('sizes', () => {
  it('read in bytes, kilobytes or megabytes', () => {
    expect([0, 512, 1536, 10 * 1024 * 1024].map(formatSize)).toEqual(['0 B', '512 B', '1.5 KB', '10.0 MB']);
  });
});
