import { exampleValues, type LooseValues, type RequestSpec } from '@site/src/requests';

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
  'emoji': '🚀 café ñ 日本',
  'right-to-left text': 'مرحبا بالعالم שלום',
  'a 10 000-character string': 'x'.repeat(9_990) + "'\"\\$`{}%!",
  'empty strings, lists and objects': '',
  'everything at once': `O'Brien "Bob" $(touch /tmp/x) \\ 🚀`,
} as const;

/** A custom field key needs the same care as a value. */
export const hostileKey = `Billing "Address" 'O\\Brien' $(x)`;

export type HostileName = keyof typeof hostileStrings;
export const hostileCases = Object.entries(hostileStrings) as [HostileName, string][];

/**
 * The example values with `text` in every string, list and object (as a value and as a key).
 * The empty text empties lists and objects too.
 */
export function withHostile(spec: RequestSpec, text: string): LooseValues {
  const swap = (value: unknown): unknown =>
    typeof value === 'string' ? text
    : Array.isArray(value) ? (text === '' ? [] : [text, ...value.slice(1)])
    : value !== null && typeof value === 'object' ? (text === '' ? {} : { [hostileKey]: text, [text]: 'value' })
    : value;
  const example = exampleValues(spec);
  const map = <T extends Record<string, unknown>>(group: T) =>
    Object.fromEntries(Object.entries(group).map(([k, v]) => [k, swap(v)]));
  return {
    // A path parameter cannot be empty; the text is still sent percent-encoded.
    path: Object.fromEntries(Object.keys(spec.params.path).map((k) => [k, text || 'empty'])),
    query: map(example.query) as LooseValues['query'],
    body: example.body && map(example.body),
  };
}
