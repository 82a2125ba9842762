/**
 * A recipe as a Node 18+ ES module: one `call` helper sends a request, prints its answer and
 * returns it parsed; each step's answer is a constant named after the step. Strings and bodies
 * are written by `jsLiteral` (the reference's Node samples' rule); a value from an earlier answer
 * is the expression reading it, percent-encoded in a URL.
 */
import { auth } from '../../requests/api';
import { jsLiteral } from '../../snippets/escaping';
import { plan, replaceBound, type ProgramOptions } from './plan';
import type { Recipe } from '../define';

const read = (step: string, field: string) => `${step}${field.split('.').map((name) => `[${jsLiteral(name)}]`).join('')}`;

export function nodeProgram(recipe: Recipe, options: ProgramOptions): string {
  const lines = [
    `// Node 18+; save as recipe.mjs, run \`node recipe.mjs\`. Reads your API token from ${auth.tokenEnvVar}.`,
    "import { readFileSync } from 'node:fs';",
    '',
    '/** Sends one request, prints its answer, and returns it parsed. */',
    'async function call(method, url, headers, body) {',
    '  const response = await fetch(url, {',
    '    method,',
    `    headers: { ...headers, Authorization: \`${auth.scheme} \${process.env.${auth.tokenEnvVar}}\` },`,
    '    body: body === undefined ? undefined : JSON.stringify(body),',
    '  });',
    '  const text = await response.text();',
    '  console.log(text);',
    '  if (!response.ok) {',
    '    throw new Error(`Request failed: ${response.status} ${response.statusText}`);',
    '  }',
    "  return text === '' ? undefined : JSON.parse(text);",
    '}',
  ];
  for (const step of plan(recipe, options)) {
    lines.push('', `// ${step.id}`);
    if (step.kind === 'event') {
      lines.push('// The webhook event your endpoint received (its JSON body), from standard input.', `const ${step.id} = JSON.parse(readFileSync(0, 'utf8')).payload;`);
      continue;
    }
    const { method, url, headers, body } = step.call;
    const args = [jsLiteral(method), jsLiteral(url), jsLiteral(Object.fromEntries(headers)), ...(body === undefined ? [] : [jsLiteral(body)])].join(', ');
    const statement = `const ${step.id} = await call(${args});`;
    lines.push(
      replaceBound(statement, step.bound, ({ from }) => ({ literal: read(from.step, from.field), within: `" + encodeURIComponent(${read(from.step, from.field)}) + "` })).replace(/ \+ ""/g, ''),
    );
  }
  return lines.join('\n');
}
