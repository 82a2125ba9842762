/**
 * Checks values against a request's parameter descriptions before anything is sent, with a
 * message per field (`body.content.text`, `body.tags[1]`, `query.page`…) a reader can act on.
 * The sandbox checks the same descriptions on its side; this is the form's quick,
 * dependency-free first line. Problems are keyed by `fieldKey`, the one spelling of a field's
 * place that the form's inputs and the sandbox's error details share.
 */
import { orList } from './or-list';
import { pathValueProblem } from './path-value';
import type { LooseValues, ObjectShape, ParamGroup, ParamLocation, ParamSpec, RequestSpec } from './types';

/** Where a value sits: its location, then object keys and list indexes. */
export type FieldPath = readonly [ParamLocation, ...(string | number)[]];

/** `['body', 'content', 'text']` → `body.content.text`; `['body', 'tags', 1]` → `body.tags[1]`. */
export function fieldKey(path: FieldPath): string {
  return path.reduce<string>((key, step) => (typeof step === 'number' ? `${key}[${step}]` : key ? `${key}.${step}` : step), '');
}

/** How a reader names the field: its key without the location (`content.text`, `tags[1]`). */
export function fieldName(path: FieldPath): string {
  const [, ...inside] = path;
  return inside.length === 0 ? path[0] : fieldKey([path[0], ...inside]).slice(path[0].length + 1);
}

/** Field key → what is wrong there. */
export type Problems = Record<string, string>;

/** What passes for an email address: something, an at sign, a domain with a dot. */
export const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function isEmpty(value: unknown): boolean {
  return value === undefined || value === '';
}

/** Not given: no value, or empty text where text goes (a blank field). Empty text for a list, a number or a flag is a wrong value, and named. */
const isAbsent = (spec: ParamSpec, value: unknown): boolean => value === undefined || (value === '' && spec.type === 'string');

const isObject = (value: unknown): value is Record<string, unknown> => value !== null && typeof value === 'object' && !Array.isArray(value);

/** The case of a variant object that its selector field chooses, if the value names a known one. */
export function chosenCase(shape: ObjectShape, value: Record<string, unknown>): string | undefined {
  const selected = shape.variants && value[shape.variants.by];
  return typeof selected === 'string' && shape.variants && Object.hasOwn(shape.variants.cases, selected) ? selected : undefined;
}

/** The fields a value of `shape` may have: the shared ones and its chosen case's. */
export function fieldsOf(shape: ObjectShape, value: Record<string, unknown>): ParamGroup {
  const chosen = chosenCase(shape, value);
  return chosen === undefined ? shape.fields : { ...shape.fields, ...shape.variants!.cases[chosen] };
}

/** Beyond 2^53 - 1, a whole number read from JSON or a URL is rounded: what arrives is not what was sent. */
// Stryker disable next-line EqualityOperator: never called with 0, a safe integer, so > 0 and >= 0 agree
const beyondExactRange = (value: number) => (value > 0 ? `must be ${Number.MAX_SAFE_INTEGER} or less` : `must be ${-Number.MAX_SAFE_INTEGER} or more`);

/** Digits the form keeps as text because no number holds them exactly (`9007199254740993`). */
const isInexactWholeNumberText = (value: unknown): value is string => typeof value === 'string' && /^\s*-?\d+\s*$/.test(value) && !Number.isSafeInteger(Number(value));

/** A number with no fraction (`Number.isInteger` is false for anything that is not a number). */
const isWholeNumber = (value: unknown): value is number => Number.isInteger(value);

/** `NaN`, `Infinity`, or digits beyond the largest double (`1e999`): the form keeps them as text, and JSON has no such number. */
const isNonFiniteText = (value: unknown): boolean =>
  typeof value === 'string' && (/^\s*[-+]?(nan|infinity)\s*$/i.test(value) || (/^\s*-?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?\s*$/i.test(value) && !Number.isFinite(Number(value))));

