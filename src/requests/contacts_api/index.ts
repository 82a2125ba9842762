/** The Contacts API: six requests, described once. */
import { defineRequest } from '../define';
import type { EndpointGroup } from '../types';
import type { JsonSchema } from '../schema';
import { contactSchema, demoAccount, demoContact, demoContacts, johnDoe, maxMustermann, sources } from './objects';

const oneContact = (description: string): JsonSchema => ({
  type: 'object',
  description,
  properties: { contact: contactSchema },
  required: ['contact'],
  additionalProperties: false,
});

/** The API's tables ask for text values; its own PATCH example sends `"orderNumber": 123`. */
const customFields = {
  type: 'map',
  description: 'Custom field name → value; each field must exist in the account.',
  numbersAsText: {
    why: 'Numbers are accepted too and kept as text (123 is stored as "123"): the API\'s own example sends one, though its table asks for strings.',
  },
} as const;

const tag = { type: 'string', description: 'The name of a tag.' } as const;

const contactUuid = {
  uuid: { type: 'string', required: true, description: 'The identifier of the contact.' },
} as const;

const get_contacts = defineRequest({
  method: 'GET',
  path: '/contacts',
  summary: 'Lists the contacts of the account, 50 a page, newest first.',
  params: {
    path: {},
    query: {
      page: { type: 'integer', minimum: 1, description: 'The page to return, starting at 1 (default 1).' },
      source: { type: 'string', enum: sources, description: 'Only contacts from this channel.' },
      tags: { type: 'string', description: 'Comma-separated tags; matches contacts having any of them, case-insensitively.' },
      team_uuid: { type: 'string', description: 'Only contacts of this team.' },
    },
    body: null,
  },
  examples: { first_page: { summary: 'The first page of contacts', path: {}, query: { page: 1 } } },
  response: {
    status: 200,
    description: 'One page of contacts.',
    schema: {
      type: 'object',
      properties: { contacts: { type: 'array', items: contactSchema } },
      required: ['contacts'],
      additionalProperties: false,
    },
    example: { contacts: [...demoContacts].reverse() },
  },
});

const get_contact = defineRequest({
  method: 'GET',
  path: '/contacts/:uuid',
  summary: 'Retrieves one contact by its identifier.',
  params: { path: contactUuid, query: {}, body: null },
  examples: { john_doe: { summary: 'John Doe, by uuid', path: { uuid: johnDoe.uuid }, query: {} } },
  response: { status: 200, description: 'The contact.', schema: oneContact('The contact.'), example: { contact: johnDoe } },
});

const get_contact_by_phone = defineRequest({
  method: 'GET',
  path: '/contacts/phone/:phone_number',
  summary: 'Finds a contact by its phone number.',
  params: {
    path: {
      phone_number: { type: 'string', required: true, description: 'The phone number of the contact, as stored (digits only, no plus sign).' },
    },
    query: {
      channel_uuid: { type: 'string', description: 'The channel to search; without it, the main WhatsApp channel.' },
    },
    body: null,
  },
  examples: { john_doe: { summary: 'John Doe, by phone number', path: { phone_number: johnDoe.phoneNumber }, query: {} } },
  response: { status: 200, description: 'The contact.', schema: oneContact('The contact.'), example: { contact: johnDoe } },
});

const newContact = demoContact({
  uuid: '0f3b6c9e2a5d4f8b9c1e3a5d7f9b1c3e',
  name: 'Ada Lovelace',
  phoneNumber: '441234567890',
  createdAt: '2024-03-01T12:00:00Z',
  source: 'whatsapp',
  tags: ['lead'],
  assignedUser: demoAccount.user,
  customFields: { 'Billing Address': 'Main Street 1' },
});

const post_contacts = defineRequest({
  method: 'POST',
  path: '/contacts',
  summary: 'Creates a contact.',
  params: {
    path: {},
    query: {},
    body: {
      fields: {
        identifier: { type: 'string', required: true, description: 'The identifier of the contact on its channel (for WhatsApp, the phone number).' },
        source: { type: 'string', required: true, enum: sources, description: 'The channel of the contact.' },
        name: { type: 'string', required: true, description: 'The name of the contact.' },
        tags: { type: 'array', items: tag, description: 'Tags to put on the contact; each must exist in the account.' },
        custom_fields: customFields,
        assigned_user: { type: 'string', format: 'email', description: 'Email of the collaborator to assign the contact to.' },
        team_uuid: { type: 'string', description: 'The team inbox the contact belongs to.' },
      },
    },
  },
  examples: {
    ada_lovelace: {
      summary: 'A WhatsApp contact with a tag, a custom field and an assigned user',
      path: {},
      query: {},
      body: {
        identifier: newContact.phoneNumber,
        source: 'whatsapp',
        name: newContact.name,
        tags: ['lead'],
        custom_fields: { 'Billing Address': 'Main Street 1' },
        assigned_user: demoAccount.user,
      },
    },
  },
  response: { status: 200, description: 'The new contact.', schema: oneContact('The new contact.'), example: { contact: newContact } },
});

const patch_contacts = defineRequest({
  method: 'PATCH',
  path: '/contacts/:uuid',
  summary: 'Updates an existing contact; fields left out are unchanged.',
  params: {
    path: contactUuid,
    query: {},
    body: {
      fields: {
        name: { type: 'string', description: 'The name of the contact.' },
        tags: { type: 'array', items: tag, description: 'The tags of the contact (replaces the current ones); each must exist in the account.' },
        custom_fields: customFields,
      },
    },
  },
  examples: {
    john_doe: {
      summary: "John Doe's name, tags and billing address",
      path: { uuid: johnDoe.uuid },
      query: {},
      body: {
        name: 'John Doe',
        tags: ['Call back', 'Interested'],
        custom_fields: { 'Billing Address': 'Main Street 1' },
      },
    },
  },
  response: {
    status: 200,
    description: 'The contact which has been updated.',
    schema: oneContact('The contact which has been updated.'),
    example: {
      contact: { ...johnDoe, tags: ['Call back', 'Interested'], customFields: { 'Billing Address': 'Main Street 1' } },
    },
  },
});

const delete_contact = defineRequest({
  method: 'DELETE',
  path: '/contacts/:uuid',
  summary: 'Deletes a contact. This cannot be undone.',
  destructive: true,
  params: { path: contactUuid, query: {}, body: null },
  examples: { max_mustermann: { summary: 'Max Mustermann, by uuid', path: { uuid: maxMustermann.uuid }, query: {} } },
  response: {
    status: 200,
    description: 'Confirmation that the contact is gone.',
    schema: {
      type: 'object',
      properties: { status: { type: 'string', enum: ['contact was destroyed'] } },
      required: ['status'],
      additionalProperties: false,
    },
    example: { status: 'contact was destroyed' },
  },
});

export const contactsApi = {
  title: 'Contacts API',
  requests: { get_contacts, get_contact, get_contact_by_phone, post_contacts, patch_contacts, delete_contact },
} as const satisfies EndpointGroup;
