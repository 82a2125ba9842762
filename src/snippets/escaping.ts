/**
 * Every rule by which the samples write text and values as source code, one function per
 * kind of literal. Each is tested with hand-written outputs (escaping.test.ts), and the
 * samples that use them are run with their real toolchains (tests/exec/).
 *
 * Unseen characters (unseen.ts: controls, invisible and direction-changing ones, line and
 * paragraph separators) are written as escapes by every rule, so a sample compiles, shows what
 * it sends and reads as it runs. The body is first written as JSON text (`jsonText`), which
 * escapes them all: the literals below that hold a body hold visible text and line breaks only.
 */
import { UNSEEN, unseenIn } from './unseen';

const hex = (char: string) => char.charCodeAt(0).toString(16);

/** `\uXXXX`, as JSON, JavaScript, Python, Go, Java and C# write a character of the BMP (every unseen one is). */
const fourDigitEscape = (char: string) => `\\u${hex(char).padStart(4, '0')}`;

/** `\u{XX}`, as Rust, PHP and Ruby write a character. */
const bracedEscape = (char: string) => `\\u{${hex(char)}}`;

/** `text` with each unseen character written by `escape`; line feeds kept when a literal may span lines. */
function escapeUnseen(text: string, escape: (char: string) => string, keepLineFeeds = false): string {
  return text.replace(UNSEEN, (char) => (keepLineFeeds && char === '\n' ? char : escape(char)));
}

/** Whether `text` holds an unseen character other than a line feed, which a literal that may span lines keeps. */
function holdsUnseen(text: string): boolean {
  return unseenIn(text).some((char) => char !== '\n');
}

/**
 * The body as every sample that sends text sends it: JSON, indented by two spaces, with every
 * unseen character as a `\uXXXX` escape (JSON escapes controls itself; DELETE, C1 controls
 * and Unicode's invisible and direction-changing characters it would leave raw). The value
 * sent is the one typed; the text shows each such character.
 */
export function jsonText(body: unknown): string {
  return escapeUnseen(JSON.stringify(body, null, 2), fourDigitEscape, true);
}

/**
 * POSIX shell (curl): single quotes, inside which no character is special; a `'` is written
 * `'\''` (close the quote, an escaped quote, reopen). `$(...)`, backticks, `\` and line breaks
 * reach the command unchanged. Other unseen characters are written outside the quotes as
 * ANSI-C quoting of their UTF-8 bytes (`$'\xe2\x80\xae'`: bash, zsh, ksh and POSIX.1-2024 sh),
 * the same bytes whatever the reader's locale. No shell argument can hold U+0000 (NULL):
 * text with one is refused. (A curl sample holds none of them: its URL is percent-encoded
 * and its body is `jsonText`.)
 */