function problemWith(spec: ParamSpec, value: unknown, at: FieldPath, problems: Problems, elsewhere?: Elsewhere): void {
  const here = fieldKey(at);
  switch (spec.type) {
    case 'integer':
      if (isInexactWholeNumberText(value)) problems[here] = beyondExactRange(Number(value));
      else if (!isWholeNumber(value)) problems[here] = `must be a whole number${spec.minimum === undefined ? '' : `, ${spec.minimum} or more`}`;
      else if (value < (spec.minimum ?? -Infinity)) problems[here] = `must be ${spec.minimum} or more`;
      else if (!Number.isSafeInteger(value)) problems[here] = beyondExactRange(value);
      return;
    case 'number':
      if (isNonFiniteText(value) || (typeof value === 'number' && !Number.isFinite(value))) {
        problems[here] = 'must be a number JSON can carry: it has no NaN or Infinity, and nothing beyond ±1.8e308';
      } else if (typeof value !== 'number') problems[here] = 'must be a number';
      return;
    case 'boolean':
      if (typeof value !== 'boolean') problems[here] = 'must be true or false';
      return;
    case 'string':
      if (value === null && spec.nullable) return;
      if (typeof value !== 'string') problems[here] = spec.nullable ? 'must be a string or null' : 'must be a string';
      else if (spec.enum && !spec.enum.includes(value)) problems[here] = `must be one of: ${spec.enum.join(', ')}`;
      else if (spec.format === 'email' && !EMAIL.test(value)) problems[here] = 'must be an email address';
      else if (spec.format === 'url' && !/^https?:\/\/[^\s/]/.test(value)) problems[here] = 'must be a URL starting with https:// (or http://)';
      else if (spec.maxLength !== undefined && value.length > spec.maxLength) problems[here] = `is ${value.length} characters long; at most ${spec.maxLength} are allowed`;
      return;
    case 'array':
      if (!Array.isArray(value)) problems[here] = `must be a list${spec.items.type === 'string' ? ' of strings' : ''}`;
      else value.forEach((item, index) => problemWith(spec.items, item, [...at, index], problems));
      return;
    case 'map':
      mapProblems(spec, value, at, problems);
      return;
    case 'object':
      if (!isObject(value)) problems[here] = 'must be an object ({ … })';
      else checkShape(spec, value, at, problems, elsewhere);
      return;
    default: {
      const unknownKind: never = spec;
      throw new Error(`No check for parameter kind ${JSON.stringify(unknownKind)}`);
    }
  }
}

function mapProblems(spec: Extract<ParamSpec, { type: 'map' }>, value: unknown, at: FieldPath, problems: Problems): void {
  const isList = (item: unknown) => spec.listValues === true && Array.isArray(item) && item.every((text) => typeof text === 'string');
  const isValue = (item: unknown) => typeof item === 'string' || (spec.numbersAsText !== undefined && Number.isFinite(item)) || isList(item);
  if (!isObject(value) || !Object.values(value).every(isValue)) {
    const kinds = ['strings', ...(spec.numbersAsText ? ['numbers'] : []), ...(spec.listValues ? ['lists of strings'] : [])];
    problems[fieldKey(at)] = `must be an object whose values are ${orList(kinds)}`;
    return;
  }
  const entries = Object.entries(value);
  if (entries.length > (spec.maxEntries ?? Infinity)) {
    problems[fieldKey(at)] = `has ${entries.length} entries; at most ${spec.maxEntries} are allowed`;
  }
  for (const [key, item] of entries) {
    if (key.length > (spec.maxKeyLength ?? Infinity)) {
      problems[fieldKey([...at, key])] = `is a name longer than ${spec.maxKeyLength} characters`;
    } else if (String(item).length > (spec.maxValueLength ?? Infinity)) {
      problems[fieldKey([...at, key])] = `is longer than ${spec.maxValueLength} characters`;
    }
  }
}

