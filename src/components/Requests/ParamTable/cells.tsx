/** Cells shared by the parameter tables and the object field tables. */
import React from 'react';
import TypeLink from '../TypeLink';
import styles from './styles.module.css';

/**
 * A field's path as code (`messageStatusPayload.payload.type`), which may wrap only after a dot
 * or a `[]`, so a narrow column breaks it between names, never inside one; indented by its
 * depth, with a word on its presence (`required`, `optional`…) when the table needs one.
 */
export function NameCell({ path, depth, presence }: { path: string; depth: number; presence?: string }): React.JSX.Element {
  const parts = path.split(/(?<=\.|\[\])/);
  return (
    <td className={styles[`depth${Math.min(depth, 3)}`]}>
      <code>
        {parts.map((part, index) => (
          <React.Fragment key={index}>
            {index > 0 && <wbr />}
            {part}
          </React.Fragment>
        ))}
      </code>
      {presence && <span className={styles.note}>{presence}</span>}
    </td>
  );
}

/** The values a string may take, under its type. */
export function EnumValues({ values }: { values: readonly string[] }): React.JSX.Element {
  return (
    <span className={styles.note}>
      one of{' '}
      {values.map((value, index) => (
        <React.Fragment key={value}>
          {index > 0 && ', '}
          <code>{value}</code>
        </React.Fragment>
      ))}
    </span>
  );
}

/** A type in words (`object`), after the name of its object type, linked, when it has one. */
export function TypeWords({ typeName, label }: { typeName: string | undefined; label: string }): React.JSX.Element {
  return typeName ? (
    <>
      <TypeLink name={typeName} /> ({label})
    </>
  ) : (
    <>{label}</>
  );
}
