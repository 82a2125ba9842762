/** The Custom Status API's object type: a custom status of the account. */
import type { ObjectTypeSpec } from '../object-type';
import { customStatusSchema, vacationing } from './objects';

export const customStatusObjectTypes = {
  CustomStatus: { kind: 'schema', schema: customStatusSchema, example: vacationing },
} as const satisfies Record<string, ObjectTypeSpec>;
