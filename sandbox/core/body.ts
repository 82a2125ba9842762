/**
 * Reading a request's body: at most 64 KB, JSON only, and no body at all when nothing follows
 * the headers, whatever Content-Type says (many clients send it on every request).
 *
 * `JSON.parse` stores a `__proto__` key as a plain property, so parsing is safe; but such a key
 * (or `constructor.prototype`) changes every object of a JavaScript server that merges the
 * body into another object, so it is refused, by path.
 */
import { ApiError, listProblems, type ErrorDetail } from './errors';

/** Every `__proto__` and `constructor.prototype` key, by path; a loop, as bodies nest deep. */
function forbiddenKeys(body: unknown): ErrorDetail[] {
  const found: ErrorDetail[] = [];
  const refuse = (field: string) => found.push({ field, message: 'is a key the sandbox refuses (prototype pollution)' });
  const pending: [unknown, string][] = [[body, 'body']];
  for (let next = pending.pop(); next; next = pending.pop()) {
    const [value, path] = next;
    if (value === null || typeof value !== 'object') continue;
    for (const [key, child] of Object.entries(value)) {
      const childPath = Array.isArray(value) ? `${path}[${key}]` : `${path}.${key}`;
      if (key === '__proto__') refuse(childPath);
      else if (key === 'constructor' && child !== null && typeof child === 'object' && Object.hasOwn(child, 'prototype')) refuse(`${childPath}.prototype`);
      pending.push([child, childPath]);
    }
  }
  return found;
}

export function parseJsonBody(text: string): unknown {
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch (error) {
    throw new ApiError(400, `The body is not valid JSON (${(error as Error).message}): check its quotes, commas and brackets`);
  }
  const refused = forbiddenKeys(body);
  if (refused.length > 0) {
    throw new ApiError(
      400,
      `The body has a key named "__proto__" or "constructor.prototype", which the sandbox refuses: merged into an object, it changes every object of a JavaScript server (prototype pollution). Rename the key. ${listProblems(refused)}`,
      refused,
    );
  }
  return body;
}

export const BODY_LIMIT = 64 * 1024;

const tooLarge = () => new ApiError(413, `The body is larger than the sandbox accepts (${BODY_LIMIT / 1024} KB)`);

/** The body as text, read no further than the limit. */
async function readText(request: Request): Promise<string> {
  if (Number(request.headers.get('content-length') ?? 0) > BODY_LIMIT) throw tooLarge();
  if (!request.body) return '';
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) {
    size += chunk.value.byteLength;
    if (size > BODY_LIMIT) {
      await reader.cancel();
      throw tooLarge();
    }
    chunks.push(chunk.value);
  }
  const bytes = new Uint8Array(size);
  chunks.reduce((offset, chunk) => (bytes.set(chunk, offset), offset + chunk.byteLength), 0);
  return new TextDecoder().decode(bytes);
}

/** `application/json` or a `+json` type, any parameters (`charset=utf-8`) allowed. */
function isJson(contentType: string): boolean {
  const type = contentType.split(';')[0]!.trim().toLowerCase();
  return type === 'application/json' || /^application\/[\w.+-]+\+json$/.test(type);
}

/** The parsed JSON body, or `undefined` when the request has none. */
export async function readJsonBody(request: Request): Promise<unknown> {
  const text = await readText(request);
  if (text === '') return undefined;
  const contentType = request.headers.get('content-type');
  if (contentType === null || !isJson(contentType)) {
    throw new ApiError(
      415,
      `The body was sent as ${contentType ?? 'an unnamed media type'}, which the API does not read: send it as JSON, with the header Content-Type: application/json (with curl: -H 'Content-Type: application/json')`,
      [{ field: 'header.Content-Type', message: 'must be application/json' }],
    );
  }
  return parseJsonBody(text);
}
