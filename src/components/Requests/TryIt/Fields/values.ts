/**
 * How the form edits one object's value: a field set or cleared, and a variant object's selector
 * switched. Values the new variant has no place for are set aside, not dropped, so switching
 * back brings back what the reader typed.
 */
import { chosenCase, fieldsOf } from '@site/src/requests/check';
import type { ObjectShape, ParamSpec } from '@site/src/requests';

export type ObjectValue = Record<string, unknown>;

const isObjectValue = (value: unknown): value is ObjectValue => value !== null && typeof value === 'object' && !Array.isArray(value);

/** `value` with `name` set to `next`, or without it when `next` is `undefined`; key order kept. */
export function withField(value: ObjectValue, name: string, next: unknown): ObjectValue {
  if (next === undefined) {
    const { [name]: _removed, ...rest } = value;
    return rest;
  }
  return { ...value, [name]: next };
}

/** An object left with no fields is not sent, unless it is required (then its own fields are asked for). */
export function objectOrNothing(value: ObjectValue, required: boolean | undefined): ObjectValue | undefined {
  return Object.keys(value).length === 0 && !required ? undefined : value;
}

/** Splits `value` into what `spec` has a place for and the rest (for objects, field by field). */
function fit(spec: ParamSpec, value: unknown): { kept?: unknown; aside?: unknown } {
  if (spec.type !== 'object' || !isObjectValue(value)) return { kept: value };
  const fields = fieldsOf(spec, value);
  const kept: ObjectValue = {};
  const aside: ObjectValue = {};
  for (const [name, item] of Object.entries(value)) (Object.hasOwn(fields, name) ? kept : aside)[name] = item;
  return { kept, ...(Object.keys(aside).length > 0 ? { aside } : {}) };
}

/** Values set aside, by the case they were typed in. */
export type SetAside = Record<string, ObjectValue>;

/**
 * The value after the selector of a variant object changes to `next`: shared fields stay, the
 * previous case's fields stay where the new case has them, the rest is set aside under the
 * previous case, and what was set aside under `next` comes back (newer values win).
 */
export function switchCase(shape: ObjectShape, value: ObjectValue, next: string, setAside: SetAside): { value: ObjectValue; setAside: SetAside } {
  const by = shape.variants!.by;
  const previous = chosenCase(shape, value);
  const fields = fieldsOf(shape, { [by]: next });
  const restored = setAside[next] ?? {};
  const result: ObjectValue = {};
  const aside: ObjectValue = {};
  for (const [name, item] of Object.entries({ ...restored, ...value })) {
    if (name === by) {
      result[by] = next;
    } else if (!Object.hasOwn(fields, name)) {
      aside[name] = item;
    } else {
      const current = fit(fields[name]!, Object.hasOwn(value, name) ? item : restored[name]);
      const earlier = fit(fields[name]!, restored[name]).kept;
      result[name] = isObjectValue(current.kept) && isObjectValue(earlier) ? { ...earlier, ...current.kept } : current.kept;
      if (current.aside !== undefined) aside[name] = current.aside;
    }
  }
  if (!Object.hasOwn(result, by)) result[by] = next;
  const { [next]: _restored, ...others } = setAside;
  return { value: result, setAside: previous && Object.keys(aside).length > 0 ? { ...others, [previous]: aside } : others };
}
