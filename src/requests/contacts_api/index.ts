/** The Contacts API: a contact, its conversation, its messages and its bot, described once. */
import { defineRequest } from '../define';
import { pageParam } from '../pagination';
import type { EndpointGroup } from '../types';
import type { JsonSchema } from '../schema';
import { awareness } from '../funnels_api/objects';
import { contactMessageSchema } from '../messages_api/message';
import { botCommands, botSchema, demoBot, demoContactBots, statusAfter, waitingBot } from './bot';
import { demoConversation } from './conversation';
import { demoCustomFields, fieldTypesOf } from './custom-fields';
import { NOTE_MAX_LENGTH, contactSchema, demoContact, demoContacts, giuliaBianchi, johnDoe, maxMustermann, sources, type Contact } from './objects';
import { demoAccount } from '../demo-account';
import { UNKNOWN_ID, documentedError, invalidParameters, notFound } from '../errors';

const noSuchContact = notFound('contact', 'uuid', 'No such contact');

const oneContact = (description: string): JsonSchema => ({
  type: 'object',
  description,
  properties: { contact: contactSchema },
  required: ['contact'],
  additionalProperties: false,
});

/** A contact as `include_field_types=true` shows it: each custom field's value typed, with its kind. */
const withFieldTypes = (contact: Contact): Contact => ({ ...contact, customFieldsMetadata: fieldTypesOf(contact.customFields, demoCustomFields) });

/** The API's tables ask for text values; its own PATCH example sends `"orderNumber": 123`. */
const customFields = {
  since: '2023-03-03',
  change: { date: '2026-03-03', text: 'Each value is checked against the kind of its custom field.' },
  type: 'map',
  listValues: true,
  description:
    'An object with the custom fields, each name with its value (e.g. `{"Billing Address": "Main Street 1"}`); each field must exist in the account, and each value must suit its kind of field (see the table of kinds below).',
  numbersAsText: {
    why: 'Numbers are accepted too and kept as text (123 is stored as "123"): the API\'s own example sends one, though its table asks for strings.',
  },
} as const;

const tag = { type: 'string', description: 'The name of a tag.' } as const;

const contactUuid = {
  uuid: {
    type: 'string',
    required: true,
    description:
      'The identifier of the contact: the `uuid` Callbell gave it, not its phone number, which finds nobody here (`GET /contacts/phone/:phone_number` finds a contact by its phone number).',
  },
} as const;

const includeFieldTypes = {
  include_field_types: {
    since: '2026-03-03',
    type: 'boolean',
    description: 'With `true`, each contact carries `customFieldsMetadata`: every custom field\'s value typed, its kind of field and its options.',
  },
} as const;

/** What POST and PATCH both take beyond the contact's name, tags and custom fields. */
const assignment = {
  assigned_user: { since: '2023-04-05', type: 'string', format: 'email', description: 'The email of the collaborator (a user of the account) to assign the contact to.' },
  team_uuid: { since: '2023-12-19', type: 'string', description: 'The team inbox the contact belongs to; a team of the account.' },
  bot_status: {
    since: '2024-05-15',
    type: 'string',
    enum: botCommands,
    description: 'Starts (`bot_start`) or ends (`bot_end`) the account\'s bot for this contact; the account needs a bot enabled. A new contact gets `bot_start` when the account has one.',
  },
  note: {
    since: '2026-07-01',
    type: 'string',
    multiline: true,
    maxLength: NOTE_MAX_LENGTH,
    description: 'A free-text note about the contact.',
  },
} as const;

