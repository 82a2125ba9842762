/**
 * A recipe as a Python 3 script with `requests`: one `call` helper sends a request, prints its
 * answer and returns it parsed; each step's answer is a variable named after the step. Strings
 * and bodies are written by `pythonLiteral` (the reference's Python samples' rule); a value from
 * an earlier answer is the expression reading it, percent-encoded in a URL.
 */
import { auth } from '../../requests/api';
import { pythonLiteral } from '../../snippets/escaping';
import { plan, replaceBound, type ProgramOptions } from './plan';
import type { Recipe } from '../define';

const read = (step: string, field: string) => `${step}${field.split('.').map((name) => `[${pythonLiteral(name)}]`).join('')}`;

export function pythonProgram(recipe: Recipe, options: ProgramOptions): string {
  const lines = [
    `# Python 3 with requests; run \`python3 recipe.py\`. Reads your API token from ${auth.tokenEnvVar}.`,
    'import json',
    'import os',
    'import sys',
    'import urllib.parse',
    '',
    'import requests',
    '',
    '',
    'def call(method, url, headers, body=None):',
    '    """Sends one request, prints its answer, and returns it parsed."""',
    '    response = requests.request(',
    '        method,',
    '        url,',
    `        headers={**headers, "Authorization": f"${auth.scheme} {os.environ['${auth.tokenEnvVar}']}"},`,
    '        json=body,',
    '        timeout=30,',
    '    )',
    '    print(response.text)',
    '    response.raise_for_status()',
    '    return response.json() if response.text else None',
  ];
  for (const step of plan(recipe, options)) {
    lines.push('', '', `# ${step.id}`);
    if (step.kind === 'event') {
      lines.push('# The webhook event your endpoint received (its JSON body), from standard input.', `${step.id} = json.load(sys.stdin)["payload"]`);
      continue;
    }
    const { method, url, headers, body } = step.call;
    // requests sets Content-Type itself for json=.
    const sent = Object.fromEntries(headers.filter(([name]) => name !== 'Content-Type'));
    const args = [pythonLiteral(method), pythonLiteral(url), pythonLiteral(sent), ...(body === undefined ? [] : [pythonLiteral(body)])].join(', ');
    const statement = `${step.id} = call(${args})`;
    lines.push(
      replaceBound(statement, step.bound, ({ from }) => ({
        literal: read(from.step, from.field),
        within: `" + urllib.parse.quote(str(${read(from.step, from.field)}), safe="") + "`,
      })).replace(/ \+ ""/g, ''),
    );
  }
  return lines.join('\n');
}
