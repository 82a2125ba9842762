/**
 * C# and Rust samples cannot be run here (their packages cannot be fetched), so their string
 * literals are decoded by the rules of each language and compared with what must be sent.
 */
import { describe, expect, it } from 'vitest';
import { allRequests, apiBaseUrl } from '@site/src/requests';
import { toHttpCall } from '@site/src/requests/http';
import { generateSample } from '@site/src/snippets';
import { hostileCases, withHostile } from '../support/hostile-values';

/** Reads a C# regular string literal starting at `start` (the opening quote); returns its value. */
function readCSharpString(source: string, start: number): string {
  expect(source[start]).toBe('"');
  const simple: Record<string, string> = { '"': '"', '\\': '\\', "'": "'", '0': '\0', a: '\x07', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t', v: '\v' };
  let value = '';
  for (let i = start + 1; i < source.length; i += 1) {
    const char = source[i]!;
    if (char === '"') return value;
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

/** Reads a Rust raw string `r#"..."#` starting at `start` (the `r`); returns its value. */
function readRustRawString(source: string, start: number): string {
  const opening = /^r(#*)"/.exec(source.slice(start));
  if (!opening) throw new Error('not a raw string');
  const close = `"${opening[1]}`;
  const from = start + opening[0].length;
  return source.slice(from, source.indexOf(close, from));
}

const writes = allRequests().filter(({ spec }) => spec.params.body !== null);
const cases = writes.flatMap(({ id, spec }) => hostileCases.map(([name, text]) => [`${id} with ${name}`, spec, withHostile(spec, text)] as const));

describe('the C# sample', () => {
  it.each(cases)('carries the exact body and URL: %s', (_, spec, values) => {
    const sample = generateSample('csharp', spec, values, apiBaseUrl);
    const call = toHttpCall(spec, values, apiBaseUrl);
    expect(sample).toMatch(/^[\x00-\x7f]*$/); // ASCII source, whatever the compiler's encoding
    expect(readCSharpString(sample, sample.indexOf('new StringContent(') + 'new StringContent('.length)).toBe(JSON.stringify(call.body, null, 2));
    const urlAt = sample.indexOf('new HttpMethod(');
    const method = readCSharpString(sample, urlAt + 'new HttpMethod('.length);
    expect(method).toBe(spec.method);
    expect(readCSharpString(sample, sample.indexOf('"', sample.indexOf('),', urlAt)))).toBe(call.url);
  });
});

describe('the Rust sample', () => {
  it.each(cases)('carries the exact body: %s', (_, spec, values) => {
    const sample = generateSample('rust', spec, values, apiBaseUrl);
    const call = toHttpCall(spec, values, apiBaseUrl);
    const body = readRustRawString(sample, sample.indexOf('.body(') + '.body('.length);
    expect(body).toBe(JSON.stringify(call.body, null, 2));
    expect(JSON.parse(body)).toEqual(call.body);
  });

  it('closes a raw string only where it ends, even when the text holds "# runs', () => {
    const spec = writes[0]!.spec;
    const values = withHostile(spec, 'say "## and "#" then "###"');
    const sample = generateSample('rust', spec, values, apiBaseUrl);
    const body = readRustRawString(sample, sample.indexOf('.body(') + '.body('.length);
    expect(JSON.parse(body)).toEqual(toHttpCall(spec, values, apiBaseUrl).body);
  });
});
