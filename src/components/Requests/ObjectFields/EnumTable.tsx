import React from 'react';
import Translate from '@docusaurus/Translate';
import type { EnumType } from '@site/src/requests/object-type';
import CodeSpans from '../CodeSpans';

/** The values of an enum type, each with what it means, as a field table (custom.css: a list on a phone). */
export default function EnumTable({ type }: { type: EnumType }): React.JSX.Element {
  return (
    <table className="field-table">
      <thead>
        <tr>
          <th scope="col">
            <Translate id="callbell.enumTable.value" description="An enumeration's table: heading of the column of its values">
              Value
            </Translate>
          </th>
          <th scope="col">
            <Translate id="callbell.enumTable.meaning" description="An enumeration's table: heading of the column of what each value means">
              Meaning
            </Translate>
          </th>
        </tr>
      </thead>
      <tbody>
        {type.values.map((value) => (
          <tr key={value}>
            <td>
              <code>{value}</code>
            </td>
            <td>
              <CodeSpans text={type.meanings[value] ?? ''} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
