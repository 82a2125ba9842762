/**
 * The small subset of JSON Schema the registry uses to describe responses,
 * and the translation of parameter descriptions into it (for validation).
 */
import type { ParamGroup, ParamSpec } from './types';

export type JsonSchema =
  | { type: 'string'; enum?: readonly string[]; format?: 'email' | 'date-time' | 'uri'; minLength?: number; description?: string }
  | { type: 'integer'; minimum?: number; description?: string }
  | { type: 'number'; description?: string }
  | { type: 'boolean'; description?: string }
  | { type: 'null' }
  | { type: 'array'; items: JsonSchema; description?: string }
  | {
      type: 'object';
      properties?: { readonly [name: string]: JsonSchema };
      required?: readonly string[];
      additionalProperties?: boolean | JsonSchema;
      description?: string;
    }
  | { anyOf: readonly JsonSchema[]; description?: string };

export function paramSchema(spec: ParamSpec): JsonSchema {
  switch (spec.type) {
    case 'integer':
      return { type: 'integer', ...(spec.minimum === undefined ? {} : { minimum: spec.minimum }) };
    case 'string[]':
      return { type: 'array', items: { type: 'string' } };
    case 'string{}':
      return {
        type: 'object',
        additionalProperties: spec.numbersAsText ? { anyOf: [{ type: 'string' }, { type: 'number' }] } : { type: 'string' },
      };
    case 'string':
      return {
        type: 'string',
        ...(spec.enum ? { enum: spec.enum } : {}),
        ...(spec.format ? { format: spec.format } : {}),
      };
  }
}

/** An object schema accepting exactly the parameters of a group. */
export function groupSchema(group: ParamGroup): JsonSchema {
  const names = Object.keys(group);
  return {
    type: 'object',
    properties: Object.fromEntries(names.map((name) => [name, paramSchema(group[name]!)])),
    required: names.filter((name) => group[name]!.required),
    additionalProperties: false,
  };
}
