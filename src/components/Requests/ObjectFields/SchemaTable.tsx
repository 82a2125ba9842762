import React from 'react';
import { translate } from '@docusaurus/Translate';
import type { JsonSchema } from '@site/src/requests/schema';
import CodeSpans from '../CodeSpans';
import AnchoredRow from '../ParamTable/AnchoredRow';
import { EnumValues, FieldTableHead, NameCell, TypeWords, depthClass } from '../ParamTable/cells';
import { ChangeNote } from '../ReleaseMarks';
import { fieldAnchor, type FieldTable } from '../anchors';
import { schemaDescription, schemaRows, type FieldRow } from './schemaRows';
import { schemaTypeLabel } from './schemaTypeLabel';

const notAlwaysPresent = () =>
  translate({ id: 'callbell.fieldTable.notAlwaysPresent', message: 'not always present', description: 'Field tables: tag after a field that a value may lack' });

function TypeCell({ row }: { row: FieldRow }): React.JSX.Element {
  const values = 'enum' in row.schema ? row.schema.enum : undefined;
  return (
    <td>
      <TypeWords typeName={row.typeName} label={schemaTypeLabel(row.schema)} />
      {values && <EnumValues values={values} />}
    </td>
  );
}

interface Props {
  schema: JsonSchema;
  /** Which table of its page this is, for the rows' ids (`response-contact`, `field-note`). */
  table: FieldTable;
}

/**
 * The fields of an object, from its JSON schema, as a field table (custom.css: a list on a
 * phone): nested fields under their parent, each marked when a value may lack it and when a
 * later release added or changed it; each row has an id links can point at.
 */
export default function SchemaTable({ schema, table }: Props): React.JSX.Element {
  return (
    <table className="field-table">
      <FieldTableHead names="fields" />
      <tbody>
        {schemaRows(schema).map((row) => (
          <AnchoredRow key={row.path} id={fieldAnchor(table, row.path)} className={depthClass(row.depth)}>
            <NameCell path={row.path} {...(row.required ? {} : { note: notAlwaysPresent() })} since={row.schema.since} />
            <TypeCell row={row} />
            <td>
              <CodeSpans text={schemaDescription(row.schema)} />
              <ChangeNote change={row.schema.change} />
            </td>
          </AnchoredRow>
        ))}
      </tbody>
    </table>
  );
}
