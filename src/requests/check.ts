/**
 * Checks values against a request's parameter descriptions before anything is sent, with a
 * message per field (`body.tags[1]`, `query.page`…) a reader can act on. The sandbox checks
 * the same descriptions on its side; this is the form's quick, dependency-free first line.
 */
import type { LooseValues, ParamGroup, ParamLocation, ParamSpec, RequestSpec } from './types';

export type Problems = Record<string, string>;

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

function isEmpty(value: unknown): boolean {
  return value === undefined || value === '';
}

function problemWith(spec: ParamSpec, value: unknown): string | undefined {
  switch (spec.type) {
    case 'integer':
      if (typeof value !== 'number' || !Number.isInteger(value)) return 'must be a whole number';
      if (spec.minimum !== undefined && value < spec.minimum) return `must be ${spec.minimum} or more`;
      return undefined;
    case 'string[]':
      return Array.isArray(value) && value.every((item) => typeof item === 'string') ? undefined : 'must be a list of strings';
    case 'string{}': {
      const isValue = (v: unknown) => typeof v === 'string' || (spec.numbersAsText !== undefined && typeof v === 'number' && Number.isFinite(v));
      return value !== null && typeof value === 'object' && !Array.isArray(value) && Object.values(value).every(isValue)
        ? undefined
        : `must be an object whose values are strings${spec.numbersAsText ? ' or numbers' : ''}`;
    }
    case 'string':
      if (typeof value !== 'string') return 'must be a string';
      if (spec.enum && !spec.enum.includes(value)) return `must be one of: ${spec.enum.join(', ')}`;
      if (spec.format === 'email' && !EMAIL.test(value)) return 'must be an email address';
      return undefined;
  }
}

function checkGroup(location: ParamLocation, group: ParamGroup, values: Record<string, unknown>, problems: Problems): void {
  for (const [name, spec] of Object.entries(group)) {
    const value = values[name];
    if (isEmpty(value)) {
      if (spec.required) problems[`${location}.${name}`] = 'is required';
      continue;
    }
    const problem = problemWith(spec, value);
    if (problem) problems[`${location}.${name}`] = problem;
  }
  for (const name of Object.keys(values)) {
    if (!Object.hasOwn(group, name)) problems[`${location}.${name}`] = 'is not a parameter of this request';
  }
}

/** Every problem with `values` for `spec`; an empty object means the request may be sent. */
export function checkValues(spec: RequestSpec, values: LooseValues): Problems {
  const problems: Problems = {};
  checkGroup('path', spec.params.path, values.path, problems);
  checkGroup('query', spec.params.query, values.query, problems);
  if (spec.params.body) checkGroup('body', spec.params.body, values.body ?? {}, problems);
  return problems;
}
