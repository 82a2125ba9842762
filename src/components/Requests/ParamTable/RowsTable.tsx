import React from 'react';
import CodeSpans from '../CodeSpans';
import { ChangeNote } from '../ReleaseMarks';
import { paramAnchor } from '../anchors';
import AnchoredRow from './AnchoredRow';
import { EnumValues, FieldTableHead, NameCell, TypeWords, depthClass } from './cells';
import type { ParamRow } from './rows';
import { ruleSentences, typeLabel } from './words';

interface Props {
  rows: readonly ParamRow[];
  /** What the first column names: a request's parameters, or an object type's fields. */
  names: 'parameters' | 'fields';
}

function TypeCell({ row: { spec } }: { row: ParamRow }): React.JSX.Element {
  return (
    <td>
      <TypeWords typeName={spec.typeName} label={typeLabel(spec)} />
      {spec.type === 'string' && spec.enum && <EnumValues values={spec.enum} />}
    </td>
  );
}

/**
 * Parameter rows as a field table (custom.css: a list on a phone): a nested field sits under its
 * parent, indented, with its full path; a required one is tagged so, and so is one a later
 * release added; rules the spec carries and a later change follow its description. Each field's
 * first row has an id links can point at (`body-note`).
 */
export default function RowsTable({ rows, names }: Props): React.JSX.Element {
  const firstRows = new Set(rows.map((row) => rows.find((other) => other.path === row.path)));
  return (
    <table className="field-table">
      <FieldTableHead names={names} />
      <tbody>
        {rows.map((row, index) => (
          // A variant field has a row per form, so its path alone is not a key.
          <AnchoredRow key={`${row.path}.${index}`} id={firstRows.has(row) ? paramAnchor(row.location, row.path) : undefined} className={depthClass(row.depth)}>
            <NameCell path={row.path} required={row.required} since={row.spec.since} />
            <TypeCell row={row} />
            <td>
              <CodeSpans text={row.spec.description} />
              {ruleSentences(row).map((sentence) => (
                <React.Fragment key={sentence}>
                  {' '}
                  <CodeSpans text={sentence} />
                </React.Fragment>
              ))}
              <ChangeNote change={row.spec.change} />
            </td>
          </AnchoredRow>
        ))}
      </tbody>
    </table>
  );
}
