/**
 * Python 3 with `requests`: save as `request.py`, run `python3 request.py`.
 * Quoting rule: strings and the body are Python literals written by `pythonLiteral`
 * (`True/False/None`, one entry per line, unseen characters as `\uXXXX`). The body goes through `json=`, so `requests`
 * serialises it and sets `Content-Type: application/json`. The answer is printed as it came:
 * a 204 has no body to parse.
 */
import type { HttpCall } from '../requests/http';
import { pythonLiteral } from './escaping';

export function python(call: HttpCall): string {
  const headers = [
    `        "Authorization": f"${call.auth.scheme} {os.environ['${call.auth.tokenEnvVar}']}",`,
    ...call.headers
      .filter(([name]) => name !== 'Content-Type')
      .map(([name, value]) => `        ${pythonLiteral(name)}: ${pythonLiteral(value)},`),
  ];
  const body = call.body === undefined ? [] : [`    json=${pythonLiteral(call.body, '    ')},`];
  return [
    'import os',
    '',
    'import requests',
    '',
    `response = requests.${call.method.toLowerCase()}(`,
    `    ${pythonLiteral(call.url)},`,
    '    headers={',
    ...headers,
    '    },',
    ...body,
    '    timeout=30,',
    ')',
    'print(response.text)',
    'response.raise_for_status()',
  ].join('\n');
}
