/**
 * What a parameter's row says in words, in the reader's language: its type (`list of string`)
 * and the rules its spec carries ("At most 1000 characters."). Apart from rows.ts, which the
 * build's page check loads in Node, where Docusaurus's translate() is not to be had.
 */
import { translate } from '@docusaurus/Translate';
import type { ParamSpec } from '@site/src/requests';
import type { ParamRow } from './rows';

/** `a`, `a or b`, `a, b or c`. */
export function orWords(words: readonly string[]): string {
  if (words.length <= 1) return words.join('');
  return translate(
    {
      id: 'callbell.paramTable.orList',
      message: '{items} or {last}',
      description: 'Parameter tables: alternatives in a rule (`text`, `image` or `video`); {items} are all but the last, separated by commas, {last} the last one',
    },
    { items: words.slice(0, -1).join(', '), last: words.at(-1)! },
  );
}

/** The type of a value in words: `string (URL)`, `list of string`, `object`. JSON's type names stay as they are. */
export function typeLabel(spec: ParamSpec): string {
  switch (spec.type) {
    case 'string': {
      const label = spec.format === 'url' ? urlString() : spec.format === 'email' ? emailString() : 'string';
      return spec.nullable ? orNull(label) : label;
    }
    case 'integer':
    case 'number':
    case 'boolean':
    case 'object':
      return spec.type;
    case 'array':
      return listOf(typeLabel(spec.items));
    case 'map': {
      const values = [
        translate({ id: 'callbell.types.mapStrings', message: 'strings', description: 'Parameter tables: what a free object\'s values may be, in "object (names → strings or numbers)"' }),
        ...(spec.numbersAsText ? [translate({ id: 'callbell.types.mapNumbers', message: 'numbers', description: 'Parameter tables: what a free object\'s values may be, in "object (names → strings or numbers)"' })] : []),
        ...(spec.listValues
          ? [translate({ id: 'callbell.types.mapLists', message: 'lists of strings', description: 'Parameter tables: what a free object\'s values may be, in "object (names → strings or lists of strings)"' })]
          : []),
      ];
      return translate(
        { id: 'callbell.types.map', message: 'object (names → {values})', description: 'Parameter tables, try-it form: the type of a free object of names and values; {values} says what the values may be ("strings or numbers")' },
        { values: orWords(values) },
      );
    }
    default: {
      const unknownKind: never = spec;
      throw new Error(`No label for parameter kind ${JSON.stringify(unknownKind)}`);
    }
  }
}

/** The type of a URL, also in the field tables. */
export function urlString(): string {
  return translate({ id: 'callbell.types.stringUrl', message: 'string (URL)', description: 'Parameter and field tables, try-it form: the type of a URL; "string" is the JSON type name' });
}

/** The type of an email address, also in the field tables. */
export function emailString(): string {
  return translate({ id: 'callbell.types.stringEmail', message: 'string (email)', description: 'Parameter and field tables, try-it form: the type of an email address; "string" is the JSON type name' });
}

/** `list of string`: the type of a list, from its items'. */
export function listOf(items: string): string {
  return translate({ id: 'callbell.types.listOf', message: 'list of {type}', description: 'Parameter and field tables, try-it form: the type of a list; {type} is its items\' type (string)' }, { type: items });
}

/** `string or null`: a type that may also be null. */
export function orNull(type: string): string {
  return translate({ id: 'callbell.types.orNull', message: '{type} or null', description: 'Parameter tables, try-it form: a type that may also be null; {type} is the type, null is the JSON value (keep it as is)' }, { type });
}

const lowerFirst = (text: string) => text.charAt(0).toLowerCase() + text.slice(1);
const upperFirst = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** The limits of a free object, as the words of a list ("at most 10 entries"). */
function mapLimits(spec: Extract<ParamSpec, { type: 'map' }>): string[] {
  return [
    spec.maxEntries !== undefined &&
      translate(
        { id: 'callbell.paramTable.maxEntries', message: 'at most {count} entries', description: 'Parameter tables: a limit of a free object, in a comma-separated list of its limits; {count} is a number' },
        { count: spec.maxEntries },
      ),
    spec.maxKeyLength !== undefined &&
      translate(
        { id: 'callbell.paramTable.maxKeyLength', message: 'names of at most {count} characters', description: "Parameter tables: a limit of a free object's names, in a comma-separated list of its limits; {count} is a number" },
        { count: spec.maxKeyLength },
      ),
    spec.maxValueLength !== undefined &&
      translate(
        { id: 'callbell.paramTable.maxValueLength', message: 'values of at most {count} characters', description: "Parameter tables: a limit of a free object's values, in a comma-separated list of its limits; {count} is a number" },
        { count: spec.maxValueLength },
      ),
  ].filter((limit): limit is string => typeof limit === 'string');
}

/**
 * What a row's description leaves to its spec, as short sentences: when the field exists, what
 * must come with it, its limits and what it also accepts. Code spans are marked with backquotes.
 */
export function ruleSentences(row: ParamRow): string[] {
  const code = (value: string | number) => `\`${value}\``;
  const { spec } = row;
  const sentences = row.conditions.map(({ by, values }) =>
    translate(
      {
        id: 'callbell.paramTable.onlyWhen',
        message: 'Only when {field} is {values}.',
        description: 'Parameter tables: a field that exists for some values of another; {field} is that field, {values} the values (`text` or `image`)',
      },
      { field: code(by), values: orWords(values.map(code)) },
    ),
  );
  if (row.orElse.length > 0) {
    sentences.push(
      translate(
        { id: 'callbell.paramTable.orElse', message: 'Give it or {others}: at least one is required.', description: 'Parameter tables: one of these fields must be given; {others} are the other fields (`to`)' },
        { others: orWords(row.orElse.map(code)) },
      ),
    );
  }
  if (spec.requires?.length) {
    sentences.push(
      translate(
        { id: 'callbell.paramTable.requires', message: 'Give {fields} with it.', description: 'Parameter tables: fields that must come with this one; {fields} are their names' },
        { fields: orWords(spec.requires.map(code)) },
      ),
    );
  }
  switch (spec.type) {
    case 'integer':
      if (spec.minimum !== undefined) {
        sentences.push(translate({ id: 'callbell.paramTable.minimum', message: 'At least {minimum}.', description: 'Parameter tables: the smallest value of a number; {minimum} is that number' }, { minimum: spec.minimum }));
      }
      break;
    case 'array':
      sentences.push(
        translate(
          { id: 'callbell.paramTable.eachItem', message: 'Each item: {description}', description: "Parameter tables: what each item of a list is; {description} is the item's description, from the registry" },
          { description: lowerFirst(spec.items.description) },
        ),
      );
      break;
    case 'map': {
      const limits = mapLimits(spec);
      if (limits.length > 0) sentences.push(`${upperFirst(limits.join(', '))}.`);
      if (spec.numbersAsText) sentences.push(spec.numbersAsText.why);
      break;
    }
    case 'string':
      if (spec.maxLength !== undefined) {
        sentences.push(
          translate({ id: 'callbell.paramTable.maxLength', message: 'At most {count} characters.', description: 'Parameter tables: the longest a text may be; {count} is a number' }, { count: spec.maxLength }),
        );
      }
      break;
    case 'number':
    case 'boolean':
    case 'object':
      break;
    default: {
      const unknownKind: never = spec;
      throw new Error(`No rules for parameter kind ${JSON.stringify(unknownKind)}`);
    }
  }
  return sentences;
}
