/**
 * The object types the reference gives a page, by the name parameters and pages use
 * (`typeName: 'MessageContent'`, `<ObjectFields type='MessageContent'/>`). Each is read off
 * descriptions the registry already holds: a response schema, the variants of a request body,
 * or a list of values with what each means. A page renders its table from here, so a field is
 * described once, where requests and the sandbox read it too.
 */
import { messagesApi } from './messages_api';
import { contactMessageExample, contactMessageSchema } from './messages_api/message';
import { messageSendRequestSchema, messageStatuses, messageTypes } from './messages_api/objects';
import type { JsonSchema } from './schema';
import type { ObjectShape, ParamGroup } from './types';

/** An object described by a JSON schema whose properties carry their descriptions. */
export interface SchemaObjectType {
  readonly kind: 'schema';
  readonly schema: JsonSchema;
  readonly example?: unknown;
}

/**
 * An object whose fields depend on a field of the object that holds it: `content`, whose
 * fields depend on the message's `type`. `holder` is that object; `field` is this one's name
 * in each of its variant cases.
 */
export interface VariantObjectType {
  readonly kind: 'variants';
  readonly holder: ObjectShape & { readonly variants: NonNullable<ObjectShape['variants']> };
  readonly field: string;
}

/** A set of values, each with what it means. */
export interface EnumType {
  readonly kind: 'enum';
  readonly values: readonly string[];
  readonly meanings: { readonly [value: string]: string };
}

export type ObjectTypeSpec = SchemaObjectType | VariantObjectType | EnumType;

/** An enum type whose every value must be given a meaning (a missing one does not compile). */
function enumType<const V extends readonly string[]>(values: V, meanings: { readonly [K in V[number]]: string }): EnumType {
  return { kind: 'enum', values, meanings };
}

const { post_send_messages, get_message_status } = messagesApi.requests;

export const objectTypes = {
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

export type ObjectTypeName = keyof typeof objectTypes;

export function isObjectTypeName(name: string): name is ObjectTypeName {
  return Object.hasOwn(objectTypes, name);
}

export const objectTypeNames = Object.keys(objectTypes) as ObjectTypeName[];

/**
 * The registered type a schema is, when it is one: the very schema of an object type
 * (`message` → MessageSendRequest), or a string whose values are an enum type's own list
 * (`status` → MessageStatus). Identity, not likeness: two lists that happen to be equal are
 * different facts.
 */
export function objectTypeOfSchema(schema: JsonSchema): ObjectTypeName | undefined {
  return objectTypeNames.find((name) => {
    const type: ObjectTypeSpec = objectTypes[name];
    switch (type.kind) {
      case 'schema':
        return type.schema === schema;
      case 'enum':
        return 'enum' in schema && schema.enum === type.values;
      case 'variants':
        return false;
      default: {
        const unknownKind: never = type;
        throw new Error(`No lookup for object type kind ${JSON.stringify(unknownKind)}`);
      }
    }
  });
}

/**
 * The fields of a variant object type as an object shape of their own: for each case of the
 * holder, the fields its `field` object has there (MessageContent: `text` for a text message,
 * `url` and `text` for an image…), chosen by the holder's selector.
 */
export function variantFields({ holder, field }: VariantObjectType): ObjectShape {
  const cases: Record<string, ParamGroup> = {};
  for (const [value, group] of Object.entries(holder.variants.cases)) {
    const spec = group[field];
    if (spec?.type === 'object') cases[value] = spec.fields;
  }
  return { fields: {}, variants: { by: holder.variants.by, cases } };
}
