/** The Messages API: send a message, read its status, delete it. */
import { defineRequest } from '../define';
import type { EndpointGroup } from '../types';
import { demoAccount } from '../demo-account';
import { demoMessages, messageSendRequestSchema, messageTypes, welcomeTemplate } from './objects';
import { documentedError, invalidParameters, notFound } from '../errors';

const noSuchMessage = notFound('message', 'uuid', 'No such message');

const messageUuid = {
  uuid: { type: 'string', required: true, description: 'The identifier of the message, as the send request answered it.' },
} as const;

/** The content of a media message: where the file is, and text only where the type takes it. */
const mediaContent = (text: string) =>
  ({
    type: 'object',
    required: true,
    typeName: 'MessageContent',
    description: 'What the message carries: the address of the file.',
    fields: {
      url: { type: 'string', format: 'url', required: true, description: 'The public address of the file to send.' },
      text: { type: 'string', multiline: true, description: text },
    },
  }) as const;

const recipient = '+31612345678';
const sender = { to: recipient, from: 'whatsapp' } as const;
const template = { template_uuid: welcomeTemplate.uuid, optin_contact: true } as const;

const sentMessage = { uuid: demoMessages[0].uuid, status: 'enqueued' } as const;
const sentToContact = { uuid: 'c7b3d1216d4c4dcd908199d6700f2381', name: 'John Doe', phone: '+1234567890', email: 'john@doe.com' };
const sentInConversation = { source: 'whatsapp', href: 'https://dash.callbell.eu/chat/f3670b13446b412796238b1cd78899f9', createdAt: '2024-09-23T20:09:10Z' };

