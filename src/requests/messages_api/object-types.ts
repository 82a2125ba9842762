/** The Messages API's object types: what a sent message is, what it carries, and its statuses. */
import { enumType, type ObjectTypeSpec } from '../object-type';
import { messagesApi } from './index';
import { contactMessageExample, contactMessageSchema } from './message';
import { messageSendRequestSchema, messageStatuses, messageTypes } from './objects';

const { post_send_messages, get_message_status } = messagesApi.requests;

export const messagesObjectTypes = {
  MessageSendRequest: { kind: 'schema', schema: messageSendRequestSchema, example: get_message_status.response.example.message },
  Message: { kind: 'schema', schema: contactMessageSchema, example: contactMessageExample },
  MessageContent: { kind: 'variants', holder: post_send_messages.params.body, field: 'content' },
  MessageType: enumType(messageTypes, {
    text: 'Text only.',
    image: 'A picture, with a caption if you like.',
    document: 'A file, such as a PDF.',
    audio: 'A sound file. Only with the official WhatsApp Business API.',
    video: 'A video. Only with the official WhatsApp Business API.',
  }),
  MessageStatus: enumType(messageStatuses, {
    enqueued: 'Callbell has the message and is handing it to the channel.',
    sent: "The channel has sent it towards the customer's device.",
    delivered: "It has reached the customer's device.",
    read: 'The customer has read it.',
    failed: 'It could not be delivered; the status payload says why (a number not on WhatsApp, say).',
    mismatch: 'WhatsApp corrected the phone number it went to; the status payload holds the corrected one.',
    deleted: 'The customer deleted it. Deprecated: WhatsApp no longer reports this.',
  }),
} as const satisfies Record<string, ObjectTypeSpec>;

