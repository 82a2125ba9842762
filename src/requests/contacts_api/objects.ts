/** The objects the Contacts API returns: their schemas and the documented example values. */
import type { JsonSchema } from '../schema';
import { checkboxText, customFieldsMetadataSchema as customFieldsMetadata, type CustomFieldMetadata } from './custom-fields';
import { demoAccount } from '../demo-account';
import { contactMessageExample } from '../messages_api/message';
import { awareness } from '../funnels_api/objects';

const isoDate = { type: 'string', format: 'date-time' } as const;
const nullableString = { anyOf: [{ type: 'string' }, { type: 'null' }] } as const;

export const sources = ['whatsapp', 'facebook', 'instagram', 'telegram'] as const;
export type Source = (typeof sources)[number];

export const teamSchema: JsonSchema = {
  type: 'object',
  description: 'A team inbox of the account.',
  properties: {
    uuid: { type: 'string', description: "The team's identifier." },
    name: { type: 'string', description: "The team's name." },
    createdAt: { ...isoDate, description: 'When the team was created (ISO 8601).' },
    default: { type: 'boolean', description: "Whether this is the account's default team." },
    members: { type: 'integer', minimum: 0, description: 'How many collaborators belong to the team.' },
  },
  required: ['uuid', 'name', 'createdAt', 'default', 'members'],
  additionalProperties: false,
};

/** The longest note a contact can carry, in characters. */
export const NOTE_MAX_LENGTH = 1000;

export const contactSchema: JsonSchema = {
  type: 'object',
  description: 'A person who wrote to the account on one of its channels.',
  properties: {
    uuid: { type: 'string', description: 'The identifier Callbell gave the contact.' },
    name: { type: 'string', description: "The contact's name." },
    phoneNumber: {
      type: 'string',
      change: { date: '2023-03-03', text: 'PATCH /contacts/:uuid no longer changes it.' },
      description: "The contact's phone number.",
    },
    avatarUrl: { ...nullableString, description: "The address of the contact's picture; `null` when there is none." },
    createdAt: { ...isoDate, description: 'When the contact was created (ISO 8601).' },
    source: { type: 'string', enum: sources, description: 'The kind of channel the conversation came from.' },
    funnelId: {
      anyOf: [{ type: 'string' }, { type: 'null' }],
      description: 'The `uuid` of the sales funnel stage (Funnel) the conversation is in; `null` while it is in none.',
    },
    closedAt: {
      anyOf: [isoDate, { type: 'null' }],
      description: 'When the conversation was closed (ISO 8601); `null` while it is open.',
    },
    blockedAt: { since: '2025-01-06', ...isoDate, description: 'When the contact was blocked (ISO 8601); present once they are.' },
    href: { type: 'string', format: 'uri', description: 'The contact in the Callbell dashboard.' },
    conversationHref: { since: '2024-09-24', type: 'string', format: 'uri', description: "The contact's conversation in the Callbell dashboard." },
    tags: { type: 'array', items: { type: 'string' }, description: "The contact's tags." },
    assignedUser: { since: '2023-04-05', ...nullableString, description: 'The email of the collaborator the contact is assigned to; `null` when nobody is.' },
    customFields: {
      since: '2023-03-03',
      type: 'object',
      additionalProperties: { type: 'string' },
      description: "Custom field name → value, as text (a checkbox field's options as JSON text: `[\"Dark Mode\", \"Notifications\"]`).",
    },
    customFieldsMetadata,
    team: teamSchema,
    bsuid: {
      since: '2026-06-22',
      type: 'string',
      description: "The contact's WhatsApp Business Suite User ID; only for WhatsApp Cloud API contacts whose BSUID is known.",
    },
    note: {
      since: '2026-07-01',
      ...nullableString,
      description: `A free-text note about the contact, up to ${NOTE_MAX_LENGTH} characters; \`null\` when there is none.`,
    },
  },
  required: [
    'uuid', 'name', 'phoneNumber', 'avatarUrl', 'createdAt', 'source', 'funnelId', 'closedAt', 'href',
    'conversationHref', 'tags', 'assignedUser', 'customFields', 'team', 'note',
  ],
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
  funnelId: string | null;
  closedAt: string | null;
  blockedAt?: string;
  href: string;
  conversationHref: string;
  tags: string[];
  assignedUser: string | null;
  customFields: Record<string, string>;
  customFieldsMetadata?: Record<string, CustomFieldMetadata>;
  team: Team;
  bsuid?: string;
  note: string | null;
}

export const dashboardUrl = 'https://dash.callbell.eu';

/** Where a contact and its conversation are in the dashboard: derived from its uuid. */
export function contactLinks(uuid: string): Pick<Contact, 'href' | 'conversationHref'> {
  return { href: `${dashboardUrl}/contacts/${uuid}`, conversationHref: `${dashboardUrl}/chat/${uuid}` };
}

type ContactFields = Pick<Contact, 'uuid' | 'name' | 'phoneNumber' | 'createdAt' | 'source'> & Partial<Contact>;

/** A contact as the API returns it, with the defaults of a fresh one (in the demo team, its conversation open) for whatever is not given. */
export function demoContact(fields: ContactFields): Contact {
  const { uuid, name, phoneNumber, createdAt, source } = fields;
  return {
    uuid,
    name,
    phoneNumber,
    avatarUrl: fields.avatarUrl ?? null,
    createdAt,
    source,
    funnelId: fields.funnelId ?? null,
    closedAt: fields.closedAt ?? null,
    ...(fields.blockedAt === undefined ? {} : { blockedAt: fields.blockedAt }),
    ...contactLinks(uuid),
    tags: fields.tags ?? [],
    assignedUser: fields.assignedUser ?? null,
    customFields: fields.customFields ?? {},
    team: fields.team ?? demoAccount.team,
    ...(fields.bsuid === undefined ? {} : { bsuid: fields.bsuid }),
    note: fields.note ?? null,
  };
}

/** The contact of most examples, with the custom fields and BSUID the API's own examples give him. */
export const johnDoe = demoContact({
  uuid: '414a6d692bd645ed803f2e7ce360d4c8',
  name: 'John Doe',
  phoneNumber: '123456789',
  createdAt: '2020-11-13T21:08:53Z',
  source: 'whatsapp',
  funnelId: awareness.uuid,
  customFields: { Address: 'Oxford Street 123', 'Birth Date': '1990-05-15', Features: checkboxText(['Dark Mode', 'Notifications']) },
  bsuid: 'bsuid_abc123',
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

/** The contact whose conversation the API's own example lists (see conversation.ts); the number is the receiver of its messages. */
export const giuliaBianchi = demoContact({
  uuid: 'efd7d996470e463b89f079be6cf578ed',
  name: 'Giulia Bianchi',
  phoneNumber: contactMessageExample.to,
  createdAt: '2023-12-12T10:53:32Z',
  source: 'whatsapp',
});

/** The recipient of the send-message examples: a customer who wrote an hour ago (see the Messages API's demo data). */
export const janJansen = demoContact({
  uuid: 'f3670b13446b412796238b1cd78899f9',
  name: 'Jan Jansen',
  phoneNumber: '31612345678',
  createdAt: '2024-09-23T20:09:10Z',
  source: 'whatsapp',
});

/** Oldest first. */
export const demoContacts: readonly Contact[] = [johnDoe, janeRoe, maxMustermann, giuliaBianchi, janJansen];
