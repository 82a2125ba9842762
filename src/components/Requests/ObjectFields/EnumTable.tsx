import React from 'react';
import type { EnumType } from '@site/src/requests/object-type';
import CodeSpans from '../CodeSpans';

/** The values of an enum type, each with what it means, as a field table (custom.css: a list on a phone). */
export default function EnumTable({ type }: { type: EnumType }): React.JSX.Element {
  return (
    <table className="field-table">
      <thead>
        <tr>
          <th scope="col">Value</th>
          <th scope="col">Meaning</th>
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
