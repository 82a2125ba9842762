/**
 * C# and Rust samples cannot be run here (their packages cannot be fetched), so their string
 * literals are decoded by the rules of each language and compared with what must be sent.
 */
import { describe, expect, it } from 'vitest';
import { allRequests, apiBaseUrl, exampleValues } from '@site/src/requests';
import { toHttpCall, type HttpCall } from '@site/src/requests/http';
import { languages } from '@site/src/snippets';
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

/** Reads a Rust `"..."` literal starting at `start` (the opening quote); returns its value. */
function readRustString(source: string, start: number): string {
  expect(source[start]).toBe('"');
  const simple: Record<string, string> = { '"': '"', '\\': '\\', "'": "'", '0': '\0', n: '\n', r: '\r', t: '\t' };
  let value = '';
  for (let i = start + 1; i < source.length; i += 1) {
    const char = source[i]!;
    if (char === '"') return value;
    if (char === '\r') throw new Error('bare CR inside a Rust string literal');
    if (char !== '\\') {
      value += char;
      continue;
    }
    const escape = source[++i]!;
    if (escape in simple) value += simple[escape];
    else if (escape === 'u') {
      const code = /^\{([0-9a-fA-F]{1,6})\}/.exec(source.slice(i + 1));
      if (!code) throw new Error('malformed \\u{...} escape');
      value += String.fromCodePoint(parseInt(code[1]!, 16));
      i += code[0].length;
    } else throw new Error(`not a Rust escape: \\${escape}`);
  }
  throw new Error('unterminated Rust string');
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

describe('the C# sample', () => {
  it.each(cases)('carries the exact method, URL and body: %s', (_, call) => {
    const sample = languages.csharp.generate(call);
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
      expect(body).toBe(JSON.stringify(call.body, null, 2));
      expect(JSON.parse(body)).toEqual(call.body);
    }
  });
});

describe('the Rust sample', () => {
  it.each(cases)('carries the exact method, URL and body: %s', (_, call) => {
    const sample = languages.rust.generate(call);
    const request = `.request(reqwest::Method::${call.method}, `;
    expect(sample).toContain(request);
    expect(readRustString(sample, sample.indexOf(request) + request.length)).toBe(call.url);
    if (call.body === undefined) {
      expect(sample).not.toContain('.body(');
    } else {
      const body = readRustRawString(sample, sample.indexOf('.body(') + '.body('.length);
      expect(body).toBe(JSON.stringify(call.body, null, 2));
      expect(JSON.parse(body)).toEqual(call.body);
    }
  });

  it('closes a raw string only where it ends, even when the text holds "# runs', () => {
    const call = { ...everyJsonValueCall(apiBaseUrl), body: { text: 'say "## and "#" then "###"' } };
    const sample = languages.rust.generate(call);
    expect(sample).toContain('.body(r####"{');
    expect(readRustRawString(sample, sample.indexOf('.body(') + '.body('.length)).toBe(JSON.stringify(call.body, null, 2));
  });
});
