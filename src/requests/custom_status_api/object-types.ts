/** The object types of this group, by name. */
import type { ObjectTypeSpec } from '../object-type';

export const customStatusObjectTypes = {} as const satisfies Record<string, ObjectTypeSpec>;
