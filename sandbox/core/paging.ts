/** Lists as the API answers them: a page of items, with a `meta` saying which page it is and how many there are. */
import type { PageMeta } from '../../src/requests/pagination';
import { PAGE_SIZE } from './store';

/** Page `page` (from 1) of `items`, `size` a page; past the last page, no items. */
export function onePage<T>(items: readonly T[], page = 1, size = PAGE_SIZE): { items: T[]; meta: PageMeta } {
  return {
    items: items.slice((page - 1) * size, page * size),
    meta: { page, pages: Math.max(1, Math.ceil(items.length / size)) },
  };
}

/**
 * `items` (given in the order they were added) newest first; of two created at the same time,
 * the one added later first. Times compare as text, as the API writes them (ISO, UTC).
 */
export function newestFirst<T extends { createdAt: string }>(items: readonly T[]): T[] {
  return items
    .map((item, added) => ({ item, added }))
    .sort((a, b) => (a.item.createdAt < b.item.createdAt ? 1 : a.item.createdAt > b.item.createdAt ? -1 : b.added - a.added))
    .map(({ item }) => item);
}
