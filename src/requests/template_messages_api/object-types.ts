/** The object types of this group, by name. */
import type { ObjectTypeSpec } from '../object-type';

export const templateMessagesObjectTypes = {} as const satisfies Record<string, ObjectTypeSpec>;
