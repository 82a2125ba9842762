/**
 * A recipe as a bash script: each request is the reference's cURL sample (its quoting rule is
 * `shellQuoted` and `jsonText`, in curl.ts), its answer kept in a variable named after the step;
 * the webhook event is read from standard input; jq reads the values later steps take. A value
 * goes into a single-quoted argument by closing the quote around a double-quoted variable.
 */
import { auth } from '../../requests/api';
import { curl } from '../../snippets/curl';
import { shellQuoted } from '../../snippets/escaping';
import { plan, replaceBound, type BoundValue, type ProgramOptions } from './plan';
import type { Recipe } from '../define';

/** The jq program that reads the field: JSON for a body, percent-encoded text for a URL. */
function jqFilter({ from, place }: BoundValue): string {
  const path = from.field.split('.').map((name) => `[${JSON.stringify(name)}]`).join('');
  return place === 'body' ? `.${path}` : `.${path} | @uri`;
}

/** The shell variable holding a value: the step and field it comes from (`send_uuid`). */
const variable = ({ from }: BoundValue) => `${from.step}_${from.field.split('.').at(-1)}`;

export function curlProgram(recipe: Recipe, options: ProgramOptions): string {
  const lines = [
    '#!/usr/bin/env bash',
    `# Needs curl and jq; reads your API token from ${auth.tokenEnvVar}.`,
    'set -euo pipefail',
  ];
  for (const step of plan(recipe, options)) {
    lines.push('', `# ${step.id}`);
    if (step.kind === 'event') {
      lines.push('# The webhook event your endpoint received (its JSON body), from standard input.', `${step.id}=$(jq -c '.payload')`);
      continue;
    }
    for (const value of step.bound) {
      lines.push(`${variable(value)}=$(printf '%s' "$${value.from.step}" | jq -${value.place === 'body' ? 'c' : 'rj'} ${shellQuoted(jqFilter(value))})`);
    }
    const command = replaceBound(curl(step.call), step.bound, (value) => ({ literal: `'"$${variable(value)}"'`, within: `'"$${variable(value)}"'` }))
      // A value at the end of a quoted argument leaves an empty '' after it.
      .replace(/"''/g, '"');
    lines.push(`${step.id}=$(${command})`, `printf '%s\\n' "$${step.id}"`);
  }
  return lines.join('\n');
}
