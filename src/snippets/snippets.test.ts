import { describe, expect, it } from 'vitest';
import { exampleValues, getRequest, apiBaseUrl } from '../requests';
import type { LooseValues } from '../requests';
import { generateSample, languageIds } from './index';
import { shellQuote } from './curl';
import { pythonLiteral } from './python';

const patch = getRequest('contacts_api', 'patch_contacts');
const getContacts = getRequest('contacts_api', 'get_contacts');

describe.each(languageIds)('the %s sample', (language) => {
  const sample = generateSample(language, patch, exampleValues(patch), apiBaseUrl);

  it('reads the token from CALLBELL_API_TOKEN and contains no token', () => {
    expect(sample).toContain('CALLBELL_API_TOKEN');
    expect(sample).not.toMatch(/Bearer [A-Za-z0-9_-]{8,}/);
  });

  it('names the method and the full URL of the request', () => {
    expect(sample.toUpperCase()).toContain('PATCH');
    expect(sample).toContain(`${apiBaseUrl}/contacts/414a6d692bd645ed803f2e7ce360d4c8`);
  });

  it('percent-encodes path parameters', () => {
    const values: LooseValues = { ...exampleValues(patch), path: { uuid: 'a/b c?d#e' } };
    expect(generateSample(language, patch, values, apiBaseUrl)).toContain('/contacts/a%2Fb%20c%3Fd%23e');
  });

  it('puts query parameters in the URL and leaves empty ones out', () => {
    const values: LooseValues = { path: {}, query: { page: 2, tags: 'Call back,lead', source: '' } };
    const text = generateSample(language, getContacts, values, apiBaseUrl);
    expect(text).toContain(`${apiBaseUrl}/contacts?page=2&tags=Call+back%2Clead`);
    expect(text).not.toContain('source=');
  });

  it('sends no body and no Content-Type for a GET', () => {
    const text = generateSample(language, getContacts, exampleValues(getContacts), apiBaseUrl);
    expect(text).not.toContain('Content-Type');
    expect(text).not.toContain('Billing Address');
  });
});

describe('shell quoting', () => {
  it('curl sample survives a name with an apostrophe by closing and reopening the quote', () => {
    expect(shellQuote("O'Brien")).toBe(`'O'\\''Brien'`);
  });

  it('leaves $(...) and backticks inside single quotes, where the shell does not expand them', () => {
    const quoted = shellQuote('$(touch /tmp/x) `id`');
    expect(quoted.startsWith("'")).toBe(true);
    expect(quoted.endsWith("'")).toBe(true);
    expect(quoted.slice(1, -1)).not.toContain("'");
  });

  it('curl sample double-quotes nothing but the Authorization header', () => {
    const values: LooseValues = { ...exampleValues(patch), body: { name: 'say "hi" $(id)' } };
    const lines = generateSample('curl', patch, values, apiBaseUrl).split('\n');
    const doubleQuoted = lines.filter((line) => line.trimStart().startsWith('-H "') || line.includes(' "$'));
    expect(doubleQuoted).toEqual(['  -H "Authorization: Bearer $CALLBELL_API_TOKEN" \\']);
  });
});

describe('Python literals', () => {
  it('writes true, false and null the Python way', () => {
    expect(pythonLiteral({ a: true, b: false, c: null })).toBe('{\n    "a": True,\n    "b": False,\n    "c": None,\n}');
  });

  it('writes empty lists and objects', () => {
    expect(pythonLiteral({ tags: [], custom_fields: {} })).toContain('"tags": [],');
    expect(pythonLiteral({ tags: [], custom_fields: {} })).toContain('"custom_fields": {},');
  });
});
