import type { ReleaseMarks } from './releases';

/**
 * The small subset of JSON Schema the registry uses to describe responses, each schema with the
 * release marks of what it describes (a field added later carries `since`).
 */
export type JsonSchema = ReleaseMarks & (
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
  | { anyOf: readonly JsonSchema[]; description?: string });
