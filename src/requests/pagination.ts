/**
 * How lists are paged, the same for every request that pages: a `page` query parameter, and a
 * `meta` object in the answer saying which page this is and how many there are.
 */
import type { JsonSchema } from './schema';
import type { IntegerParam } from './types';

export const pageParam = {
  type: 'integer',
  minimum: 1,
  description: 'The page to return, starting at 1 (default 1).',
} as const satisfies IntegerParam;

export interface PageMeta {
  page: number;
  pages: number;
}

export const pageMetaSchema: JsonSchema = {
  type: 'object',
  description: 'Where this page stands among all of them.',
  properties: {
    page: { type: 'integer', minimum: 1, description: 'The number of this page, as asked for with `page`.' },
    pages: { type: 'integer', minimum: 1, description: 'How many pages there are; ask for the next one while `page` is below it.' },
  },
  required: ['page', 'pages'],
  additionalProperties: false,
};
