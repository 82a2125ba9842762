/** The demo account the whole API's examples share, and the sandbox is seeded with: its team, user, channel, tags and custom fields. */
import type { Team } from './contacts_api/objects';
import { demoCustomFields } from './contacts_api/custom-fields';
import { contactMessageExample } from './messages_api/message';

export const demoAccount = {
  // The default team of the Teams API's examples; its members are in teams_api/objects.ts.
  team: {
    uuid: 'ad42a09715814e6483b1c5debd6a2dbc',
    name: 'General',
    createdAt: '2020-11-13T21:08:53Z',
    default: true,
    members: 2,
  } satisfies Team,
  user: 'agent@example.com',
  // The channel the API's own send-message example names.
  channelUuid: '35f6f8cc-b550-4278-a2ea-099f3a4e0730',
  // The number that channel writes from: the sender of the API's own example message.
  phoneNumber: contactMessageExample.from,
  tags: ['Call back', 'Interested', 'sales', 'lead'],
  customFields: demoCustomFields,
} as const;

