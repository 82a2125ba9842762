/** What a group of the API is in the sandbox: a handler per request, and the records its demo account starts with. */
import type { Registry } from '../../../src/requests';
import type { GroupHandlers } from '../routes';
import type { SeedRecords } from '../store';

export interface SandboxGroup<G extends keyof Registry> {
  handlers: GroupHandlers<G>;
  /** Records the demo account starts with; times relative to `now` are fixed when it is created or reset. */
  seed?: (now: number) => SeedRecords;
}
