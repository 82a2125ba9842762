import React from 'react';
import CodeSpans from '../CodeSpans';
import { EnumValues, NameCell, TypeWords } from './cells';
import { ruleSentences, typeLabel, type ParamRow } from './rows';

interface Props {
  rows: readonly ParamRow[];
  /** Whether to say where each parameter goes (path, query or body): not for an object's fields. */
  showLocation: boolean;
  /** The first column's heading. */
  nameHeading: string;
  /**
   * Which rows say whether they are required: the nested ones, when the table is split into
   * required and optional parameters already; every one, when it is not.
   */
  presenceOf: 'nested' | 'every';
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
 * Parameter rows as a plain table: a nested field sits under its parent, indented, with its
 * full path and whether it is required there; rules the spec carries follow its description.
 */
export default function RowsTable({ rows, showLocation, nameHeading, presenceOf }: Props): React.JSX.Element {
  return (
    <table>
      <thead>
        <tr>
          <th scope="col">{nameHeading}</th>
          <th scope="col">Type</th>
          {showLocation && <th scope="col">In</th>}
          <th scope="col">Description</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row, index) => (
          // A variant field has a row per form, so its path alone is not a key.
          <tr key={`${row.location}.${row.path}.${index}`}>
            <NameCell
              path={row.path}
              depth={row.depth}
              {...(row.depth > 0 || presenceOf === 'every' ? { presence: row.required ? 'required' : 'optional' } : {})}
            />
            <TypeCell row={row} />
            {showLocation && <td>{row.location}</td>}
            <td>
              <CodeSpans text={row.spec.description} />
              {ruleSentences(row).map((sentence) => (
                <React.Fragment key={sentence}>
                  {' '}
                  <CodeSpans text={sentence} />
                </React.Fragment>
              ))}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
