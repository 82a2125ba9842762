/**
 * The sandbox's JSON body parser. `JSON.parse` stores a `__proto__` key as a plain property,
 * so parsing is safe; but such a key (or `constructor.prototype`) changes every object of a
 * JavaScript server that merges the body into another object, so it is refused, by path.
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
