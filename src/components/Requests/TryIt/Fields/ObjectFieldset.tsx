import React from 'react';
import { fieldKey, fieldName, type FieldPath } from '@site/src/requests/check';
import type { ParamSpec } from '@site/src/requests';
import CodeSpans from '../../CodeSpans';
import styles from '../styles.module.css';
import { useForm } from './FormContext';
import { PresenceTag } from './FieldFrame';
import ShapeFields from './ShapeFields';
import { typeLabel } from '../../ParamTable/words';
import { objectOrNothing, type ObjectValue } from './values';

interface Props {
  path: FieldPath;
  spec: Extract<ParamSpec, { type: 'object' }>;
  value: unknown;
  onChange: (value: unknown) => void;
  /** A heading other than the field's name (an item of a list: `items[2]`). */
  legend?: string;
  children?: React.ReactNode;
}

/** A nested object: a fieldset named after it, holding its own fields. */
export default function ObjectFieldset({ path, spec, value, onChange, legend, children }: Props): React.JSX.Element {
  const form = useForm();
  const key = fieldKey(path);
  const problem = form.problems[key];
  const object: ObjectValue = value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as ObjectValue) : {};
  return (
    <fieldset className={styles.group} id={form.idFor(key)} tabIndex={-1} aria-describedby={`${form.idFor(key)}-help`}>
      <legend>
        <code>{legend ?? fieldName(path)}</code> <span className={styles.type}>{spec.typeName ? `${spec.typeName} (${typeLabel(spec)})` : typeLabel(spec)}</span>{' '}
        <PresenceTag required={spec.required} />
      </legend>
      <p id={`${form.idFor(key)}-help`} className={styles.help}>
        <CodeSpans text={spec.description} />
      </p>
      {problem && (
        <p className={styles.problem}>
          {fieldName(path)} {problem}
        </p>
      )}
      <ShapeFields path={path} shape={spec} value={object} onChange={(next) => onChange(objectOrNothing(next, spec.required))} />
      {children}
    </fieldset>
  );
}
