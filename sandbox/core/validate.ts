/**
 * A request's values checked against its description in the registry, by the same checks the
 * try-it form makes before sending (src/requests/check.ts): one set of rules, two places.
 * Query values arrive as text and are read as the registry types them (`page=2` → 2, `true` → true);
 * an empty one (`?page=`, as an HTML form sends a blank field) is one not given.
 */
import type { LooseValues, ParamGroup, RequestSpec } from '../../src/requests';
import { checkValues } from '../../src/requests/check';
import { ApiError, listProblems, type ErrorDetail } from './errors';

/** A query value as the registry types it (`page=2` → 2, `include_field_types=true` → true); text that is neither stays text, for the checks to name. */
function typed(spec: ParamGroup[string] | undefined, text: string): string | number | boolean {
  if (spec?.type === 'integer' && /^-?\d+$/.test(text)) return Number(text);
  if (spec?.type === 'boolean' && (text === 'true' || text === 'false')) return text === 'true';
  return text;
}

function queryValues(params: ParamGroup, search: URLSearchParams, details: ErrorDetail[]): LooseValues['query'] {
  const values: LooseValues['query'] = {};
  for (const name of new Set(search.keys())) {
    const all = search.getAll(name).filter((text) => text !== '');
    if (all.length > 1) details.push({ field: `query.${name}`, message: 'is given more than once; give it once' });
    if (all.length > 0) values[name] = typed(params[name], all[0]!);
  }
  return values;
}

export function validated(spec: RequestSpec, path: Record<string, string>, search: URLSearchParams, body: unknown): LooseValues {
  const details: ErrorDetail[] = [];
  const query = queryValues(spec.params.query, search, details);
  const isObject = body !== null && typeof body === 'object' && !Array.isArray(body);
  if (spec.params.body && body !== undefined && !isObject) details.push({ field: 'body', message: 'must be a JSON object ({ … })' });
  const values: LooseValues = { path, query, ...(spec.params.body ? { body: isObject ? (body as Record<string, unknown>) : {} } : {}) };
  details.push(...Object.entries(checkValues(spec, values)).map(([field, message]) => ({ field, message })));
  if (details.length > 0) throw new ApiError(422, `Invalid parameters: ${listProblems(details)}`, details);
  return values;
}
