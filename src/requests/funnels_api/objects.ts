/** The stages of the account's sales funnel: the `Funnel` object type and the demo account's funnels. */
import type { JsonSchema } from '../schema';

export interface Funnel {
  position: number;
  name: string;
  emoji: string;
  createdAt: string;
  uuid: string;
}

export const funnelSchema: JsonSchema = {
  type: 'object',
  description: 'A stage of the sales funnel a conversation can be in, as set up in the dashboard.',
  properties: {
    position: { type: 'integer', minimum: 1, description: 'Where the stage comes in the funnel.' },
    name: { type: 'string', description: 'The name of the stage.' },
    emoji: { type: 'string', description: 'The emoji shown beside the name.' },
    createdAt: {
      type: 'string',
      description: 'When the stage was created, written as `YYYY-MM-DD HH:MM:SS +ZZZZ` (the time in the account\'s zone, with its offset).',
    },
    uuid: { type: 'string', description: 'The identifier of the stage: the `funnelId` of a contact in it.' },
  },
  required: ['position', 'name', 'emoji', 'createdAt', 'uuid'],
  additionalProperties: false,
};

/** The API's own example funnels, in its order (newest first). It gives every one position 1. */
export const demoFunnels: readonly Funnel[] = [
  { position: 1, name: 'Awareness', emoji: '🧘‍♂️', createdAt: '2025-12-18 20:00:19 +0100', uuid: 'ff0f96b9-b003-4d0c-b14f-27f3f6868dd6' },
  { position: 1, name: 'Interest', emoji: '👁️', createdAt: '2025-12-18 19:55:01 +0100', uuid: '1cd7845e-6b93-453d-b015-9dce35d16f39' },
  { position: 1, name: 'Desire', emoji: '✨', createdAt: '2025-12-18 19:54:45 +0100', uuid: '1e6c0c57-c81d-49d2-81d2-fcec053a1ab6' },
  { position: 1, name: 'Action', emoji: '🎯', createdAt: '2025-12-16 21:32:44 +0100', uuid: '8c51dfc8-667a-4f7f-9c83-ae065524483a' },
];

export const [awareness] = demoFunnels as [Funnel, ...Funnel[]];
