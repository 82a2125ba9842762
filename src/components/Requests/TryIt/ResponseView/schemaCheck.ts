/**
 * Does an answer's body match what the reference documents? Checked with Ajv against the
 * registry's response schema, each difference named by its JSON path (`$.contact.tags[0]`), so
 * a reader of the real API sees at once where the documentation and the API part ways.
 */
import { translate } from '@docusaurus/Translate';
import Ajv, { type ErrorObject } from 'ajv';
import addFormats from 'ajv-formats';
import type { JsonSchema } from '@site/src/requests/schema';

const ajv = addFormats(new Ajv({ allErrors: true, strict: false }));

export type SchemaCheck = { kind: 'matches' } | { kind: 'differs'; differences: string[] } | { kind: 'not-json' };

/** `/contact/tags/0` → `$.contact.tags[0]`. */
export function jsonPath(instancePath: string, property?: string): string {
  const segments = instancePath.split('/').slice(1).concat(property === undefined ? [] : [property]);
  return segments.reduce((path, raw) => {
    const segment = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    if (/^\d+$/.test(segment)) return `${path}[${segment}]`;
    return /^[A-Za-z_$][\w$]*$/.test(segment) ? `${path}.${segment}` : `${path}[${JSON.stringify(segment)}]`;
  }, '$');
}

function describe(error: ErrorObject): string {
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'required':
      return translate(
        {
          id: 'callbell.tryIt.schema.missing',
          message: '{path}: missing, but documented as always present',
          description: "Try-it panel, schema check of an answer: a documented field the body lacks; {path} is its JSON path ($.contact.uuid)",
        },
        { path: jsonPath(error.instancePath, String(params.missingProperty)) },
      );
    case 'additionalProperties':
      return translate(
        {
          id: 'callbell.tryIt.schema.undocumented',
          message: '{path}: present, but not documented',
          description: 'Try-it panel, schema check of an answer: a field the reference does not document; {path} is its JSON path ($.contact.extra)',
        },
        { path: jsonPath(error.instancePath, String(params.additionalProperty)) },
      );
    case 'enum':
      return `${jsonPath(error.instancePath)}: ${error.message} (${(params.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(', ')})`;
    default:
      return `${jsonPath(error.instancePath)}: ${error.message}`;
  }
}

export function checkAgainstSchema(schema: JsonSchema, bodyText: string): SchemaCheck {
  let body: unknown;
  try {
    body = JSON.parse(bodyText);
  } catch {
    return { kind: 'not-json' };
  }
  const validate = ajv.compile(schema);
  if (validate(body)) return { kind: 'matches' };
  return { kind: 'differs', differences: (validate.errors ?? []).map(describe) };
}
