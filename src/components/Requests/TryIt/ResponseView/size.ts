/**
 * What the response view says of a body's size. The browser hands the page the body already
 * decompressed (gzip, br…), so its length is not what crossed the network when the server
 * compressed it; the Content-Length header, which a page may read across origins, is. A server
 * that sends no Content-Length leaves only the body's length as the page received it.
 */
import { translate } from '@docusaurus/Translate';
import { formatSize } from './bodyPages';

/** The Content-Length header as a number, when there is exactly one well-formed value. */
export function contentLength(headers: readonly (readonly [string, string])[]): number | undefined {
  const value = headers.find(([name]) => name.toLowerCase() === 'content-length')?.[1].trim();
  return value !== undefined && /^\d+$/.test(value) ? Number(value) : undefined;
}

/** `1.5 KB`; or, when the body arrived compressed, `1.2 KB received, 5.3 KB decompressed`. */
export function sizeText(headers: readonly (readonly [string, string])[], bodyBytes: number): string {
  const received = contentLength(headers) ?? bodyBytes;
  if (received === bodyBytes) return formatSize(bodyBytes);
  return translate(
    {
      id: 'callbell.tryIt.response.compressedSize',
      message: '{received} received, {decompressed} decompressed',
      description: 'Try-it panel, status line of an answer: the size of a compressed body; {received} and {decompressed} are sizes (1.2 KB)',
    },
    { received: formatSize(received), decompressed: formatSize(bodyBytes) },
  );
}
