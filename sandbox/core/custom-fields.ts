/**
 * The custom field values of a write (POST and PATCH `custom_fields`), checked against the kind
 * of each field of the account and turned into what a contact keeps: text, a checkbox field's
 * options as JSON text. A write names only fields the account has.
 */
import { EMAIL } from '../../src/requests/check';
import { checkboxList, checkboxText, type CustomField } from '../../src/requests/contacts_api/custom-fields';
import type { ErrorDetail } from './errors';
import type { Store } from './store';

const NUMBER = /^[-+]?\d+(\.\d+)?$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** `2026-02-30` is not a date, though it looks like one. */
function isDate(text: string): boolean {
  if (!DATE.test(text)) return false;
  const date = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(text);
}

const optionsOf = (field: { options: readonly string[] }) => field.options.map((option) => JSON.stringify(option)).join(', ');

type Checked = { stored: string } | { problems: ErrorDetail[] };

/** The options ticked on a checkbox field: a list, or the JSON text of one as a contact's `customFields` shows it. */
function checkboxValue(field: Extract<CustomField, { type: 'checkbox' }>, value: unknown, at: string): Checked {
  const list = Array.isArray(value) ? value : typeof value === 'string' ? checkboxList(value) : undefined;
  if (!list || !list.every((item) => typeof item === 'string')) {
    return { problems: [{ field: at, message: `must be a list of this checkbox field's options (${optionsOf(field)})` }] };
  }
  const problems = list.flatMap((option, index) =>
    field.options.includes(option) ? [] : [{ field: `${at}[${index}]`, message: `is ${JSON.stringify(option)}, not one of the options of this field: ${optionsOf(field)}` }],
  );
  return problems.length > 0 ? { problems } : { stored: checkboxText(list) };
}

/** One value checked against its field's kind. An empty string empties any field. */
function checked(field: CustomField, value: unknown, at: string): Checked {
  if (field.type === 'checkbox') return checkboxValue(field, value, at);
  if (Array.isArray(value)) return { problems: [{ field: at, message: `is a list, which only a checkbox field takes; this is a ${field.type} field` }] };
  // Numbers are text by now (numbersAsText); anything else was refused by the parameter's checks.
  const text = String(value);
  const refused = (message: string): Checked => ({ problems: [{ field: at, message: `is ${JSON.stringify(text)}, ${message}` }] });
  if (text === '') return { stored: text };
  switch (field.type) {
    case 'text':
      return { stored: text };
    case 'email':
      return EMAIL.test(text) ? { stored: text } : refused('not an email address');
    case 'number':
      return NUMBER.test(text) ? { stored: text } : refused('not a number (a number field takes one written as text, such as "42")');
    case 'date':
      return isDate(text) ? { stored: text } : refused('not a date written YYYY-MM-DD');
    case 'dropdown':
      return field.options.includes(text) ? { stored: text } : refused(`not one of the options of this field: ${optionsOf(field)}`);
    default: {
      const unknownType: never = field;
      throw new Error(`No check for custom field type ${JSON.stringify(unknownType)}`);
    }
  }
}

/** The values as a contact keeps them, or what is wrong with each, by field (`body.custom_fields.Status`). */
export function customFieldValues(store: Store, values: Readonly<Record<string, unknown>>): { stored: Record<string, string>; problems: ErrorDetail[] } {
  const stored: Record<string, string> = {};
  const problems: ErrorDetail[] = [];
  const fields = store.records('customField');
  for (const [name, value] of Object.entries(values)) {
    const at = `body.custom_fields.${name}`;
    const field = fields.get(name);
    if (!field) {
      problems.push({ field: at, message: 'is not a custom field of this account' });
      continue;
    }
    const result = checked(field, value, at);
    if ('stored' in result) stored[name] = result.stored;
    else problems.push(...result.problems);
  }
  return { stored, problems };
}