export function shellQuoted(text: string): string {
  if (text.includes('\0')) throw new Error('A shell argument cannot hold U+0000 (NULL)');
  const unseenRuns = new RegExp(`((?:(?!\\n)${UNSEEN.source})+)`);
  // split() with a capturing group alternates: visible text, an unseen run, visible text...
  const pieces = text.split(unseenRuns);
  if (pieces.length === 1) return `'${text.replace(/'/g, `'\\''`)}'`;
  return pieces
    .map((piece, index) => (index % 2 === 1 ? `$'${utf8Escapes(piece)}'` : piece === '' ? '' : shellQuoted(piece)))
    .join('');
}

function utf8Escapes(text: string): string {
  return Array.from(new TextEncoder().encode(text), (byte) => `\\x${byte.toString(16).padStart(2, '0')}`).join('');
}

/**
 * PHP and Ruby `'...'`: only `\\` and `\'` are escapes there, so `$`, `#{}`, `{}` and every
 * other character are text. Each `\` and `'` of the text gets a backslash before it. It can
 * hold no escape: `phpLiteral` and `rubyLiteral` turn to `"..."` for unseen characters.
 */
export function singleQuotedLiteral(text: string): string {
  return `'${text.replace(/[\\']/g, (char) => `\\${char}`)}'`;
}

/**
 * `"..."` with `\\`, `\"` and the characters that start interpolation (`interpolating`)
 * escaped by a backslash, and unseen characters as `\u{XX}`; line feeds stay line breaks.
 */
function doubleQuotedWithEscapes(text: string, interpolating: RegExp): string {
  const quoted = text.replace(/[\\"]/g, (char) => `\\${char}`).replace(interpolating, (char) => `\\${char}`);
  return `"${escapeUnseen(quoted, bracedEscape, true)}"`;
}

/** PHP: `singleQuotedLiteral`, or `"..."` (`\$` escaped, unseen characters as `\u{XX}`) when the text holds an unseen character. */
export function phpLiteral(text: string): string {
  return holdsUnseen(text) ? doubleQuotedWithEscapes(text, /\$/g) : singleQuotedLiteral(text);
}

/** Ruby: `singleQuotedLiteral`, or `"..."` (`\#` escaped, unseen characters as `\u{XX}`) when the text holds an unseen character. */
export function rubyLiteral(text: string): string {
  return holdsUnseen(text) ? doubleQuotedWithEscapes(text, /#/g) : singleQuotedLiteral(text);
}

/**
 * Java and C# `"..."`: JSON.stringify's escapes (`\" \\ \n \r \t \b \f \u00XX`) mean the same in
 * both, and DELETE and every non-ASCII UTF-16 unit are written `\uXXXX`, so the source is
 * ASCII whatever encoding the compiler assumes and every unseen character is an escape. Java
 * decodes `\uXXXX` before it reads the line, so `\u000a` would break it: never written, since
 * JSON writes a line break as `\n` or `\r` (and `\u2028` is no line break to Java).
 */
export function asciiDoubleQuotedLiteral(text: string): string {
  return JSON.stringify(text).replace(/[\u007f-\uffff]/g, fourDigitEscape);
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
 * escapes too, and so is `\uXXXX` for the unseen characters JSON leaves raw (Go refuses a
 * U+FEFF in source); every other character is UTF-8 source text.
 */
export function goLiteral(text: string): string {
  return escapeUnseen(JSON.stringify(text), fourDigitEscape);
}

/**
 * Go raw `` `...` ``: nothing in it is an escape, so a JSON body reads as it is sent. It cannot
 * hold a backquote or show an unseen character (and Go drops a carriage return from it):
 * text with any of them but line feeds is written as an interpreted literal instead.
 */
export function goRawLiteral(text: string): string {
  return text.includes('`') || holdsUnseen(text) ? goLiteral(text) : `\`${text}\``;
}

/**
 * Rust `"..."`: `\\ \" \n \r \t`, and any other unseen character as `\u{XX}` (rustc refuses
 * direction-changing ones in literals); everything else is UTF-8 source text. (JSON's `\b`,
 * `\f` and `\uXXXX` are not Rust escapes.)
 */
export function rustLiteral(text: string): string {
  const named: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };
  const quoted = text.replace(/[\\"]/g, (char) => `\\${char}`);
  return `"${escapeUnseen(quoted, (char) => named[char] ?? bracedEscape(char))}"`;
}

/**
 * Rust raw `r#"..."#`: one more `#` than the longest run of `#` after a `"` in the text, so
 * nothing in it is an escape or can close it early. It can hold no escape (and Rust refuses a
 * carriage return in it): text with an unseen character but line feeds is written as a
 * `"..."` literal instead.
 */
export function rustRawLiteral(text: string): string {
  if (holdsUnseen(text)) return rustLiteral(text);
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

/** A string, number, boolean or null as JSON writes it, unseen characters as `\uXXXX`: JavaScript and Python read it so. */
const jsonScalar = (value: Scalar) => escapeUnseen(JSON.stringify(value), fourDigitEscape);

const javaScriptStyle: NestingStyle = {
  step: '  ',
  scalar: jsonScalar,
  key: (name) => (name === '__proto__' ? `[${jsonScalar(name)}]` : jsonScalar(name)),
};

/**
 * JavaScript (Node): scalars as JSON, which is JavaScript (U+2028 in a string too, since
 * ES2019), so `${...}` and backticks stay text; unseen characters as `\uXXXX`. The key
 * `__proto__` is written computed (`["__proto__"]`), at any depth: written plainly, it would
 * set the object's prototype, not a property. (`constructor` is a plain property in a literal.)
 */
export function jsLiteral(value: unknown, indent = ''): string {
  return nestedLiteral(value, indent, javaScriptStyle);
}

const pythonStyle: NestingStyle = {
  step: '    ',
  scalar: (value) => (value === null ? 'None' : value === true ? 'True' : value === false ? 'False' : jsonScalar(value)),
  key: jsonScalar,
};

/**
 * Python: strings as JSON writes them (`\" \\ \n \t \uXXXX` are Python escapes; the source is
 * UTF-8, and `{}` is text outside f-strings), unseen characters as `\uXXXX`, numbers as JSON
 * writes them (`-2.5e-7` and `1e+21` are Python floats), `True`, `False` and `None`.
 */
export function pythonLiteral(value: unknown, indent = ''): string {
  return nestedLiteral(value, indent, pythonStyle);
}
