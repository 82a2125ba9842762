import React from 'react';
import Translate from '@docusaurus/Translate';
import { fieldKey, fieldName, type FieldPath } from '@site/src/requests/check';
import type { ParamSpec } from '@site/src/requests';
import CodeSpans from '../../CodeSpans';
import styles from '../styles.module.css';
import { useForm } from './FormContext';
import { AddItem } from './ListEditor';
import ObjectFieldset from './ObjectFieldset';
import { typeLabel } from '../../ParamTable/words';

interface Props {
  path: FieldPath;
  spec: Extract<ParamSpec, { type: 'array' }>;
  items: Extract<ParamSpec, { type: 'object' }>;
  value: unknown;
  onChange: (value: unknown) => void;
}

/** A list of objects: one fieldset per item, each removable, and a button to add one. */
export default function ObjectList({ path, spec, items: itemSpec, value, onChange }: Props): React.JSX.Element {
  const form = useForm();
  const key = fieldKey(path);
  const name = fieldName(path);
  const items = Array.isArray(value) ? (value as unknown[]) : [];
  const update = (next: unknown[]) => {
    form.onEdited(key);
    onChange(next.length ? next : undefined);
  };
  return (
    <fieldset className={styles.group} id={form.idFor(key)} tabIndex={-1}>
      <legend>
        <code>{name}</code> <span className={styles.type}>{typeLabel(spec)}</span>
      </legend>
      <p className={styles.help}>
        <CodeSpans text={spec.description} />
      </p>
      {form.problems[key] && (
        <p className={styles.problem}>
          {name} {form.problems[key]}
        </p>
      )}
      {items.map((item, index) => (
        <ObjectFieldset
          key={index}
          path={[...path, index]}
          spec={{ ...itemSpec, required: true }}
          value={item}
          legend={`${name}[${index}]`}
          onChange={(next) => update(items.map((old, i) => (i === index ? next : old)))}
        >
          <button type="button" className="button button--sm button--secondary" onClick={() => update(items.filter((_, i) => i !== index))}>
            <Translate id="callbell.tryIt.objectList.remove" description="Try-it panel: button removing an item of a list of objects; {item} is the item's path (tags[0])" values={{ item: `${name}[${index}]` }}>
              {'Remove {item}'}
            </Translate>
          </button>
        </ObjectFieldset>
      ))}
      <button type="button" className="button button--sm button--outline button--primary" onClick={() => update([...items, {}])}>
        <AddItem name={name} />
      </button>
    </fieldset>
  );
}
