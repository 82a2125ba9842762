import { auth, exampleValues, type LooseValues, type ObjectShape, type ParamSpec, type RequestSpec } from '@site/src/requests';
import { fieldsOf } from '@site/src/requests/check';
import type { HttpCall } from '@site/src/requests/http';

/**
 * Values that break naive code generators: each must reach the server unchanged
 * through every language's sample.
 */
export const hostileStrings = {
  'an apostrophe': "O'Brien",
  'double quotes': 'Bob "the builder"',
  'backslashes': 'C:\\new\\table \\\\ end\\',
  'command substitution': '$(touch /tmp/pwned)',
  'backticks': '`touch /tmp/pwned`',
  'shell and template variables': '$HOME ${HOME} #{HOME}',
  'format markers': '%s %d %% %n {0} {} {{}} %(name)s',
  'newlines and tabs': 'line one\nline two\r\n\tindented',
  // What a reader types in a text area (a message, a note): paragraphs, and a last line break.
  'a message of paragraphs, ending in a line break': 'Hello Jack,\n\nYour order has shipped.\n\n– The team\n',
  // Every unseen class (src/snippets/unseen.ts): C0, DELETE and C1 controls, zero-width and
  // invisible format characters, bidi marks, embeddings, overrides and isolates, line and
  // paragraph separators. Go refuses U+FEFF in source, rustc the bidi controls.
  'invisible, line-breaking and direction-changing characters':
    'C0 \u0000\u0001\u0007\u001b\u001f DEL \u007f C1 \u0080\u0085\u009f soft\u00adhyphen \u061c' +
    ' zero\u200bwidth\u200c\u200d \u200e\u200f \u202a\u202b\u202c\u202d\u202e \u2060 \u2066\u2067\u2068\u2069 one\u2028two\u2029three \ufeffend',
  // What a URL gives a meaning to, in a path or query value: each must arrive percent-encoded, as typed.
  'URL delimiters': 'a/b?c=d&e+f#g 100% é/../.',
  'emoji': '🚀 café ñ 日本',
  'right-to-left text': 'مرحبا بالعالم שלום',
  'a 10 000-character string': 'x'.repeat(9_990) + "'\"\\$`{}%!",
  'the key __proto__': '__proto__',
  'empty strings, lists and objects': '',
  'everything at once': `O'Brien "Bob" $(touch /tmp/x) \\ 🚀`,
} as const;

/** A key of a free object (`custom_fields`, `metadata`) needs the same care as a value. */
export const hostileKey = `Billing "Address" 'O\\Brien' $(x)`;

export type HostileName = keyof typeof hostileStrings;
export const hostileCases = Object.entries(hostileStrings) as [HostileName, string][];

const isObject = (value: unknown): value is Record<string, unknown> => value !== null && typeof value === 'object' && !Array.isArray(value);

/** Numbers and booleans no example gives: the hostile part of a body is its text. */
const plainScalar = { integer: 2, number: -1.5, boolean: true } as const;

/**
 * A value for `spec` holding `text` wherever text can go, at any depth: every string, a list
 * of one such item, a free object with `text` as a value and as a key (`text` empty: an empty
 * list or object). `example` is the documented value, if any: its numbers, booleans and enum
 * values are kept (an enum is a fixed word the sample copies from the registry, never text a
 * reader types), and its variant case decides which fields an object has.
 */
function hostileValue(spec: ParamSpec, text: string, example: unknown): unknown {
  switch (spec.type) {
    case 'string':
      return spec.enum ? (example ?? spec.enum[0]) : text;
    case 'integer':
    case 'number':
    case 'boolean':
      return example ?? plainScalar[spec.type];
    case 'array':
      return text === '' ? [] : [hostileValue(spec.items, text, Array.isArray(example) ? example[0] : undefined)];
    case 'map':
      return text === '' ? {} : { [hostileKey]: text, [text]: 'value' };
    case 'object':
      return hostileObject(spec, text, example);
    default: {
      const unknownKind: never = spec;
      throw new Error(`No hostile value for parameter kind ${JSON.stringify(unknownKind)}`);
    }
  }
}

/** Every field the registry describes for `shape` (the example's variant case), each hostile. */
function hostileObject(shape: ObjectShape, text: string, example: unknown): Record<string, unknown> {
  const given = isObject(example) ? example : {};
  return Object.fromEntries(Object.entries(fieldsOf(shape, given)).map(([name, spec]) => [name, hostileValue(spec, text, given[name])]));
}

/**
 * Values for `spec` with `text` in every path parameter, every query parameter and every body
 * field it describes, at any depth (`content.text`, `metadata` keys and values,
 * `template_values` items), starting from the first example.
 */
export function withHostile(spec: RequestSpec, text: string): LooseValues {
  const example = exampleValues(spec);
  return {
    // A path parameter cannot be empty; the text is still sent percent-encoded.
    path: Object.fromEntries(Object.keys(spec.params.path).map((name) => [name, text || 'empty'])),
    query: hostileObject({ fields: spec.params.query }, text, example.query) as LooseValues['query'],
    body: spec.params.body ? hostileObject(spec.params.body, text, example.body) : undefined,
  };
}

/**
 * JSON's every kind of value, nested: objects in objects, lists of text and of objects,
 * integers, decimals, negative numbers, exponents, booleans and null. No request describes
 * all of them, so the samples get them through a call built by hand.
 */
export const everyJsonValue = {
  object: { inner: { deeper: { text: 'three levels down' } } },
  strings: ['one', '', 'three'],
  objects: [{ id: 1, tags: ['a'] }, { id: 2, tags: [] }, {}],
  integers: [0, 1, -1, 42, 9007199254740991, -9007199254740991],
  decimals: [0.5, -0.5, 0.1, 3.14159, -100.25],
  exponents: [1e21, -1e21, 2.5e-7, 1e-7, 1.7976931348623157e308, 5e-324],
  booleans: [true, false],
  nothing: null,
  nulls: [null, { value: null }],
  empty: { list: [], object: {} },
  // Keys JavaScript objects treat specially, at every depth: each must arrive as a plain key.
  specialKeys: {
    ['__proto__']: { constructor: 'c', ['__proto__']: ['p'] },
    constructor: { prototype: {} },
    list: [{ ['__proto__']: null }],
  },
};

/** A POST of `everyJsonValue` to `<baseUrl>/every-json-value`, as `toHttpCall` would build one. */
export function everyJsonValueCall(baseUrl: string): HttpCall {
  return {
    method: 'POST',
    url: `${baseUrl}/every-json-value`,
    headers: [['Content-Type', 'application/json'], ['Accept', 'application/json']],
    body: everyJsonValue,
    auth,
  };
}
