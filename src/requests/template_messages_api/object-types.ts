/** The object types of this group, by name. */
import type { ObjectTypeSpec } from '../object-type';
import { approvedTemplate, templateSchema } from './objects';

export const templateMessagesObjectTypes = {
  Template: { kind: 'schema', schema: templateSchema, example: approvedTemplate },
} as const satisfies Record<string, ObjectTypeSpec>;
