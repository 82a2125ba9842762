/** A name a write gives something (a channel's title, a team's or a custom status's name): blank is refused. */
import { ApiError, listProblems } from './errors';
import type { RecordKind, RecordTypes, Store } from './store';

/** Refuses a name of nothing but spaces, naming its field and saying why (`a team needs a name`). */
export function refuseBlank(name: string, field: string, why: string): void {
  if (name.trim() !== '') return;
  const blank = { field, message: `is blank; ${why}` };
  throw new ApiError(422, listProblems([blank]), [blank]);
}

/** The fields of `T` that hold text. */
type TextField<T> = { [F in keyof T]: T[F] extends string ? F : never }[keyof T] & string;

/**
 * Gives the stored record `id` of `kind` a new name in `field` (its `title` or `name`), when the
 * write sends one; blank is refused, saying `why`, and nothing else of the record changes. `read`
 * gives the record as the API shows it, or answers 404.
 */
export function renameRecord<K extends RecordKind, T extends RecordTypes[K]>(
  store: Store,
  kind: K,
  id: string,
  read: () => T,
  field: TextField<T>,
  name: string | undefined,
  why: string,
): T {
  return store.transaction(() => {
    const current = read();
    if (name === undefined) return current;
    refuseBlank(name, `body.${field}`, why);
    const renamed: T = { ...current, [field]: name };
    store.records(kind).put(id, renamed);
    return renamed;
  });
}
