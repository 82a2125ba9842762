/** The Contacts API's object types: a contact, its conversation, its bot, and the kinds of custom field. */
import { enumType, type ObjectTypeSpec } from '../object-type';
import { botSchema, demoBot, demoContactBots } from './bot';
import { conversationExample, conversationSchema } from './conversation';
import { customFieldTypes, customFieldValueRules } from './custom-fields';
import { contactSchema, johnDoe } from './objects';

export const contactsObjectTypes = {
  Contact: { kind: 'schema', schema: contactSchema, example: johnDoe },
  Conversation: { kind: 'schema', schema: conversationSchema, example: conversationExample },
  Bot: { kind: 'schema', schema: botSchema, example: { ...demoBot, ...demoContactBots[johnDoe.uuid]! } },
  CustomFieldType: enumType(customFieldTypes, customFieldValueRules),
} as const satisfies Record<string, ObjectTypeSpec>;