/**
 * For a field of a variant's case, the cases in which each of its nested fields exists
 * (`content.url`: image, document, audio, video), to say where a misplaced field belongs. (A
 * case's field is checked only when that case is chosen, and the chosen case never holds the
 * misplaced field, so neither needs saying.)
 */
type Elsewhere = { by: string; casesOf: (name: string) => string[] };

function elsewhereFor(shape: ObjectShape, name: string): Elsewhere | undefined {
  if (!shape.variants || Object.hasOwn(shape.fields, name)) return undefined;
  const { by, cases } = shape.variants;
  const casesOf = (nested: string) =>
    Object.entries(cases)
      .filter(([, fields]) => fields[name]?.type === 'object' && Object.hasOwn((fields[name] as ObjectShape).fields, nested))
      .map(([value]) => value);
  return { by, casesOf };
}

/** Why a field that `shape` does not have for this value is there: another case's, or unknown. */
function unknownFieldProblem(shape: ObjectShape, name: string, at: FieldPath, elsewhere?: Elsewhere): string {
  const cases = Object.entries(shape.variants?.cases ?? {}).filter(([, fields]) => Object.hasOwn(fields, name)).map(([value]) => value);
  if (cases.length > 0) return `is only sent when ${shape.variants!.by} is ${orList(cases)}`;
  const nestedCases = elsewhere?.casesOf(name) ?? [];
  if (nestedCases.length > 0) return `is only sent when ${elsewhere!.by} is ${orList(nestedCases)}`;
  return at.length === 1 ? 'is not a parameter of this request' : `is not a field of ${fieldName(at)}`;
}

function checkShape(shape: ObjectShape, value: Record<string, unknown>, at: FieldPath, problems: Problems, elsewhere?: Elsewhere): void {
  const chosen = chosenCase(shape, value);
  const fields = fieldsOf(shape, value);
  for (const [name, spec] of Object.entries(fields)) {
    const here = fieldKey([...at, name]);
    if (isAbsent(spec, value[name])) {
      if (spec.required) problems[here] = 'is required';
      continue;
    }
    problemWith(spec, value[name], [...at, name], problems, elsewhereFor(shape, name));
    for (const needed of spec.requires ?? []) {
      if (isEmpty(value[needed])) problems[fieldKey([...at, needed])] = `is required when ${name} is given`;
    }
  }
  for (const names of shape.anyOf ?? []) {
    if (names.every((name) => isEmpty(value[name]))) {
      const [first, ...others] = names;
      problems[fieldKey([...at, first!])] = `is required, unless ${others.join(' or ')} is given`;
    }
  }
  // With no case chosen (the selector is missing or wrong, and reported), case fields are not judged.
  const inSomeCase = (name: string) => Object.values(shape.variants?.cases ?? {}).some((fields) => Object.hasOwn(fields, name));
  for (const name of Object.keys(value)) {
    if (Object.hasOwn(fields, name) || (chosen === undefined && inSomeCase(name))) continue;
    problems[fieldKey([...at, name])] = unknownFieldProblem(shape, name, at, elsewhere);
  }
}

function checkGroup(location: ParamLocation, group: ParamGroup, values: Record<string, unknown>, problems: Problems): void {
  checkShape({ fields: group }, values, [location], problems);
}

function checkPath(group: ParamGroup, values: Record<string, unknown>, problems: Problems): void {
  checkGroup('path', group, values, problems);
  for (const name of Object.keys(group)) {
    const value = values[name] ?? '';
    const problem = typeof value === 'string' ? pathValueProblem(value) : undefined;
    if (problem) problems[fieldKey(['path', name])] = problem;
  }
}

/** Every problem with `values` for `spec`; an empty object means the request may be sent. */
export function checkValues(spec: RequestSpec, values: LooseValues): Problems {
  const problems: Problems = {};
  checkPath(spec.params.path, values.path, problems);
  checkGroup('query', spec.params.query, values.query, problems);
  if (spec.params.body) checkShape(spec.params.body, values.body ?? {}, ['body'], problems);
  return problems;
}
