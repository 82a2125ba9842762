/**
 * The objects of the Custom Status API: a custom status (what a user may show besides being
 * available or away), its schema, and the statuses of the demo account.
 */
import type { JsonSchema } from '../schema';

export interface CustomStatus {
  id: string;
  name: string;
  emoji: string;
  createdAt: string;
  updatedAt: string;
}

export const customStatusSchema: JsonSchema = {
  type: 'object',
  description: 'A status of the account that its users can show beside being available or away, such as Vacationing or Lunch.',
  properties: {
    id: { type: 'string', description: 'The identifier of the custom status, a UUID with dashes.' },
    name: { type: 'string', description: 'The name users see, such as `Vacationing`.' },
    emoji: { since: '2025-02-05', type: 'string', description: 'The emoji shown with the name.' },
    createdAt: { type: 'string', format: 'date-time', description: 'When the custom status was created (ISO 8601).' },
    updatedAt: { type: 'string', format: 'date-time', description: 'When the custom status was last changed (ISO 8601); its creation time until then.' },
  },
  required: ['id', 'name', 'emoji', 'createdAt', 'updatedAt'],
  additionalProperties: false,
};

/** The emoji the sandbox gives a custom status it creates: the API takes none and does not say how one is chosen. */
export const newStatusEmoji = '🙂';

/** The demo account's custom statuses. Times keep the offset of the API's own examples (+01:00). */
export const vacationing: CustomStatus = {
  id: '0d6041a2-8b88-49ec-a99b-a88a078a16c1',
  name: 'Vacationing',
  emoji: '🌴',
  createdAt: '2024-11-22T21:29:43+01:00',
  updatedAt: '2024-11-22T21:29:43+01:00',
};

export const inMeeting: CustomStatus = {
  id: '25003aa2-d2b0-4089-852a-3e216e0a7495',
  name: 'In meeting',
  emoji: '💬',
  createdAt: '2024-11-25T19:49:31+01:00',
  updatedAt: '2024-11-25T19:49:31+01:00',
};

/** Created as `Lunch` by the API's POST example, then renamed by its PUT example: kept as the PUT left it. */
export const backInABit: CustomStatus = {
  id: '8dbd6f6c-ec09-4b87-a04e-bef1c2ca41db',
  name: 'Back in a bit',
  emoji: '⭐️',
  createdAt: '2024-12-04T14:12:14+01:00',
  updatedAt: '2024-12-04T14:31:58+01:00',
};

/** The status the API's DELETE example removes (the API shows nothing else of it). */
export const commuting: CustomStatus = {
  id: '5f5b5ad9-80d3-42d9-b950-2c7bb7b1e307',
  name: 'Commuting',
  emoji: '🚌',
  createdAt: '2024-12-05T08:30:00+01:00',
  updatedAt: '2024-12-05T08:30:00+01:00',
};

export const demoCustomStatuses: readonly CustomStatus[] = [vacationing, inMeeting, backInABit, commuting];
