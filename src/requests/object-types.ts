/**
 * The object types the reference gives a page, by the name parameters and pages use
 * (`typeName: 'MessageContent'`, `<ObjectFields type='MessageContent'/>`), gathered from each
 * group's `object-types.ts`. Each is read off descriptions the registry already holds: a
 * response schema, the variants of a request body, or a list of values with what each means.
 * A page renders its table from here, so a field is described once, where requests and the
 * sandbox read it too.
 */
import { authObjectTypes } from './auth_api/object-types';
import { channelsObjectTypes } from './channels_api/object-types';
import { contactsObjectTypes } from './contacts_api/object-types';
import { customStatusObjectTypes } from './custom_status_api/object-types';
import { funnelsObjectTypes } from './funnels_api/object-types';
import { messagesObjectTypes } from './messages_api/object-types';
import { planObjectTypes } from './plan_api/object-types';
import { teamsObjectTypes } from './teams_api/object-types';
import { templateMessagesObjectTypes } from './template_messages_api/object-types';
import { usersObjectTypes } from './users_api/object-types';
import { webhooksObjectTypes } from './webhooks_api/object-types';
import type { ObjectTypeSpec, VariantObjectType } from './object-type';
import type { JsonSchema } from './schema';
import type { ObjectShape, ParamGroup } from './types';

export type { ObjectTypeSpec } from './object-type';

export const objectTypes = {
  ...authObjectTypes,
  ...channelsObjectTypes,
  ...contactsObjectTypes,
  ...customStatusObjectTypes,
  ...funnelsObjectTypes,
  ...messagesObjectTypes,
  ...planObjectTypes,
  ...teamsObjectTypes,
  ...templateMessagesObjectTypes,
  ...usersObjectTypes,
  ...webhooksObjectTypes,
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