const post_send_messages = defineRequest({
  method: 'POST',
  path: '/messages/send',
  errors: [
    invalidParameters({ body: { type: 'sticker' } }, [{ field: 'body.type', message: `must be one of: ${messageTypes.join(', ')}` }]),
    documentedError(
      422,
      'The message breaks a sending rule: `to` has not written in the last 24 hours (only a template reaches them), or a channel, template or team is not the account\'s.',
      { body: { to: '+31600000000' } },
      'body.to is "+31600000000", a number no whatsapp contact of this account has, so it has never written to you; only a template can reach them now: send template_uuid, with optin_contact: true (the template creates the contact)',
      [
        {
          field: 'body.to',
          message: 'is "+31600000000", a number no whatsapp contact of this account has, so it has never written to you; only a template can reach them now: send template_uuid, with optin_contact: true (the template creates the contact)',
        },
      ],
    ),
  ],
  summary: 'Sends a message (text, media or template) to a contact on one of your channels.',
  params: {
    path: {},
    query: {},
    body: {
      fields: {
        to: {
          type: 'string',
          description: 'The recipient: a phone number with its country code, or the contact\'s id on the channel. When `bsuid` is given too, `to` is used.',
        },
        bsuid: { since: '2026-06-22', type: 'string', description: 'The recipient\'s WhatsApp Business Suite User ID, instead of `to`.' },
        from: { type: 'string', required: true, description: 'The kind of channel to send on, e.g. `whatsapp`.' },
        type: {
          type: 'string',
          required: true,
          enum: messageTypes,
          typeName: 'MessageType',
          description: 'What kind of message this is; it decides what `content` holds.',
        },
        channel_uuid: {
          since: '2024-02-09',
          type: 'string',
          description: 'The channel to send from, when the account has several of the kind `from` names.',
        },
        template_uuid: {
          since: '2023-01-17',
          type: 'string',
          requires: ['optin_contact'],
          description: 'Sends this approved template (see the Templates API) instead of free text. Official WhatsApp Business API only.',
        },
        optin_contact: {
          since: '2023-01-17',
          type: 'boolean',
          description: 'Confirms that the contact agreed to receive messages from you. Required with `template_uuid`.',
        },
        template_values: {
          since: '2023-06-29',
          type: 'array',
          items: { type: 'string', description: 'The value of one template variable.' },
          description: 'The values of the template\'s variables `{{1}}`, `{{2}}`, … in order; when they fit the template, `content` is not used.',
        },
        assigned_user: {
          type: 'string',
          format: 'email',
          description: 'The email of a collaborator to assign the conversation to; someone outside the account\'s team is not assigned.',
        },
        team_uuid: { since: '2023-12-19', type: 'string', description: 'The team to assign the conversation to.' },
        fields: {
          since: '2024-02-20',
          change: { date: '2024-09-24', text: 'It takes `conversation` too, for where the message went.' },
          type: 'string',
          description: 'Extra parts of the answer, comma-separated: `contact` (the recipient), `conversation` (where the message went).',
        },
        bot_status: {
          since: '2024-05-15',
          type: 'string',
          enum: ['bot_start', 'bot_end'],
          description: 'Starts or ends the account\'s bot on this conversation; needs a bot. With a bot on, `bot_start` is the default.',
        },
        metadata: {
          since: '2024-07-30',
          type: 'map',
          maxEntries: 10,
          maxKeyLength: 50,
          maxValueLength: 500,
          description: 'Your own data about the message, sent back in webhook events. Never anything sensitive.',
        },
      },
      variants: {
        by: 'type',
        cases: {
          text: {
            content: {
              type: 'object',
              required: true,
              typeName: 'MessageContent',
              description: 'What the message says.',
              fields: {
                text: {
                  type: 'string',
                  required: true,
                  multiline: true,
                  description: 'The text of the message; for a template with one variable, the value of `{{1}}`.',
                },
              },
            },
          },
          image: { content: mediaContent('A caption under the image; for a template, the value of its variable.') },
          document: { content: mediaContent('For a template message only: the value of its variable (only images take a caption).') },
          audio: { content: mediaContent('For a template message only: the value of its variable (only images take a caption).') },
          video: { content: mediaContent('For a template message only: the value of its variable (only images take a caption).') },
        },
      },
      anyOf: [['to', 'bsuid']],
    },
  },
  examples: {
    text: {
      summary: 'A text message',
      path: {},
      query: {},
      body: { ...sender, type: 'text', channel_uuid: demoAccount.channelUuid, content: { text: 'Hello!' } },
    },
    user_assignment: {
      summary: 'A text message assigned to a collaborator',
      path: {},
      query: {},
      body: { ...sender, type: 'text', content: { text: 'Hello! This message has an assigned user!' }, assigned_user: 'john.doe@email.com' },
    },
    metadata: {
      summary: 'A text message with metadata',
      path: {},
      query: {},
      body: {
        ...sender,
        type: 'text',
        content: { text: 'Hello! This message has an assigned user!' },
        metadata: { customer_id: '123456', sent_from: 'backend_api' },
      },
    },
    appointment_reminder: {
      summary: 'A text message, its contact in the answer',
      path: {},
      query: {},
      body: {
        ...sender,
        type: 'text',
        channel_uuid: demoAccount.channelUuid,
        content: { text: 'Reminder: your appointment is tomorrow at 10:00. Reply here if you need to change it.' },
        fields: 'contact',
      },
    },
    image: {
      summary: 'An image',
      path: {},
      query: {},
      body: { ...sender, type: 'image', content: { url: 'https://example.com/my_image.jpeg' } },
    },
    image_caption: {
      summary: 'An image with a caption',
      path: {},
      query: {},
      body: { ...sender, type: 'image', content: { url: 'https://example.com/my_image.jpeg', text: 'This is my caption' } },
    },
    document: {
      summary: 'A document',
      path: {},
      query: {},
      body: { ...sender, type: 'document', content: { url: 'https://example.com/my_image.pdf' } },
    },
    audio: {
      summary: 'An audio file',
      path: {},
      query: {},
      body: { ...sender, type: 'audio', content: { url: 'https://example.com/my_audio.mp3' } },
    },
    video: {
      summary: 'A video',
      path: {},
      query: {},
      body: { ...sender, type: 'video', content: { url: 'https://example.com/my_video.mp4' } },
    },
    template: {
      summary: 'A template with one variable',
      path: {},
      query: {},
      body: { ...sender, type: 'text', content: { text: 'John Doe' }, ...template },
    },
    template_new_number: {
      summary: 'A template to a number that has never written to you, its new contact in the answer',
      path: {},
      query: {},
      body: { to: '+447700900789', from: 'whatsapp', type: 'text', content: { text: 'Ada' }, ...template, fields: 'contact' },
    },
    template_multi_variable: {
      summary: 'A template with several variables',
      path: {},
      query: {},
      body: { ...sender, type: 'text', content: { text: 'John Doe' }, template_values: ['Jack', 'template', 'Cheers'], ...template },
    },
    template_image: {
      summary: 'A template with an image',
      path: {},
      query: {},
      body: { ...sender, type: 'image', content: { text: 'John Doe', url: 'https://example.com/valid_image.jpeg' }, ...template },
    },
    template_document: {
      summary: 'A template with a document',
      path: {},
      query: {},
      body: { ...sender, type: 'document', content: { text: 'John Doe', url: 'https://example.com/valid_document.pdf' }, ...template },
    },
    template_video: {
      summary: 'A template with a video',
      path: {},
      query: {},
      body: { ...sender, type: 'video', content: { text: 'John Doe', url: 'https://example.com/valid_video.mp4' }, ...template },
    },
  },
  response: {
    status: 200,
    description: 'The message, queued for sending.',
    schema: {
      type: 'object',
      properties: { message: messageSendRequestSchema },
      required: ['message'],
      additionalProperties: false,
    },
    example: { message: sentMessage },
    otherExamples: {
      fields_contact: { summary: 'With `fields=contact`', value: { message: { ...sentMessage, contact: sentToContact } } },
      fields_conversation: { summary: 'With `fields=conversation`', value: { message: { ...sentMessage, conversation: sentInConversation } } },
      fields_conversation_contact: {
        summary: 'With `fields=conversation,contact`',
        value: { message: { ...sentMessage, conversation: sentInConversation, contact: sentToContact } },
      },
    },
  },
});

