/** Cells shared by the parameter tables and the object field tables. */
import React from 'react';
import FieldPath from '../FieldPath';
import TypeLink from '../TypeLink';
import { AddedTag } from '../ReleaseMarks';
import type { ReleaseDate } from '../../../requests/releases';
import styles from './styles.module.css';

/**
 * A field's path as code (`messageStatusPayload.payload.type`), kept whole on one line
 * (custom.css, `.field-table`), and after it, when the table needs them, a "required" tag or a
 * note on its presence (`not always present`), and the release that added it when a later one did. On the narrowest screens a nested path may break
 * after a dot, where a `<wbr>` allows it, and nowhere else.
 */
export function NameCell({ path, required = false, note, since }: { path: string; required?: boolean; note?: string; since: ReleaseDate | undefined }): React.JSX.Element {
  return (
    <td>
      <code>
        <FieldPath path={path} />
      </code>
      {/* A space between, so the text reads "uuid required" wherever it is copied. */}
      {required && <> <span className={`${styles.presence} ${styles.required}`}>required</span></>}
      {note && <> <span className={styles.presence}>{note}</span></>}
      <AddedTag since={since} />
    </td>
  );
}

/** The class of a row by its depth, which indents it under its parent. */
export const depthClass = (depth: number): string | undefined => (depth > 0 ? styles[`depth${Math.min(depth, 3)}`] : undefined);

/** The values a string may take, under its type (after a space, for the page's text copies). */
export function EnumValues({ values }: { values: readonly string[] }): React.JSX.Element {
  return (
    <>
      {' '}
      <span className={styles.note}>
        one of{' '}
        {values.map((value, index) => (
          <React.Fragment key={value}>
            {index > 0 && ', '}
            <code>{value}</code>
          </React.Fragment>
        ))}
      </span>
    </>
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
