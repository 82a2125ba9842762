/**
 * Path values, judged before the rest of a request: one longer than an identifier can be, or
 * one left empty (`/contacts//messages`, `DELETE /contacts/`), is named in a 422, where the
 * URL as a whole would otherwise get a vaguer 414 (too long) or 404 (no such endpoint).
 */
import { allRequests, apiPath } from '../../src/requests';
import { pathValueProblem } from '../../src/requests/path-value';
import { ApiError, listProblems, type ErrorDetail } from './errors';

/** Longest path value accepted: identifiers are short, and a long one is a mistake. */
export const PATH_VALUE_LIMIT = 100;

/** A 422 naming each path value longer than the limit. */
export function checkPathValues(path: Record<string, string>): void {
  const details: ErrorDetail[] = Object.entries(path)
    .filter(([, value]) => value.length > PATH_VALUE_LIMIT)
    .map(([name, value]) => ({ field: `path.${name}`, message: `is ${value.length} characters long; at most ${PATH_VALUE_LIMIT} are accepted (an identifier is short)` }));
  if (details.length > 0) throw new ApiError(422, `Invalid parameters: ${listProblems(details)}`, details);
}

/** Each request's path template as a pattern in which a value may be empty (`/v1/contacts/(?<uuid>[^/]*)`). */
const templates = allRequests().map(({ spec }) => ({
  spec,
  pattern: new RegExp(`^${apiPath}${spec.path.replace(/:(\w+)/g, '(?<$1>[^/]*)')}/?$`),
}));

/** For a URL that names no endpoint only because a path value in it is empty: the 422 naming that value. */
export function emptyPathValueError(method: string, pathname: string): ApiError | undefined {
  for (const { spec, pattern } of templates) {
    const values = spec.method === method ? pattern.exec(pathname)?.groups : undefined;
    const details: ErrorDetail[] = Object.entries(values ?? {})
      .filter(([, value]) => value === '')
      .map(([name]) => ({ field: `path.${name}`, message: pathValueProblem('')! }));
    if (details.length > 0) return new ApiError(422, `${method} ${apiPath}${spec.path} has an empty path value: ${listProblems(details)}`, details);
  }
  return undefined;
}