const get_message_status = defineRequest({
  method: 'GET',
  path: '/messages/status/:uuid',
  errors: [
    noSuchMessage,
    invalidParameters({ query: { expand: 'contact' } }, [{ field: 'query.expand', message: 'is not a parameter of this request' }]),
  ],
  summary: 'Reads where the delivery of a sent message stands.',
  params: { path: messageUuid, query: {}, body: null },
  examples: { sent_message: { summary: 'The message sent in the example', path: { uuid: demoMessages[0].uuid }, query: {} } },
  response: {
    status: 200,
    description: 'The message and its status.',
    schema: {
      type: 'object',
      properties: { message: messageSendRequestSchema },
      required: ['message'],
      additionalProperties: false,
    },
    example: { message: { ...sentMessage, messageStatusPayload: demoMessages[0].statusPayload } },
  },
});

const delete_message = defineRequest({
  since: '2025-05-20',
  method: 'DELETE',
  path: '/messages/:uuid',
  errors: [
    noSuchMessage,
    invalidParameters({ query: { for_everyone: 'true' } }, [{ field: 'query.for_everyone', message: 'is not a parameter of this request' }]),
  ],
  summary: "Deletes a message's text and attachments in Callbell; the copy the customer received stays. This cannot be undone.",
  destructive: true,
  params: {
    path: {
      uuid: {
        type: 'string',
        required: true,
        description: 'The identifier of the message: from the send request\'s answer, or from the contact\'s messages.',
      },
    },
    query: {},
    body: null,
  },
  examples: { a_message: { summary: 'One message, by uuid', path: { uuid: demoMessages[1].uuid }, query: {} } },
  response: { status: 204, description: 'The message is deleted; the answer has no body.' },
});

export const messagesApi = {
  title: 'Messages API',
  description: 'Send a message (text, media or a template) on a channel, read its delivery status, delete it.',
  requests: { post_send_messages, get_message_status, delete_message },
} as const satisfies EndpointGroup;
