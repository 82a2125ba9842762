/** The type of a schema's value in words, in the reader's language; apart from schemaRows.ts, which the build loads in Node. */
import { translate } from '@docusaurus/Translate';
import type { JsonSchema } from '@site/src/requests/schema';
import { emailString, listOf, orWords, urlString } from '../ParamTable/words';

/** The type of a value in words: `string (ISO 8601 date)`, `string or null`, `list of object`. JSON's type names stay as they are. */
export function schemaTypeLabel(schema: JsonSchema): string {
  if (!('type' in schema)) return orWords(schema.anyOf.map(schemaTypeLabel));
  switch (schema.type) {
    case 'string':
      return schema.format === 'date-time'
        ? translate({ id: 'callbell.types.stringDate', message: 'string (ISO 8601 date)', description: 'Field tables: the type of a date; "string" is the JSON type name' })
        : schema.format === 'uri'
          ? urlString()
          : schema.format === 'email'
            ? emailString()
            : 'string';
    case 'array':
      return listOf(schemaTypeLabel(schema.items));
    case 'integer':
    case 'number':
    case 'boolean':
    case 'null':
    case 'object':
      return schema.type;
    default: {
      const unknownKind: never = schema;
      throw new Error(`No label for schema kind ${JSON.stringify(unknownKind)}`);
    }
  }
}
