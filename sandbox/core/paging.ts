/** Lists as the API answers them: `PAGE_SIZE` items a page, with a `meta` saying which page it is and how many there are. */
import type { PageMeta } from '../../src/requests/pagination';
import { PAGE_SIZE } from './store';

/** Page `page` (from 1) of `items`; past the last page, no items. */
export function onePage<T>(items: readonly T[], page = 1): { items: T[]; meta: PageMeta } {
  return {
    items: items.slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE),
    meta: { page, pages: Math.max(1, Math.ceil(items.length / PAGE_SIZE)) },
  };
}

