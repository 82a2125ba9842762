/**
 * The Templates API's rules, the same over any store: the account's templates, listed a page
 * at a time, read one by one, and renamed. An unknown template is a 404; a blank title a 422.
 */
import type { Template } from '../../src/requests/template_messages_api/objects';
import type { PageMeta } from '../../src/requests/pagination';
import { ApiError } from './errors';
import { renameRecord } from './names';
import { onePage } from './paging';
import type { Store } from './store';

/** The template with this uuid; `null`: the account has none. */
export function template(store: Store, uuid: string): Template | null {
  return store.records('template').get(uuid);
}

/** The template with this uuid, or a 404. */
export function getTemplate(store: Store, uuid: string): Template {
  const found = template(store, uuid);
  if (!found) throw new ApiError(404, `No template with uuid "${uuid}"`, [{ field: 'path.uuid', message: 'No such template' }]);
  return found;
}

/** One page of the account's templates, oldest first, and how many pages there are. */
export function listTemplates(store: Store, page?: number): { templates: Template[]; meta: PageMeta } {
  const { items, meta } = onePage(store.records('template').list(), page);
  return { templates: items, meta };
}

/** Gives the template a new title, when one is sent; nothing else of it changes. */
export function retitleTemplate(store: Store, uuid: string, title: string | undefined): Template {
  return renameRecord(store, 'template', uuid, () => getTemplate(store, uuid), 'title', title, 'a template needs a title');
}
