/** Cells shared by the parameter tables and the object field tables. */
import React from 'react';
import Translate from '@docusaurus/Translate';
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
      {required && <> <span className={`${styles.presence} ${styles.required}`}>
            <Translate id="callbell.paramTable.required" description="Parameter tables: tag after a parameter that must be given">
              required
            </Translate>
          </span></>}
      {note && <> <span className={styles.presence}>{note}</span></>}
      <AddedTag since={since} />
    </td>
  );
}

/** The head of a field table: the name's column (a request's parameters or an object's fields), its type and its description. */
export function FieldTableHead({ names }: { names: 'parameters' | 'fields' }): React.JSX.Element {
  return (
    <thead>
      <tr>
        <th scope="col">
          {names === 'parameters' ? (
            <Translate id="callbell.paramTable.parameter" description="Parameter tables: heading of the column of parameter names">
              Parameter
            </Translate>
          ) : (
            <Translate id="callbell.fieldTable.field" description="Field tables: heading of the column of field names">
              Field
            </Translate>
          )}
        </th>
        <th scope="col">
          <Translate id="callbell.fieldTable.type" description="Parameter and field tables: heading of the column of types">
            Type
          </Translate>
        </th>
        <th scope="col">
          <Translate id="callbell.fieldTable.description" description="Parameter and field tables: heading of the column of descriptions">
            Description
          </Translate>
        </th>
      </tr>
    </thead>
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
        <Translate
          id="callbell.paramTable.oneOf"
          description="Parameter and field tables, under a type: the values a text may take; {values} is the list of them, as code, separated by commas"
          values={{
            values: (
              <>
                {values.map((value, index) => (
                  <React.Fragment key={value}>
                    {index > 0 && ', '}
                    <code>{value}</code>
                  </React.Fragment>
                ))}
              </>
            ),
          }}
        >
          {'one of {values}'}
        </Translate>
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
