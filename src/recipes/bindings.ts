/** How an earlier step's answer fills a later step's values. */
import type { LooseValues } from '../requests';
import type { Binding } from './define';

/** The value at a dotted `path` of `value`, or `undefined` where there is none. */
export function fieldAt(value: unknown, path: string): unknown {
  return path.split('.').reduce<unknown>((at, name) => (typeof at === 'object' && at !== null && Object.hasOwn(at, name) ? (at as Record<string, unknown>)[name] : undefined), value);
}

/** `target` with `value` at the dotted `path`, objects on the way copied, never changed. */
function withValueAt(target: Record<string, unknown>, [name, ...rest]: string[], value: unknown): Record<string, unknown> {
  if (rest.length === 0) return { ...target, [name!]: value };
  const inner = target[name!];
  return { ...target, [name!]: withValueAt(typeof inner === 'object' && inner !== null ? (inner as Record<string, unknown>) : {}, rest, value) };
}

/** `values` with each value of `fields` (by dotted path: `body.url`) put in its place. */
export function withFields(values: LooseValues, fields: Readonly<Record<string, unknown>>): LooseValues {
  return Object.entries(fields).reduce(
    (current, [into, value]) => withValueAt(current as unknown as Record<string, unknown>, into.split('.'), value) as unknown as LooseValues,
    values,
  );
}

/**
 * `values` with each bound value replaced by the field of the answer it takes, for the answers
 * known (by step id); a value whose answer is not known yet, or lacks the field, stays as it is.
 */
export function withAnswers(values: LooseValues, takes: readonly Binding[], answers: Readonly<Record<string, unknown>>): LooseValues {
  const known = takes.flatMap(({ into, from }) => {
    const value = fieldAt(answers[from.step], from.field);
    return value === undefined ? [] : [[into, value] as const];
  });
  return withFields(values, Object.fromEntries(known));
}