const get_contacts = defineRequest({
  method: 'GET',
  path: '/contacts',
  errors: [
    invalidParameters({ query: { source: 'sms' } }, [{ field: 'query.source', message: `must be one of: ${sources.join(', ')}` }]),
  ],
  summary: 'Lists the contacts of the account, 50 a page, newest first.',
  params: {
    path: {},
    query: {
      page: pageParam,
      source: { type: 'string', enum: sources, description: 'Only contacts from this channel.' },
      tags: { type: 'string', example: 'Interested,lead', description: 'Comma-separated tags; matches contacts having any of them, case-insensitively.' },
      team_uuid: { type: 'string', example: demoAccount.team.uuid, description: 'Only contacts of this team.' },
      ...includeFieldTypes,
    },
    body: null,
  },
  examples: { first_page: { summary: 'The first page of contacts', path: {}, query: { page: 1 } } },
  response: {
    status: 200,
    description: 'One page of contacts.',
    schema: {
      type: 'object',
      properties: { contacts: { type: 'array', items: contactSchema, description: 'One page of contacts, newest first.' } },
      required: ['contacts'],
      additionalProperties: false,
    },
    example: { contacts: [...demoContacts].reverse() },
    otherExamples: {
      with_field_types: { summary: 'With `include_field_types=true`', value: { contacts: [...demoContacts].reverse().map(withFieldTypes) } },
    },
  },
});

const get_contact = defineRequest({
  method: 'GET',
  path: '/contacts/:uuid',
  errors: [
    noSuchContact,
    invalidParameters({ query: { include_field_types: 'yes' } }, [{ field: 'query.include_field_types', message: 'must be true or false' }]),
  ],
  summary: 'Retrieves one contact by its identifier.',
  params: { path: contactUuid, query: includeFieldTypes, body: null },
  examples: { john_doe: { summary: 'John Doe, by uuid', path: { uuid: johnDoe.uuid }, query: {} } },
  response: {
    status: 200,
    description: 'The contact.',
    schema: oneContact('The contact.'),
    example: { contact: johnDoe },
    otherExamples: { with_field_types: { summary: 'With `include_field_types=true`', value: { contact: withFieldTypes(johnDoe) } } },
  },
});

const get_contact_messages = defineRequest({
  since: '2024-01-04',
  method: 'GET',
  path: '/contacts/:uuid/messages',
  errors: [
    noSuchContact,
    invalidParameters({ query: { page: '0' } }, [{ field: 'query.page', message: 'must be 1 or more' }]),
  ],
  summary: "Lists the messages of a contact's conversation, 50 a page, newest first.",
  params: {
    path: contactUuid,
    query: { page: pageParam },
    body: null,
  },
  examples: { giulia_bianchi: { summary: "Giulia Bianchi's conversation", path: { uuid: giuliaBianchi.uuid }, query: {} } },
  response: {
    status: 200,
    description: "One page of the conversation's messages.",
    schema: {
      type: 'object',
      properties: {
        messages: { type: 'array', items: contactMessageSchema, description: 'What the contact wrote, what the account sent and the notes of the team, newest first.' },
      },
      required: ['messages'],
      additionalProperties: false,
    },
    example: { messages: demoConversation },
  },
});

