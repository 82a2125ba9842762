import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { exampleValues, getRequest, apiBaseUrl } from '../requests';
import type { LooseValues } from '../requests';
import { generateSample, languageIds, type LanguageId } from './index';

const patch = getRequest('contacts_api', 'patch_contacts');
const getContacts = getRequest('contacts_api', 'get_contacts');
const sendMessage = getRequest('messages_api', 'post_send_messages');

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

  it('percent-encodes path parameters as encodeURIComponent does', () => {
    const values: LooseValues = { ...exampleValues(patch), path: { uuid: 'a/b c?d#e%f é' } };
    expect(generateSample(language, patch, values, apiBaseUrl)).toContain('/contacts/a%2Fb%20c%3Fd%23e%25f%20%C3%A9');
  });

  it.each(['', '.', '..'])('shows the placeholder, not a URL clients would change, for the path value %j', (uuid) => {
    const text = generateSample(language, patch, { ...exampleValues(patch), path: { uuid } }, apiBaseUrl);
    expect(text).toContain(`${apiBaseUrl}/contacts/:uuid`);
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

/** How each language's whole samples are saved in expected/, reviewed by hand. */
const extension: Record<LanguageId, string> = {
  curl: 'sh',
  node: 'mjs',
  python: 'py',
  php: 'php',
  ruby: 'rb',
  go: 'go',
  java: 'java',
  csharp: 'cs',
  rust: 'rs',
};

function expectedSample(name: string, language: LanguageId): string {
  return readFileSync(new URL(`./expected/${name}.${extension[language]}`, import.meta.url), 'utf8');
}

// The files end with a line break, as saved source files do; the samples do not.
const asSaved = (sample: string) => `${sample}\n`;

describe('the whole sample for a message from a template with several variables', () => {
  // A nested object (content), a list (template_values) and a boolean (optin_contact).
  const values = exampleValues(sendMessage, 'template_multi_variable');

  it.each(languageIds)('in %s is the one kept in expected/, which a reviewer reads in a diff', (language) => {
    expect(asSaved(generateSample(language, sendMessage, values, apiBaseUrl))).toBe(expectedSample('post_send_messages', language));
  });
});

describe('the whole sample for values that every quoting rule has to handle', () => {
  // Each language's expected file was written by hand, as an expert in it would write a
  // program sending exactly these values: single and double quotes, a backslash, `$`, `${`
  // and `$(`, a line break, `#{` after a `"` (Ruby interpolation; Rust raw strings need `##`),
  // `%`, non-ASCII letters and an emoji beyond the BMP, in the path, a key and values.
  const values: LooseValues = {
    path: { uuid: "Zoë's 100%" },
    query: {},
    body: {
      name: "Zoë O'Brien 🎉",
      tags: ['say "hi"', 'C:\\temp', '${HOME} $(id)'],
      custom_fields: { "Zoë's note": 'line one\nline two', Greeting: '"#{name}" is 100%' },
    },
  };

  it.each(languageIds)('in %s sends them as typed', (language) => {
    expect(asSaved(generateSample(language, patch, values, apiBaseUrl))).toBe(expectedSample('patch_contacts_hostile', language));
  });
});

describe('the curl sample', () => {
  it('double-quotes nothing but the Authorization header, so the shell expands nothing else', () => {
    const values: LooseValues = { ...exampleValues(patch), body: { name: 'say "hi" $(id)' } };
    const lines = generateSample('curl', patch, values, apiBaseUrl).split('\n');
    const doubleQuoted = lines.filter((line) => line.trimStart().startsWith('-H "') || line.includes(' "$'));
    expect(doubleQuoted).toEqual(['  -H "Authorization: Bearer $CALLBELL_API_TOKEN" \\']);
  });
});
