/** The Channels API's object type: a channel of the account. */
import type { ObjectTypeSpec } from '../object-type';
import { channelSchema, phoneNumber1 } from './objects';

export const channelsObjectTypes = {
  Channel: { kind: 'schema', schema: channelSchema, example: phoneNumber1 },
} as const satisfies Record<string, ObjectTypeSpec>;
