/**
 * String-literal writers shared by several languages. Each generator's header says which
 * one it uses and why it is safe there; the execution tests prove it with hostile values.
 */

/** `'...'` where only `\\` and `\'` are escapes (PHP and Ruby single-quoted strings). */
export function singleQuotedLiteral(text: string): string {
  return `'${text.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
}

/**
 * `"..."` with C-style escapes and every non-ASCII UTF-16 unit written `\uXXXX`, so the
 * source file is pure ASCII and reads the same whatever encoding the compiler assumes.
 * The escapes JSON.stringify emits (`\" \\ \n \r \t \b \f \u00XX`) mean the same in Java and C#.
 */
export function asciiDoubleQuotedLiteral(text: string): string {
  return JSON.stringify(text).replace(/[\u0080-\uffff]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** Pretty JSON text of a body, as every sample sends it. */
export function jsonText(body: unknown): string {
  return JSON.stringify(body, null, 2);
}
