/**
 * Request validation derived from the registry, with two Ajv instances: path and query
 * values arrive as text and are coerced (`page=2` → 2), a JSON body is taken as sent
 * (a number is not a name). Nothing unknown is stripped silently: it is an error.
 */
import Ajv, { type ErrorObject } from 'ajv';
import addFormats from 'ajv-formats';
import type { FastifySchemaCompiler } from 'fastify';
import type { ErrorDetail } from './errors';
import { fieldName } from './errors';

const options = { allErrors: true, removeAdditional: false, useDefaults: false, strict: false } as const;
const forText = addFormats(new Ajv({ ...options, coerceTypes: true }));
const forJson = addFormats(new Ajv({ ...options, coerceTypes: false }));

export const validatorCompiler: FastifySchemaCompiler<object> = ({ schema, httpPart }) =>
  (httpPart === 'body' ? forJson : forText).compile(schema);

const partNames: Record<string, string> = { body: 'body', querystring: 'query', params: 'path' };

/** One detail per Ajv error, naming the field as a reader would write it. */
export function describeValidationErrors(errors: ErrorObject[], context: string): ErrorDetail[] {
  const part = partNames[context] ?? context;
  return errors.map((error) => {
    const params = error.params as Record<string, unknown>;
    switch (error.keyword) {
      case 'required':
        return { field: fieldName(part, error.instancePath, String(params.missingProperty)), message: 'is required' };
      case 'additionalProperties':
        return { field: fieldName(part, error.instancePath, String(params.additionalProperty)), message: 'is not a parameter of this request' };
      case 'enum':
        return { field: fieldName(part, error.instancePath), message: `must be one of: ${(params.allowedValues as string[]).join(', ')}` };
      default:
        return { field: fieldName(part, error.instancePath), message: error.message ?? 'is invalid' };
    }
  });
}
