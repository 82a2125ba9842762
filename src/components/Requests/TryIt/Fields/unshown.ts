/**
 * The problems no field of the form shows (a parameter the registry does not have, a field of
 * another variant, a value typed in the JSON editor where the form has no control for it): the
 * JSON editor lists them, so every problem is shown where the reader can fix it.
 */
import { fieldKey, fieldsOf, type FieldPath, type Problems } from '@site/src/requests/check';
import type { ObjectShape, ParamSpec } from '@site/src/requests';
import { problemsWithin } from './FormContext';

function shownBy(spec: ParamSpec, value: unknown, path: FieldPath, shown: Set<string>, problems: Problems): void {
  const key = fieldKey(path);
  shown.add(key);
  if (spec.type === 'array' && spec.items.type === 'object' && Array.isArray(value)) {
    value.forEach((item, index) => shownBy({ ...spec.items, required: true }, item, [...path, index], shown, problems));
  } else if (spec.type === 'array' || spec.type === 'map') {
    for (const [at] of problemsWithin(problems, key)) shown.add(at);
  } else if (spec.type === 'object' && value !== null && typeof value === 'object' && !Array.isArray(value)) {
    shapeShows(spec, value as Record<string, unknown>, path, shown, problems);
  }
}

function shapeShows(shape: ObjectShape, value: Record<string, unknown>, path: FieldPath, shown: Set<string>, problems: Problems): void {
  for (const [name, spec] of Object.entries(fieldsOf(shape, value))) shownBy(spec, value[name], [...path, name], shown, problems);
}

/** `[name, problem]` for each problem of the body no field shows, named as a reader would. */
export function unshownBodyProblems(problems: Problems, shape: ObjectShape, body: Record<string, unknown>): string[] {
  const shown = new Set<string>();
  shapeShows(shape, body, ['body'], shown, problems);
  return Object.entries(problems)
    .filter(([key]) => key.startsWith('body.') && !shown.has(key))
    .map(([key, problem]) => `${key.slice('body.'.length)} ${problem}`);
}
