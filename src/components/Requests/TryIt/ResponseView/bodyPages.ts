/**
 * How a response body is shown: highlighted when small, otherwise as plain text one page at a
 * time, so a body of several megabytes never blocks the page. Pages are cut on byte offsets
 * moved to the next character boundary, so no page splits a multi-byte UTF-8 character.
 */

/** Bodies up to this size are pretty-printed and highlighted; highlighting costs per token. */
export const HIGHLIGHT_LIMIT = 48 * 1024;
/** Bytes of a large body shown at once, as plain text. */
export const PAGE_BYTES = 64 * 1024;
/** Bodies up to this size are parsed (schema check, PATCH preview); a larger one would stall the page. */
export const PARSE_LIMIT = 1024 * 1024;

/** The body as JSON, or `undefined` when it is not JSON or too large to parse. */
export function parsedBody(bytes: Uint8Array): unknown {
  if (bytes.length > PARSE_LIMIT) return undefined;
  try {
    return JSON.parse(new TextDecoder().decode(bytes));
  } catch {
    return undefined;
  }
}

/** The first index at or after `index` that starts a character (not a UTF-8 continuation byte). */
export function charBoundary(bytes: Uint8Array, index: number): number {
  let at = Math.min(index, bytes.length);
  while (at < bytes.length && (bytes[at]! & 0xc0) === 0x80) at++;
  return at;
}

export function pageCount(bytes: Uint8Array): number {
  return Math.max(1, Math.ceil(bytes.length / PAGE_BYTES));
}

export interface BodyPage {
  text: string;
  /** Byte offsets of the page in the body: [start, end). */
  start: number;
  end: number;
}

/** Page `index` (from 0) of a large body. Consecutive pages meet exactly: no byte lost or repeated. */
export function bodyPage(bytes: Uint8Array, index: number): BodyPage {
  const start = charBoundary(bytes, index * PAGE_BYTES);
  const end = charBoundary(bytes, (index + 1) * PAGE_BYTES);
  return { text: new TextDecoder().decode(bytes.subarray(start, end)), start, end };
}

/** Pretty JSON when the body is JSON; otherwise the text as it came. */
export function smallBody(bytes: Uint8Array): { text: string; language: 'json' | 'text' } {
  const text = new TextDecoder().decode(bytes);
  try {
    return { text: JSON.stringify(JSON.parse(text), null, 2), language: 'json' };
  } catch {
    return { text, language: 'text' };
  }
}

const units = ['B', 'KB', 'MB', 'GB'];

/** 512 B, 1.5 KB, 10.0 MB. */
export function formatSize(bytes: number): string {
  let size = bytes;
  let unit = 0;
  while (size >= 1024 && unit < units.length - 1) {
    size /= 1024;
    unit++;
  }
  return unit === 0 ? `${size} ${units[0]}` : `${size.toFixed(1)} ${units[unit]}`;
}
