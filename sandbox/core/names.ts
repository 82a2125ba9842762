/** A name a write gives something (a channel's title, a team's or a custom status's name): blank is refused. */
import { ApiError, listProblems } from './errors';

/** Refuses a name of nothing but spaces, naming its field and saying why (`a team needs a name`). */
export function refuseBlank(name: string, field: string, why: string): void {
  if (name.trim() !== '') return;
  const blank = { field, message: `is blank; ${why}` };
  throw new ApiError(422, listProblems([blank]), [blank]);
}
