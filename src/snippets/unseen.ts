/**
 * Characters a reader cannot see, or that break a line or turn the direction of the text
 * around them: control characters (C0, DELETE, C1), the Unicode format characters that are
 * invisible (zero-width spaces and joiners, the byte order mark, the soft hyphen, the word
 * joiner), the direction marks, embeddings, overrides and isolates, and the line and paragraph
 * separators. Shown as they are, they hide what a sample sends or make it read differently
 * from what it runs (CVE-2021-42574); Go refuses U+FEFF in source and rustc the bidi controls.
 * The samples write them as escapes (escaping.ts); the try-it form names them beside a field.
 */

/** Every unseen character; global, so use it with `replace` and `matchAll`. */
export const UNSEEN = /[\u0000-\u001f\u007f-\u009f\u00ad\u061c\u200b-\u200f\u2028-\u202e\u2060\u2066-\u2069\ufeff]/g;

/** Unicode names of the unseen characters that are not plain control characters. */
const names: Record<number, string> = {
  0x00: 'NULL',
  0x09: 'CHARACTER TABULATION',
  0x0a: 'LINE FEED',
  0x0d: 'CARRIAGE RETURN',
  0x1b: 'ESCAPE',
  0x7f: 'DELETE',
  0x85: 'NEXT LINE',
  0xad: 'SOFT HYPHEN',
  0x61c: 'ARABIC LETTER MARK',
  0x200b: 'ZERO WIDTH SPACE',
  0x200c: 'ZERO WIDTH NON-JOINER',
  0x200d: 'ZERO WIDTH JOINER',
  0x200e: 'LEFT-TO-RIGHT MARK',
  0x200f: 'RIGHT-TO-LEFT MARK',
  0x2028: 'LINE SEPARATOR',
  0x2029: 'PARAGRAPH SEPARATOR',
  0x202a: 'LEFT-TO-RIGHT EMBEDDING',
  0x202b: 'RIGHT-TO-LEFT EMBEDDING',
  0x202c: 'POP DIRECTIONAL FORMATTING',
  0x202d: 'LEFT-TO-RIGHT OVERRIDE',
  0x202e: 'RIGHT-TO-LEFT OVERRIDE',
  0x2060: 'WORD JOINER',
  0x2066: 'LEFT-TO-RIGHT ISOLATE',
  0x2067: 'RIGHT-TO-LEFT ISOLATE',
  0x2068: 'FIRST STRONG ISOLATE',
  0x2069: 'POP DIRECTIONAL ISOLATE',
  0xfeff: 'ZERO WIDTH NO-BREAK SPACE (byte order mark)',
};

/** `U+202E RIGHT-TO-LEFT OVERRIDE`; a control character without a common name is `U+0001 (a control character)`. */
export function describeCharacter(char: string): string {
  const code = char.codePointAt(0)!;
  const label = `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
  return `${label} ${names[code] ?? '(a control character)'}`;
}

/** The distinct unseen characters of `text`, in the order they first appear. */
export function unseenIn(text: string): string[] {
  return [...new Set(Array.from(text.matchAll(UNSEEN), ([char]) => char))];
}
