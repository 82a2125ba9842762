/** The objects the Contacts API returns: their schemas and the documented example values. */
import type { JsonSchema } from '../schema';

const isoDate = { type: 'string', format: 'date-time' } as const;
const nullableString: JsonSchema = { anyOf: [{ type: 'string' }, { type: 'null' }] };

export const sources = ['whatsapp', 'facebook', 'instagram', 'telegram'] as const;
export type Source = (typeof sources)[number];

export const teamSchema: JsonSchema = {
  type: 'object',
  properties: {
    uuid: { type: 'string' },
    name: { type: 'string' },
    createdAt: isoDate,
    default: { type: 'boolean' },
    members: { type: 'integer', minimum: 0 },
  },
  required: ['uuid', 'name', 'createdAt', 'default', 'members'],
  additionalProperties: false,
};

export const contactSchema: JsonSchema = {
  type: 'object',
  properties: {
    uuid: { type: 'string' },
    name: { type: 'string' },
    phoneNumber: { type: 'string' },
    avatarUrl: nullableString,
    createdAt: isoDate,
    source: { type: 'string', enum: sources },
    href: { type: 'string', format: 'uri' },
    conversationHref: { type: 'string', format: 'uri' },
    tags: { type: 'array', items: { type: 'string' } },
    assignedUser: nullableString,
    customFields: { type: 'object', additionalProperties: { type: 'string' } },
    closedAt: isoDate,
    blockedAt: isoDate,
    team: teamSchema,
  },
  required: [
    'uuid', 'name', 'phoneNumber', 'avatarUrl', 'createdAt', 'source', 'href',
    'conversationHref', 'tags', 'assignedUser', 'customFields', 'team',
  ],
  additionalProperties: false,
};

/** The one error shape of the sandbox (the public API does not document its own). */
export const errorSchema: JsonSchema = {
  type: 'object',
  properties: {
    error: {
      type: 'object',
      properties: {
        status: { type: 'integer' },
        message: { type: 'string' },
        details: {
          type: 'array',
          items: {
            type: 'object',
            properties: { field: { type: 'string' }, message: { type: 'string' } },
            required: ['field', 'message'],
            additionalProperties: false,
          },
        },
      },
      required: ['status', 'message', 'details'],
      additionalProperties: false,
    },
  },
  required: ['error'],
  additionalProperties: false,
};

export interface Team {
  uuid: string;
  name: string;
  createdAt: string;
  default: boolean;
  members: number;
}

export interface Contact {
  uuid: string;
  name: string;
  phoneNumber: string;
  avatarUrl: string | null;
  createdAt: string;
  source: Source;
  href: string;
  conversationHref: string;
  tags: string[];
  assignedUser: string | null;
  customFields: Record<string, string>;
  closedAt?: string;
  blockedAt?: string;
  team: Team;
}

export const dashboardUrl = 'https://dash.callbell.eu';

/** Where a contact and its conversation are in the dashboard: derived from its uuid. */
export function contactLinks(uuid: string): Pick<Contact, 'href' | 'conversationHref'> {
  return { href: `${dashboardUrl}/contacts/${uuid}`, conversationHref: `${dashboardUrl}/chat/${uuid}` };
}

/** The demo account: what the examples show and what the sandbox is seeded with. */
export const demoAccount = {
  team: {
    uuid: '6d2e7b3a9c1f4e8d8b0a5c7e9f1d3b2a',
    name: 'Support',
    createdAt: '2020-10-01T09:00:00Z',
    default: true,
    members: 1,
  } satisfies Team,
  user: 'agent@example.com',
  // The channel the API's own send-message example names.
  channelUuid: '35f6f8cc-b550-4278-a2ea-099f3a4e0730',
  tags: ['Call back', 'Interested', 'sales', 'lead'],
  // orderNumber and zipCode: the fields the API's own PATCH example sets.
  customFields: ['Billing Address', 'orderNumber', 'zipCode'],
} as const;

/** A contact as the API returns it, with the defaults of a fresh one (in the demo team) for whatever is not given. */
export function demoContact(fields: Pick<Contact, 'uuid' | 'name' | 'phoneNumber' | 'createdAt' | 'source'> & Partial<Contact>): Contact {
  const { uuid, name, phoneNumber, createdAt, source } = fields;
  return {
    uuid,
    name,
    phoneNumber,
    avatarUrl: fields.avatarUrl ?? null,
    createdAt,
    source,
    ...contactLinks(uuid),
    tags: fields.tags ?? [],
    assignedUser: fields.assignedUser ?? null,
    customFields: fields.customFields ?? {},
    team: fields.team ?? demoAccount.team,
  };
}

export const johnDoe = demoContact({
  uuid: '414a6d692bd645ed803f2e7ce360d4c8',
  name: 'John Doe',
  phoneNumber: '123456789',
  createdAt: '2020-11-13T21:08:53Z',
  source: 'whatsapp',
});

export const janeRoe = demoContact({
  uuid: '8c1e5f0b2d7a4e6f9b3c1a0d5e7f9a2b',
  name: 'Jane Roe',
  phoneNumber: '987654321',
  createdAt: '2021-02-03T10:15:00Z',
  source: 'instagram',
  tags: ['lead'],
  assignedUser: demoAccount.user,
});

export const maxMustermann = demoContact({
  uuid: 'c3d9a7e1f5b24c6a8e0d2b4f6a8c0e1d',
  name: 'Max Mustermann',
  phoneNumber: '491701234567',
  createdAt: '2022-05-20T08:30:00Z',
  source: 'telegram',
  tags: ['sales'],
  customFields: { 'Billing Address': 'Musterstraße 1' },
});

/** The recipient of the send-message examples: a customer who wrote an hour ago (see the Messages API's demo data). */
export const janJansen = demoContact({
  uuid: 'f3670b13446b412796238b1cd78899f9',
  name: 'Jan Jansen',
  phoneNumber: '31612345678',
  createdAt: '2024-09-23T20:09:10Z',
  source: 'whatsapp',
});

export const demoContacts: readonly Contact[] = [johnDoe, janeRoe, maxMustermann, janJansen];