const get_contact_by_phone = defineRequest({
  method: 'GET',
  path: '/contacts/phone/:phone_number',
  errors: [
    documentedError(404, 'No contact on the channel has this phone number.', { path: { phone_number: '31600000000' } }, `No contact with phone number "31600000000" on channel ${demoAccount.channelUuid}`, [
      { field: 'path.phone_number', message: 'No such contact' },
    ]),
    documentedError(422, '`channel_uuid` names no channel of the account.', { query: { channel_uuid: UNKNOWN_ID } }, `Unknown channel "${UNKNOWN_ID}"`, [
      { field: 'query.channel_uuid', message: 'No such channel in this account' },
    ]),
    invalidParameters({ query: { channel: 'whatsapp' } }, [{ field: 'query.channel', message: 'is not a parameter of this request' }]),
  ],
  summary: 'Finds a contact by its phone number.',
  params: {
    path: {
      phone_number: { type: 'string', required: true, description: 'The phone number of the contact, as stored (digits only, no plus sign).' },
    },
    query: {
      channel_uuid: { since: '2024-03-05', type: 'string', example: demoAccount.channelUuid, description: 'The channel to search; without it, the main WhatsApp channel.' },
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
  errors: [
    invalidParameters({ body: { source: 'sms' } }, [{ field: 'body.source', message: `must be one of: ${sources.join(', ')}` }]),
    documentedError(
      422,
      'A contact of the channel already has this identifier.',
      { after: [['contacts_api', 'post_contacts']] },
      'A whatsapp contact with identifier "441234567890" already exists',
      [{ field: 'body.identifier', message: 'Already taken on this channel' }],
    ),
  ],
  summary: 'Creates a contact.',
  params: {
    path: {},
    query: {},
    body: {
      fields: {
        identifier: { type: 'string', required: true, description: 'The identifier of the contact on its channel (for WhatsApp, the phone number).' },
        source: { type: 'string', required: true, enum: sources, description: 'The channel of the contact.' },
        name: { type: 'string', required: true, description: 'The name of the contact.' },
        tags: { since: '2023-03-03', type: 'array', items: tag, description: 'Tags to put on the contact; each must exist in the account.' },
        custom_fields: customFields,
        channel_uuid: {
          since: '2024-02-14',
          type: 'string',
          description: 'The channel of the account the contact writes to, of the kind `source` names; without it, the main channel of that kind.',
        },
        ...assignment,
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
    typed_custom_fields: {
      summary: 'A contact with a value for each kind of custom field, a note, and the bot off',
      path: {},
      query: {},
      body: {
        identifier: '447700900456',
        source: 'whatsapp',
        name: 'Grace Hopper',
        channel_uuid: demoAccount.channelUuid,
        custom_fields: { 'Billing Address': 'Main Street 1', 'Work Email': 'user@example.com', Status: 'Active', Features: ['Dark Mode', 'Notifications'] },
        team_uuid: demoAccount.team.uuid,
        bot_status: 'bot_end',
        note: 'Asked for a call back after the demo.',
      },
    },
  },
  response: { status: 200, description: 'The new contact.', schema: oneContact('The new contact.'), example: { contact: newContact } },
});

const get_contact_by_bsuid = defineRequest({
  since: '2026-06-22',
  method: 'GET',
  path: '/contacts/bsuid/:bsuid',
  errors: [
    documentedError(404, 'No contact has this BSUID.', { path: { bsuid: 'bsuid_unknown' } }, 'No contact with BSUID "bsuid_unknown"', [{ field: 'path.bsuid', message: 'No such contact' }]),
    invalidParameters({ query: { expand: 'conversation' } }, [{ field: 'query.expand', message: 'is not a parameter of this request' }]),
  ],
  summary: 'Finds a contact by its WhatsApp Business Suite User ID, for contacts WhatsApp shows without a phone number.',
  params: {
    path: { bsuid: { type: 'string', required: true, description: 'The Business Suite User ID of the contact.' } },
    query: {},
    body: null,
  },
  examples: { john_doe: { summary: 'John Doe, by BSUID', path: { bsuid: johnDoe.bsuid! }, query: {} } },
  response: { status: 200, description: 'The contact.', schema: oneContact('The contact.'), example: { contact: johnDoe } },
});

const patch_contacts = defineRequest({
  method: 'PATCH',
  path: '/contacts/:uuid',
  errors: [
    noSuchContact,
    invalidParameters({ body: { assigned_user: 'john' } }, [{ field: 'body.assigned_user', message: 'must be an email address' }]),
    documentedError(
      422,
      'A value names a tag, custom field, user or team the account does not have.',
      { body: { tags: ['VIP'] } },
      'body.tags[0] is "VIP", not a tag of this account (create tags and custom fields in Settings first; users, teams and channels must belong to the account)',
      [{ field: 'body.tags[0]', message: 'is "VIP", not a tag of this account' }],
    ),
  ],
  summary: 'Updates an existing contact; fields left out are unchanged.',
  params: {
    path: contactUuid,
    query: {},
    body: {
      fields: {
        name: { type: 'string', description: 'The name of the contact.' },
        tags: {
          since: '2023-03-03',
          type: 'array',
          items: tag,
          description: 'A JSON list of tag names (e.g. `["Call back", "Interested"]`), replacing the tags the contact has; each must exist in the account.',
        },
        custom_fields: customFields,
        ...assignment,
        unassign_user: { since: '2023-04-05', type: 'boolean', description: 'With `true`, the contact is assigned to nobody. Not together with `assigned_user`.' },
        note: { ...assignment.note, description: 'A free-text note about the contact, replacing the current one; `""` removes it.' },
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
      contact: { ...johnDoe, tags: ['Call back', 'Interested'], customFields: { ...johnDoe.customFields, 'Billing Address': 'Main Street 1' } },
    },
  },
});

const delete_contact = defineRequest({
  method: 'DELETE',
  path: '/contacts/:uuid',
  errors: [
    noSuchContact,
    invalidParameters({ query: { force: 'true' } }, [{ field: 'query.force', message: 'is not a parameter of this request' }]),
  ],
  summary: 'Deletes a contact. This cannot be undone.',
  destructive: true,
  params: { path: contactUuid, query: {}, body: null },
  examples: { max_mustermann: { summary: 'Max Mustermann, by uuid', path: { uuid: maxMustermann.uuid }, query: {} } },
  response: {
    status: 200,
    description: 'Confirmation that the contact is gone.',
    schema: {
      type: 'object',
      properties: { status: { type: 'string', enum: ['contact was destroyed'], description: 'Always `contact was destroyed`.' } },
      required: ['status'],
      additionalProperties: false,
    },
    example: { status: 'contact was destroyed' },
  },
});

const post_contact_conversation_close = defineRequest({
  since: '2024-01-11',
  method: 'POST',
  path: '/contacts/:uuid/conversation/close',
  errors: [
    noSuchContact,
    invalidParameters({ query: { notify: 'true' } }, [{ field: 'query.notify', message: 'is not a parameter of this request' }]),
  ],
  summary: "Closes the contact's conversation: `closedAt` becomes the current time (UTC).",
  params: { path: contactUuid, query: {}, body: null },
  examples: { john_doe: { summary: "John Doe's conversation", path: { uuid: johnDoe.uuid }, query: {} } },
  response: {
    status: 200,
    description: 'The contact, its conversation closed.',
    schema: oneContact('The contact, its conversation closed.'),
    example: { contact: { ...johnDoe, closedAt: '2020-11-13T21:08:53Z' } },
  },
});

const post_contact_conversation_open = defineRequest({
  since: '2024-01-11',
  method: 'POST',
  path: '/contacts/:uuid/conversation/open',
  errors: [
    noSuchContact,
    invalidParameters({ query: { notify: 'true' } }, [{ field: 'query.notify', message: 'is not a parameter of this request' }]),
  ],
  summary: "Reopens the contact's conversation: `closedAt` becomes `null`.",
  params: { path: contactUuid, query: {}, body: null },
  examples: { john_doe: { summary: "John Doe's conversation", path: { uuid: johnDoe.uuid }, query: {} } },
  response: {
    status: 200,
    description: 'The contact, its conversation open.',
    schema: oneContact('The contact, its conversation open.'),
    example: { contact: johnDoe },
  },
});

const oneBot: JsonSchema = {
  type: 'object',
  properties: { bot: botSchema },
  required: ['bot'],
  additionalProperties: false,
};

const get_contact_bot = defineRequest({
  since: '2024-03-11',
  method: 'GET',
  path: '/contacts/:uuid/bot',
  errors: [
    noSuchContact,
    invalidParameters({ query: { expand: 'bot' } }, [{ field: 'query.expand', message: 'is not a parameter of this request' }]),
  ],
  summary: "Reads where the account's bot stands for a contact.",
  params: { path: contactUuid, query: {}, body: null },
  examples: { john_doe: { summary: "John Doe's bot", path: { uuid: johnDoe.uuid }, query: {} } },
  response: { status: 200, description: 'The bot, for this contact.', schema: oneBot, example: { bot: { ...demoBot, ...demoContactBots[johnDoe.uuid]! } } },
});

const post_contact_bot = defineRequest({
  since: '2024-03-11',
  method: 'POST',
  path: '/contacts/:uuid/bot',
  errors: [
    noSuchContact,
    invalidParameters({ body: { status: 'start' } }, [{ field: 'body.status', message: 'must be one of: bot_start, bot_end' }]),
  ],
  summary: "Starts or ends the account's bot for a contact: stop it to take over the conversation, start it to hand it back.",
  params: {
    path: contactUuid,
    query: {},
    body: {
      fields: {
        status: {
          type: 'string',
          required: true,
          enum: botCommands,
          description: `\`bot_start\` switches the bot on for the contact (status \`${statusAfter.bot_start}\`: it answers their next message); \`bot_end\` switches it off (status \`${statusAfter.bot_end}\`).`,
        },
      },
    },
  },
  examples: { start: { summary: 'Start the bot for John Doe', path: { uuid: johnDoe.uuid }, query: {}, body: { status: 'bot_start' } } },
  response: { status: 200, description: 'The bot, for this contact.', schema: oneBot, example: { bot: { ...demoBot, ...waitingBot } } },
});

const post_contact_conversation_create_note = defineRequest({
  since: '2024-11-26',
  method: 'POST',
  path: '/contacts/:uuid/conversation/note',
  errors: [
    noSuchContact,
    invalidParameters({ body: { text: undefined } }, [{ field: 'body.text', message: 'is required' }]),
  ],
  summary: "Leaves a note in the contact's conversation, for the team only; `@` mentions a collaborator.",
  params: {
    path: contactUuid,
    query: {},
    body: {
      fields: {
        text: { type: 'string', required: true, multiline: true, description: 'The text of the note. Write `@` and a collaborator\'s name to mention them.' },
      },
    },
  },
  examples: {
    mention: { summary: 'A note mentioning a collaborator', path: { uuid: johnDoe.uuid }, query: {}, body: { text: 'Hey @john.doe, look here!' } },
  },
  response: {
    status: 200,
    description: 'The note is in the conversation.',
    schema: {
      type: 'object',
      properties: { success: { type: 'boolean', description: 'Always `true`: the note was saved.' } },
      required: ['success'],
      additionalProperties: false,
    },
    example: { success: true },
  },
});

const put_contacts_conversation_update_funnel = defineRequest({
  since: '2025-12-22',
  method: 'PUT',
  path: '/contacts/:uuid/conversation/update_funnel',
  errors: [
    noSuchContact,
    invalidParameters({ body: { funnel_id: 3 } }, [{ field: 'body.funnel_id', message: 'must be a string' }]),
    documentedError(
      422,
      '`funnel_id` names no funnel stage of the account.',
      { body: { funnel_id: UNKNOWN_ID } },
      `body.funnel_id is "${UNKNOWN_ID}", not a funnel stage of this account (GET /funnels lists them)`,
      [{ field: 'body.funnel_id', message: `is "${UNKNOWN_ID}", not a funnel stage of this account` }],
    ),
  ],
  summary: "Moves the contact's conversation to a stage of the sales funnel.",
  params: {
    path: contactUuid,
    query: {},
    body: {
      fields: {
        funnel_id: { type: 'string', required: true, description: 'The `uuid` of the funnel stage (see the Funnels API).' },
      },
    },
  },
  examples: {
    awareness: {
      summary: 'Giulia Bianchi, to the Awareness stage',
      path: { uuid: giuliaBianchi.uuid },
      query: {},
      body: { funnel_id: awareness.uuid },
    },
  },
  response: {
    status: 200,
    description: 'The contact, with its new `funnelId`.',
    schema: oneContact('The contact, with its new `funnelId`.'),
    example: { contact: { ...giuliaBianchi, funnelId: awareness.uuid } },
  },
});

export const contactsApi = {
  title: 'Contacts API',
  description: "The account's contacts: list, find, create, change and delete them; their conversation, messages, notes, funnel stage and bot.",
  requests: {
    get_contacts,
    get_contact,
    get_contact_messages,
    get_contact_by_phone,
    post_contacts,
    get_contact_by_bsuid,
    patch_contacts,
    delete_contact,
    post_contact_conversation_close,
    post_contact_conversation_open,
    get_contact_bot,
    post_contact_bot,
    post_contact_conversation_create_note,
    put_contacts_conversation_update_funnel,
  },
} as const satisfies EndpointGroup;
