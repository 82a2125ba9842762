/** The object types of this group, by name. */
import type { ObjectTypeSpec } from '../object-type';
import { awareness, funnelSchema } from './objects';

export const funnelsObjectTypes = {
  Funnel: { kind: 'schema', schema: funnelSchema, example: awareness },
} as const satisfies Record<string, ObjectTypeSpec>;
