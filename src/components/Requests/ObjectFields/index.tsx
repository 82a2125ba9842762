import React from 'react';
import CodeBlock from '@theme/CodeBlock';
import { objectTypes, variantFields, type ObjectTypeName, type ObjectTypeSpec } from '@site/src/requests/object-types';
import RowsTable from '../ParamTable/RowsTable';
import { shapeRows } from '../ParamTable/rows';
import EnumTable from './EnumTable';
import SchemaTable from './SchemaTable';

/**
 * The table of an object type's page, read from the registry: an object's fields (and an
 * example of it, when the registry has one), the fields a variant object takes for each value
 * of its selector, or an enum's values with their meanings.
 */
export default function ObjectFields({ type }: { type: ObjectTypeName }): React.JSX.Element {
  const spec: ObjectTypeSpec = objectTypes[type];
  switch (spec.kind) {
    case 'schema':
      return (
        <>
          <SchemaTable schema={spec.schema} table="field" />
          {spec.example !== undefined && (
            <CodeBlock language="json" title={`${type} example`}>
              {JSON.stringify(spec.example, null, 2)}
            </CodeBlock>
          )}
        </>
      );
    case 'variants':
      return <RowsTable rows={shapeRows(variantFields(spec), { location: 'body', prefix: '', depth: 0, conditions: [] })} nameHeading="Field" />;
    case 'enum':
      return <EnumTable type={spec} />;
    default: {
      const unknownKind: never = spec;
      throw new Error(`No table for object type kind ${JSON.stringify(unknownKind)}`);
    }
  }
}
