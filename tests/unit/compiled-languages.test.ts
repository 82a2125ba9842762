/**
 * C# samples cannot be run here (the .NET SDK cannot be fetched): each is parsed with the C#
 * grammar (tree-sitter-c-sharp), which must read all of it, and its string literals are decoded
 * by the language's rules and compared with what must be sent. Rust samples are compiled and
 * run (tests/exec/samples-send-what-they-show.test.ts); one raw-string case none of the values
 * run there holds is checked here.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { createRequire } from 'node:module';
import { Language, Parser, type Node } from 'web-tree-sitter';
import { allRequests, apiBaseUrl, exampleValues } from '@site/src/requests';
import { toHttpCall, type HttpCall } from '@site/src/requests/http';
import { languages } from '@site/src/snippets';
import { jsonText } from '@site/src/snippets/escaping';
import { everyJsonValueCall, hostileCases, withHostile } from '../support/hostile-values';

/** Reads a C# regular string literal starting at `start` (the opening quote); returns its value and where it ends. */
function readCSharpString(source: string, start: number): { value: string; end: number } {
  expect(source[start]).toBe('"');
  const simple: Record<string, string> = { '"': '"', '\\': '\\', "'": "'", '0': '\0', a: '\x07', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t', v: '\v' };
  let value = '';
  for (let i = start + 1; i < source.length; i += 1) {
    const char = source[i]!;
    if (char === '"') return { value, end: i + 1 };
    if (char === '\n') throw new Error('newline inside a C# regular string literal');
    if (char !== '\\') {
      value += char;
      continue;
    }
    const escape = source[++i]!;
    if (escape in simple) value += simple[escape];
    else if (escape === 'u') {
      value += String.fromCharCode(parseInt(source.slice(i + 1, i + 5), 16));
      i += 4;
    } else throw new Error(`not a C# escape: \\${escape}`);
  }
  throw new Error('unterminated C# string');
}

/** The body a C# sample sends: one literal, or `string.Join("\n", ...)` of literals. */
function readCSharpBody(source: string): string {
  const at = source.indexOf('var body = ') + 'var body = '.length;
  const join = 'string.Join(';
  if (!source.startsWith(join, at)) return readCSharpString(source, at).value;
  const separator = readCSharpString(source, at + join.length);
  const parts: string[] = [];
  let position = separator.end;
  while (source[position] === ',') {
    position += /^,\s*/.exec(source.slice(position))![0].length;
    const part = readCSharpString(source, position);
    parts.push(part.value);
    position = part.end;
  }
  expect(source.slice(position, position + 2)).toBe(');');
  return parts.join(separator.value);
}

/** Reads a Rust raw string `r#"..."#` starting at `start` (the `r`); returns its value. */
function readRustRawString(source: string, start: number): string {
  const opening = /^r(#*)"/.exec(source.slice(start));
  if (!opening) throw new Error('not a raw string');
  const close = `"${opening[1]}`;
  const from = start + opening[0].length;
  return source.slice(from, source.indexOf(close, from));
}

/** Every documented example and every hostile value of every request, and every kind of JSON value. */
const cases: [label: string, call: HttpCall][] = [
  ...allRequests().flatMap(({ id, spec }) => [
    ...Object.keys(spec.examples).map((name): [string, HttpCall] => [`${id}, example ${name}`, toHttpCall(spec, exampleValues(spec, name), apiBaseUrl)]),
    ...hostileCases.map(([name, text]): [string, HttpCall] => [`${id} with ${name}`, toHttpCall(spec, withHostile(spec, text), apiBaseUrl)]),
  ]),
  ['a call built by hand with every kind of JSON value', everyJsonValueCall(apiBaseUrl)],
];

let csharp: Parser;

beforeAll(async () => {
  await Parser.init();
  const grammar = createRequire(import.meta.url).resolve('tree-sitter-c-sharp/tree-sitter-c_sharp.wasm');
  csharp = new Parser().setLanguage(await Language.load(grammar));
});

/** What the grammar could not read, as `line:column`: text it had to skip (ERROR) and tokens it had to assume (MISSING). */
function unreadable(node: Node): string[] {
  if (!node.hasError) return [];
  const at = `${node.startPosition.row + 1}:${node.startPosition.column + 1}`;
  if (node.isError) return [`${at} cannot be read: ${node.text.slice(0, 80)}`];
  if (node.isMissing) return [`${at} lacks ${node.type}`];
  return node.children.flatMap(unreadable);
}

describe('the C# sample', () => {
  it.each(cases)('is read whole by the C# grammar and carries the exact method, URL and body: %s', (_, call) => {
    const sample = languages.csharp.generate(call);
    expect(unreadable(csharp.parse(sample)!.rootNode)).toEqual([]);
    expect(sample).toMatch(/^[\x00-\x7f]*$/); // ASCII source, whatever the compiler's encoding
    const methodAt = sample.indexOf('new HttpMethod(') + 'new HttpMethod('.length;
    const method = readCSharpString(sample, methodAt);
    expect(method.value).toBe(call.method);
    expect(sample.slice(method.end, method.end + 3)).toBe('), ');
    expect(readCSharpString(sample, method.end + 3).value).toBe(call.url);
    if (call.body === undefined) {
      expect(sample).not.toContain('StringContent');
    } else {
      const body = readCSharpBody(sample);
      expect(body).toBe(jsonText(call.body));
      expect(JSON.parse(body)).toEqual(call.body);
    }
  });
});

describe('the Rust sample', () => {
  it('closes a raw string only where it ends, even when the text holds "# runs', () => {
    const call = { ...everyJsonValueCall(apiBaseUrl), body: { text: 'say "## and "#" then "###"' } };
    const sample = languages.rust.generate(call);
    expect(sample).toContain('.body(r####"{');
    expect(readRustRawString(sample, sample.indexOf('.body(') + '.body('.length)).toBe(jsonText(call.body));
  });
});
