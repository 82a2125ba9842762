/**
 * The ids of table rows, so a link (a release note's, a reader's) can point at one parameter or
 * field: `body-note`, `query-include_field_types`, `response-contact.uuid`, `field-bsuid`. The
 * tables set them and the release notes link to them, both from here. A list item's `[]` is
 * left out: brackets may not stand unescaped in a URL's fragment.
 */
// Relative imports: the build-time checks (plugins/) load this module in Node, where `@site` means nothing.
import type { ParamLocation } from '../../requests/types';

/** Which table of a page holds a field: a request's answer, or the one table of an object type's or an event's page. */
export type FieldTable = 'response' | 'field';

const bare = (path: string) => path.replaceAll('[]', '');

export const paramAnchor = (location: ParamLocation, path: string): string => `${location}-${bare(path)}`;

export const fieldAnchor = (table: FieldTable, path: string): string => `${table}-${bare(path)}`;
