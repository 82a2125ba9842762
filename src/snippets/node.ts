/**
 * Node 18+ (built-in fetch), an ES module: save as `request.mjs`, run `node request.mjs`.
 * Quoting rule: every string is written by `JSON.stringify`, whose output is a valid
 * JavaScript literal for any text (quotes, backslashes, newlines, U+2028 and emoji included);
 * template literals are never used for data, so `${...}` in a value stays text.
 */
import type { HttpCall } from '../requests/http';

export function node(call: HttpCall): string {
  const headers = [
    `    Authorization: \`${call.auth.scheme} \${process.env.${call.auth.tokenEnvVar}}\`,`,
    ...call.headers.map(([name, value]) => `    ${JSON.stringify(name)}: ${JSON.stringify(value)},`),
  ];
  const body = call.body === undefined
    ? []
    : [`  body: JSON.stringify(${JSON.stringify(call.body, null, 2).replace(/\n/g, '\n  ')}),`];
  return [
    `const response = await fetch(${JSON.stringify(call.url)}, {`,
    `  method: ${JSON.stringify(call.method)},`,
    '  headers: {',
    ...headers,
    '  },',
    ...body,
    '});',
    '',
    'const data = await response.json();',
    'console.log(JSON.stringify(data, null, 2));',
    'if (!response.ok) {',
    '  throw new Error(`Request failed: ${response.status} ${response.statusText}`);',
    '}',
  ].join('\n');
}
