/**
 * What a PATCH will change, field by field, read off the resource as it is now; and the PATCH
 * that puts the previous values back (Undo). The API returns `camelCase` names for the
 * `snake_case` parameters it takes (`custom_fields` → `customFields`); a `map` parameter
 * changes only the keys it names, so each key is a field of its own.
 */
import type { LooseValues, RequestSpec } from '@site/src/requests';
import { fieldsOf } from '@site/src/requests/check';

export interface Change {
  /** As a reader names it: `name`, `custom_fields.Billing Address`. */
  field: string;
  /** `undefined`: the resource has no value there now. */
  before: unknown;
  after: unknown;
}

export function responseName(param: string): string {
  return param.replace(/_([a-z])/g, (_, letter: string) => letter.toUpperCase());
}

/** The resource in a GET's answer: the one object under its only key (`{"contact": {...}}`). */
export function resourceOf(body: unknown): Record<string, unknown> | undefined {
  if (body === null || typeof body !== 'object' || Array.isArray(body)) return undefined;
  const values = Object.values(body);
  const [only] = values;
  return values.length === 1 && only !== null && typeof only === 'object' && !Array.isArray(only) ? (only as Record<string, unknown>) : undefined;
}

export function changesOf(spec: RequestSpec, values: LooseValues, current: Record<string, unknown>): Change[] {
  const body = values.body ?? {};
  const params = spec.params.body ? fieldsOf(spec.params.body, body) : {};
  return Object.entries(body).flatMap(([name, after]): Change[] => {
    if (after === undefined || !Object.hasOwn(params, name)) return [];
    const before = current[responseName(name)];
    if (params[name]!.type !== 'map') return [{ field: name, before, after }];
    const keys = Object.entries((after ?? {}) as Record<string, unknown>);
    const beforeMap = (before ?? {}) as Record<string, unknown>;
    return keys.map(([key, value]) => ({ field: `${name}.${key}`, before: beforeMap[key], after: value }));
  });
}

export function isChanged(change: Change): boolean {
  return JSON.stringify(change.before) !== JSON.stringify(change.after);
}

/** The body that restores the previous values, and the fields that had none (a PATCH cannot remove them). */
export function undoOf(changes: Change[]): { body: Record<string, unknown>; cannotUndo: string[] } {
  const body: Record<string, unknown> = {};
  const cannotUndo: string[] = [];
  for (const change of changes.filter(isChanged)) {
    const [name, key] = splitField(change.field);
    if (change.before === undefined) cannotUndo.push(change.field);
    else if (key === undefined) body[name] = change.before;
    else body[name] = { ...(body[name] as Record<string, unknown> | undefined), [key]: change.before };
  }
  return { body, cannotUndo };
}

function splitField(field: string): [string, string | undefined] {
  const dot = field.indexOf('.');
  return dot === -1 ? [field, undefined] : [field.slice(0, dot), field.slice(dot + 1)];
}
