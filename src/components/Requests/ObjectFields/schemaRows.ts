/**
 * The fields of an object's JSON schema as table rows: nested objects' fields under their
 * parent (`contact.name`), list items' fields as `items[].name`. A field that is itself an
 * object type with its own page is linked to it, not spelled out again.
 */
// Relative imports: the build-time page check (plugins/) loads this module in Node, where `@site` means nothing.
import type { JsonSchema } from '../../../requests/schema';
import { objectTypeOfSchema, type ObjectTypeName } from '../../../requests/object-types';

export interface FieldRow {
  /** `uuid`, `contact.name`, `messages[].text`. */
  readonly path: string;
  readonly schema: JsonSchema;
  /** Whether every value of its parent has it. */
  readonly required: boolean;
  readonly depth: number;
  /** The object type it is, when the reference has a page for it. */
  readonly typeName?: ObjectTypeName;
}

/** The rows of an object schema's properties; none for a schema that is not an object. */
export function schemaRows(schema: JsonSchema, prefix = '', depth = 0): FieldRow[] {
  if (!('type' in schema) || schema.type !== 'object') return [];
  return Object.entries(schema.properties ?? {}).flatMap(([name, field]) => {
    const path = `${prefix}${name}`;
    const typeName = objectTypeOfSchema(field);
    const row: FieldRow = { path, schema: field, required: schema.required?.includes(name) ?? false, depth, ...(typeName ? { typeName } : {}) };
    // A field with its own page is described there.
    return [row, ...(typeName ? [] : innerRows(field, path, depth))];
  });
}

function innerRows(schema: JsonSchema, path: string, depth: number): FieldRow[] {
  if (!('type' in schema)) return [];
  switch (schema.type) {
    case 'object':
      return schemaRows(schema, `${path}.`, depth + 1);
    case 'array':
      return innerRows(schema.items, `${path}[]`, depth);
    case 'string':
    case 'integer':
    case 'number':
    case 'boolean':
    case 'null':
      return [];
    default: {
      const unknownKind: never = schema;
      throw new Error(`No rows for schema kind ${JSON.stringify(unknownKind)}`);
    }
  }
}

/** The description a field's schema carries: its own, or its `anyOf`'s. */
export function schemaDescription(schema: JsonSchema): string {
  return ('description' in schema ? schema.description : undefined) ?? '';
}
