/**
 * Node 18+ (built-in fetch), an ES module: save as `request.mjs`, run `node request.mjs`.
 * Quoting rule: every string and the body are JavaScript literals written by `jsLiteral`
 * (JSON syntax, one entry per line); template literals are never used for data, so `${...}`
 * in a value stays text, and unseen characters are `\uXXXX` escapes. The answer is printed as it came: a 204 has no body to parse.
 */
import type { HttpCall } from '../requests/http';
import { jsLiteral } from './escaping';

export function node(call: HttpCall): string {
  const headers = [
    `    Authorization: \`${call.auth.scheme} \${process.env.${call.auth.tokenEnvVar}}\`,`,
    ...call.headers.map(([name, value]) => `    ${jsLiteral(name)}: ${jsLiteral(value)},`),
  ];
  const body = call.body === undefined ? [] : [`  body: JSON.stringify(${jsLiteral(call.body, '  ')}),`];
  return [
    `const response = await fetch(${jsLiteral(call.url)}, {`,
    `  method: ${jsLiteral(call.method)},`,
    '  headers: {',
    ...headers,
    '  },',
    ...body,
    '});',
    '',
    'console.log(await response.text());',
    'if (!response.ok) {',
    '  throw new Error(`Request failed: ${response.status} ${response.statusText}`);',
    '}',
  ].join('\n');
}
