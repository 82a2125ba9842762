/**
 * Every rule by which the samples write text and values as source code, one function per
 * kind of literal. Each is tested with hand-written outputs (escaping.test.ts), and the
 * samples that use them are run with their real toolchains (tests/exec/).
 *
 * The body is first written as JSON text (`jsonText`), so the text a literal below holds for a
 * body never contains a raw control character: JSON writes them all as escapes.
 */

/** The body as every sample that sends text sends it: JSON, indented by two spaces. */
export function jsonText(body: unknown): string {
  return JSON.stringify(body, null, 2);
}

/**
 * POSIX shell (curl): single quotes, inside which no character is special; a `'` is written
 * `'\''` (close the quote, an escaped quote, reopen). `$(...)`, backticks, `\` and line breaks
 * reach the command unchanged.
 */
export function shellQuoted(text: string): string {
  return `'${text.replace(/'/g, `'\\''`)}'`;
}

/**
 * PHP and Ruby `'...'`: only `\\` and `\'` are escapes there, so `$`, `#{}`, `{}` and every
 * other character are text. Each `\` and `'` of the text gets a backslash before it.
 */
export function singleQuotedLiteral(text: string): string {
  return `'${text.replace(/[\\']/g, (char) => `\\${char}`)}'`;
}

/**
 * Java and C# `"..."`: JSON.stringify's escapes (`\" \\ \n \r \t \b \f \u00XX`) mean the same in
 * both, and every non-ASCII UTF-16 unit is written `\uXXXX`, so the source is ASCII whatever
 * encoding the compiler assumes. Java decodes `\uXXXX` before it reads the line, so `\u000a`
 * would break it: never written, since JSON writes a line break as `\n` or `\r`.
 */
export function asciiDoubleQuotedLiteral(text: string): string {
  return JSON.stringify(text).replace(/[\u0080-\uffff]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/**
 * Java and C#: text of several lines as one literal per line (`asciiDoubleQuotedLiteral`
 * unless `literal` says otherwise), each on its own source line at `indent`, joined with `\n`
 * at run time by `join` (`String.join`, `string.Join`): a JSON body reads as JSON. Text of one
 * line is one literal.
 */
export function joinedLines(text: string, join: string, indent: string, literal = asciiDoubleQuotedLiteral): string {
  const lines = text.split('\n');
  if (lines.length === 1) return literal(text);
  return `${join}("\\n",\n${lines.map((line) => indent + literal(line)).join(',\n')})`;
}

/**
 * Go interpreted `"..."`: JSON.stringify's escapes (`\" \\ \n \r \t \b \f \u00XX`) are Go
 * escapes too; every other character is UTF-8 source text.
 */
export function goLiteral(text: string): string {
  return JSON.stringify(text);
}

/**
 * Go raw `` `...` ``: nothing in it is an escape, so a JSON body reads as it is sent. It cannot
 * hold a backquote, and Go drops a carriage return from it: text with either is written as
 * an interpreted literal instead.
 */
export function goRawLiteral(text: string): string {
  return /[`\r]/.test(text) ? goLiteral(text) : `\`${text}\``;
}

/**
 * Rust `"..."`: `\\ \" \n \r \t`, and any other control character as `\u{XX}`; everything else
 * is UTF-8 source text. (JSON's `\b`, `\f` and `\uXXXX` are not Rust escapes.)
 */
export function rustLiteral(text: string): string {
  const named: Record<string, string> = { '\\': '\\\\', '"': '\\"', '\n': '\\n', '\r': '\\r', '\t': '\\t' };
  const escaped = text.replace(/[\\"\u0000-\u001f\u007f]/g, (char) => named[char] ?? `\\u{${char.charCodeAt(0).toString(16)}}`);
  return `"${escaped}"`;
}

/**
 * Rust raw `r#"..."#`: one more `#` than the longest run of `#` after a `"` in the text, so
 * nothing in it is an escape or can close it early. Rust refuses a carriage return in it:
 * text with one is written as a `"..."` literal instead.
 */
export function rustRawLiteral(text: string): string {
  if (text.includes('\r')) return rustLiteral(text);
  const longestRun = Math.max(-1, ...[...text.matchAll(/"(#*)/g)].map((match) => match[1]!.length));
  const hashes = '#'.repeat(longestRun + 1);
  return `r${hashes}"${text}"${hashes}`;
}

type Scalar = string | number | boolean | null;

/** How a language writes values that nest: one level's indentation, a scalar, an object key. */
interface NestingStyle {
  readonly step: string;
  readonly scalar: (value: Scalar) => string;
  readonly key: (name: string) => string;
}

/**
 * An object or array literal, one entry per line with a trailing comma (what Prettier and
 * Black write), closing at `indent`. Entries follow JSON: `undefined` leaves an object out and
 * is `null` in an array; numbers that are not finite are `null`.
 */
function nestedLiteral(value: unknown, indent: string, style: NestingStyle): string {
  const inner = indent + style.step;
  const block = (open: string, lines: string[], close: string) =>
    lines.length === 0 ? open + close : `${open}\n${lines.map((line) => `${inner}${line},\n`).join('')}${indent}${close}`;
  if (Array.isArray(value)) return block('[', value.map((item: unknown) => nestedLiteral(item ?? null, inner, style)), ']');
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value).filter(([, item]) => item !== undefined);
    return block('{', entries.map(([name, item]) => `${style.key(name)}: ${nestedLiteral(item, inner, style)}`), '}');
  }
  if (typeof value === 'number') return style.scalar(Number.isFinite(value) ? value : null);
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return style.scalar(value);
  throw new Error(`Not a JSON value: ${String(value)}`);
}

const javaScriptStyle: NestingStyle = {
  step: '  ',
  scalar: (value) => JSON.stringify(value),
  key: (name) => (name === '__proto__' ? `[${JSON.stringify(name)}]` : JSON.stringify(name)),
};

/**
 * JavaScript (Node): scalars as JSON, which is JavaScript (U+2028 in a string too, since
 * ES2019), so `${...}` and backticks stay text. The key `__proto__` is written computed
 * (`["__proto__"]`): written plainly, it would set the object's prototype, not a property.
 */
export function jsLiteral(value: unknown, indent = ''): string {
  return nestedLiteral(value, indent, javaScriptStyle);
}

const pythonStyle: NestingStyle = {
  step: '    ',
  scalar: (value) => (value === null ? 'None' : value === true ? 'True' : value === false ? 'False' : JSON.stringify(value)),
  key: (name) => JSON.stringify(name),
};

/**
 * Python: strings as JSON writes them (`\" \\ \n \t \uXXXX` are Python escapes; the source is
 * UTF-8, and `{}` is text outside f-strings), numbers as JSON writes them (`-2.5e-7` and `1e+21`
 * are Python floats), `True`, `False` and `None`.
 */
export function pythonLiteral(value: unknown, indent = ''): string {
  return nestedLiteral(value, indent, pythonStyle);
}
