import React from 'react';
import { translate } from '@docusaurus/Translate';
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
            <CodeBlock language="json" title={translate({ id: 'callbell.objectType.example', message: '{type} example', description: "An object type's page: title of the example of it; {type} is the type's name (Contact)" }, { type })}>
              {JSON.stringify(spec.example, null, 2)}
            </CodeBlock>
          )}
        </>
      );
    case 'variants':
      return <RowsTable rows={shapeRows(variantFields(spec), { location: 'body', prefix: '', depth: 0, conditions: [] })} names="fields" />;
    case 'enum':
      return <EnumTable type={spec} />;
    default: {
      const unknownKind: never = spec;
      throw new Error(`No table for object type kind ${JSON.stringify(unknownKind)}`);
    }
  }
}
