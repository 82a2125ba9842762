import { describe, expect, it } from 'vitest';
import { curlCalls } from './curl';

describe('reading curl calls from a shell snippet', () => {
  it('reads method, URL and body through quotes and line continuations', () => {
    const snippet = [
      `curl -X PATCH "https://api.callbell.eu/v1/templates/ad42" \\`,
      `  -H "Authorization: Bearer $CALLBELL_API_TOKEN" \\`,
      `  -H 'Content-Type: application/json' \\`,
      `  -d '{"title": "It\u2019s \\"new\\""}'`,
    ].join('\n');
    expect(curlCalls(snippet)).toEqual([{ method: 'PATCH', url: 'https://api.callbell.eu/v1/templates/ad42', data: '{"title": "It\u2019s \\"new\\""}' }]);
  });

  it('reads each command of a snippet, defaulting to GET, or POST when it sends data', () => {
    const snippet = `export CALLBELL_API_TOKEN=abc\ncurl https://a.example/v1/plan && curl --url "https://a.example/v1/x" --json '{}'; echo done # curl https://not.a/call`;
    expect(curlCalls(snippet)).toEqual([
      { method: 'GET', url: 'https://a.example/v1/plan' },
      { method: 'POST', url: 'https://a.example/v1/x', data: '{}' },
    ]);
  });

  it('keeps backslashes inside double quotes unless they escape a quote, a backslash, a dollar or a backquote', () => {
    expect(curlCalls(`curl -d "{\\"a\\": \\"b\\\\n\\"}" "https://a.example/v1/x?q=\\1"`)).toEqual([
      { method: 'POST', url: 'https://a.example/v1/x?q=\\1', data: '{"a": "b\\n"}' },
    ]);
  });

  it('skips the values of options that take one, and commands that are not curl', () => {
    expect(curlCalls(`curl -H "X: https://not.the/url" -o out.json -u me:pw https://a.example/v1/me\njq . out.json`)).toEqual([
      { method: 'GET', url: 'https://a.example/v1/me' },
    ]);
  });
});
