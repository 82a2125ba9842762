/**
 * Python 3 with `requests`.
 * Quoting rule: strings are written by `JSON.stringify`; its escapes (`\"`, `\\`, `\n`,
 * `\t`, `\uXXXX`) mean the same in a Python string literal, and the source is UTF-8.
 * `true/false/null` become `True/False/None`. The body goes through `json=`, so
 * `requests` serialises it and sets `Content-Type: application/json`.
 */
import type { HttpCall } from '../requests/http';

export function pythonLiteral(value: unknown, indent = ''): string {
  if (value === null || value === undefined) return 'None';
  if (value === true) return 'True';
  if (value === false) return 'False';
  if (typeof value === 'string' || typeof value === 'number') return JSON.stringify(value);
  const inner = `${indent}    `;
  if (Array.isArray(value)) {
    if (value.length === 0) return '[]';
    return `[\n${value.map((item) => inner + pythonLiteral(item, inner)).join(',\n')},\n${indent}]`;
  }
  const entries = Object.entries(value as Record<string, unknown>);
  if (entries.length === 0) return '{}';
  const lines = entries.map(([key, item]) => `${inner}${JSON.stringify(key)}: ${pythonLiteral(item, inner)}`);
  return `{\n${lines.join(',\n')},\n${indent}}`;
}

export function python(call: HttpCall): string {
  const headers = [
    `        "Authorization": f"${call.auth.scheme} {os.environ['${call.auth.tokenEnvVar}']}",`,
    ...call.headers
      .filter(([name]) => name !== 'Content-Type')
      .map(([name, value]) => `        ${JSON.stringify(name)}: ${JSON.stringify(value)},`),
  ];
  const body = call.body === undefined ? [] : [`    json=${pythonLiteral(call.body, '    ')},`];
  return [
    'import json',
    'import os',
    '',
    'import requests',
    '',
    `response = requests.${call.method.toLowerCase()}(`,
    `    ${JSON.stringify(call.url)},`,
    '    headers={',
    ...headers,
    '    },',
    ...body,
    '    timeout=30,',
    ')',
    'print(json.dumps(response.json(), indent=2, ensure_ascii=False))',
    'response.raise_for_status()',
  ].join('\n');
}
