import React from 'react';
import type { JsonSchema } from '@site/src/requests/schema';
import CodeSpans from '../CodeSpans';
import { EnumValues, NameCell, TypeWords, depthClass } from '../ParamTable/cells';
import { schemaDescription, schemaRows, schemaTypeLabel, type FieldRow } from './schemaRows';

function TypeCell({ row }: { row: FieldRow }): React.JSX.Element {
  const values = 'enum' in row.schema ? row.schema.enum : undefined;
  return (
    <td>
      <TypeWords typeName={row.typeName} label={schemaTypeLabel(row.schema)} />
      {values && <EnumValues values={values} />}
    </td>
  );
}

/**
 * The fields of an object, from its JSON schema, as a field table (custom.css: a list on a
 * phone): nested fields under their parent, each marked when a value may lack it.
 */
export default function SchemaTable({ schema }: { schema: JsonSchema }): React.JSX.Element {
  return (
    <table className="field-table">
      <thead>
        <tr>
          <th scope="col">Field</th>
          <th scope="col">Type</th>
          <th scope="col">Description</th>
        </tr>
      </thead>
      <tbody>
        {schemaRows(schema).map((row) => (
          <tr key={row.path} className={depthClass(row.depth)}>
            <NameCell path={row.path} {...(row.required ? {} : { note: 'not always present' })} />
            <TypeCell row={row} />
            <td>
              <CodeSpans text={schemaDescription(row.schema)} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
