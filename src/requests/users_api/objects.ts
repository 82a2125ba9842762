/**
 * What the Users API answers about a user's status: their custom status and their appearance
 * (available or away), in the snake_case this answer uses, unlike the rest of the API.
 */
import type { JsonSchema } from '../schema';
import type { CustomStatus } from '../custom_status_api/objects';
import type { User } from '../teams_api/objects';

export const userStatusSchema: JsonSchema = {
  type: 'object',
  description: "The user's status as it is now.",
  properties: {
    custom_status: {
      type: 'object',
      description: 'The custom status the user shows; absent when they show none.',
      properties: {
        id: { type: 'string', description: 'The identifier of the custom status.' },
        name: { type: 'string', description: 'The name of the custom status.' },
        last_updated_at: { type: 'string', format: 'date-time', description: 'When the user set this status (ISO 8601, with milliseconds).' },
      },
      required: ['id', 'name', 'last_updated_at'],
      additionalProperties: false,
    },
    appearance: {
      type: 'object',
      description: 'Whether the user is available or away.',
      properties: {
        available: { type: 'boolean', description: '`true` when the user is available, `false` when they are away.' },
        last_updated_at: { type: 'string', format: 'date-time', description: 'When `available` last changed (ISO 8601, with milliseconds).' },
      },
      required: ['available', 'last_updated_at'],
      additionalProperties: false,
    },
  },
  required: ['appearance'],
  additionalProperties: false,
};

export interface UserStatus {
  custom_status?: { id: string; name: string; last_updated_at: string };
  appearance: { available: boolean; last_updated_at: string };
}

/** A user's status, given the custom status they set (`null` when none or gone). */
export function userStatus(user: User, status: CustomStatus | null): UserStatus {
  return {
    ...(user.customStatus && status ? { custom_status: { id: status.id, name: status.name, last_updated_at: user.customStatus.setAt } } : {}),
    appearance: { available: user.available, last_updated_at: user.availableSince },
  };
}
