/**
 * Custom fields: the kinds a field of the account can be, the value each kind takes in a write,
 * how a value reads back (`customFields`, and `customFieldsMetadata` when asked for), and the
 * demo account's fields. The sandbox checks writes with these rules; the pages list them.
 */
import type { JsonSchema } from '../schema';

export const customFieldTypes = ['text', 'email', 'number', 'date', 'dropdown', 'checkbox'] as const;
export type CustomFieldType = (typeof customFieldTypes)[number];

/** A custom field of the account; a dropdown or a checkbox field has its options, set in the dashboard. */
export type CustomField =
  | { readonly name: string; readonly type: Exclude<CustomFieldType, 'dropdown' | 'checkbox'> }
  | { readonly name: string; readonly type: 'dropdown'; readonly options: readonly string[] }
  | { readonly name: string; readonly type: 'checkbox'; readonly options: readonly string[] };

/** What each kind of field takes in a write (`custom_fields` of POST and PATCH), with an example. */
export const customFieldValueRules: { readonly [K in CustomFieldType]: string } = {
  text: 'Any text, as a string: `"Main Street 1"`.',
  email: 'An email address, as a string: `"user@example.com"`.',
  number: 'A number written as a string: `"42"`.',
  date: 'A date written as a string in the form YYYY-MM-DD: `"2026-03-03"`.',
  dropdown: 'One of the options set for the field, as a string: `"Active"`.',
  checkbox:
    'The options ticked, as a list of strings, each one of the field\'s options: `["Dark Mode", "Notifications"]`. The contact\'s `customFields` shows the list as JSON text.',
};

/** The value of one field as `customFieldsMetadata` shows it: typed, with the field's kind and options. */
export interface CustomFieldMetadata {
  value: string | string[];
  type: CustomFieldType;
  options?: string[];
}

export const customFieldsMetadataSchema: JsonSchema = {
  since: '2026-03-03',
  type: 'object',
  description:
    'Only with `include_field_types=true`: for each custom field the contact has a value for, that value typed (a checkbox field\'s as a list), the kind of field, and the options of a dropdown or checkbox field.',
  additionalProperties: {
    type: 'object',
    properties: {
      value: { anyOf: [{ type: 'string' }, { type: 'array', items: { type: 'string' } }] },
      type: { type: 'string', enum: customFieldTypes },
      options: { type: 'array', items: { type: 'string' } },
    },
    required: ['value', 'type'],
    additionalProperties: false,
  },
};

/** A checkbox field's options as `customFields` holds them: JSON text, as the API writes it (`["a", "b"]`). */
export function checkboxText(options: readonly string[]): string {
  return `[${options.map((option) => JSON.stringify(option)).join(', ')}]`;
}

/** A checkbox field's stored text read back as its list; `undefined` when it is not a list of strings. */
export function checkboxList(text: string): string[] | undefined {
  try {
    const value: unknown = JSON.parse(text);
    return Array.isArray(value) && value.every((item) => typeof item === 'string') ? value : undefined;
  } catch {
    return undefined;
  }
}

/** `customFieldsMetadata` of a contact's `customFields`, for the fields of the account among them. */
export function fieldTypesOf(customFields: Readonly<Record<string, string>>, fields: readonly CustomField[]): Record<string, CustomFieldMetadata> {
  const metadata: Record<string, CustomFieldMetadata> = {};
  for (const [name, text] of Object.entries(customFields)) {
    const field = fields.find((candidate) => candidate.name === name);
    if (!field) continue;
    if (field.type === 'dropdown' || field.type === 'checkbox') {
      const value = field.type === 'checkbox' ? (checkboxList(text) ?? []) : text;
      metadata[name] = { value, type: field.type, options: [...field.options] };
    } else {
      metadata[name] = { value: text, type: field.type };
    }
  }
  return metadata;
}

/**
 * The demo account's custom fields: the ones the API's examples set (`Billing Address`, the PATCH
 * example's `orderNumber` and `zipCode`, the typed example's `Work Email`, `Status` and `Features`,
 * the field-types answer's `Address` and `Birth Date`). The API shows only `Active` of `Status`'s
 * options; `Inactive` is the sandbox's.
 */
export const demoCustomFields = [
  { name: 'Billing Address', type: 'text' },
  { name: 'orderNumber', type: 'number' },
  { name: 'zipCode', type: 'text' },
  { name: 'Address', type: 'text' },
  { name: 'Birth Date', type: 'date' },
  { name: 'Work Email', type: 'email' },
  { name: 'Status', type: 'dropdown', options: ['Active', 'Inactive'] },
  { name: 'Features', type: 'checkbox', options: ['Dark Mode', 'Notifications', 'Analytics'] },
] as const satisfies readonly CustomField[];
