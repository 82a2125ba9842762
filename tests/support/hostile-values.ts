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
  'an empty string': '',
  'everything at once': `O'Brien "Bob" $(touch /tmp/x) \\ 🚀`,
} as const;

/** A custom field key needs the same care as a value. */
export const hostileKey = `Billing "Address" 'O\\Brien' $(x)`;

export type HostileName = keyof typeof hostileStrings;
export const hostileCases = Object.entries(hostileStrings) as [HostileName, string][];
