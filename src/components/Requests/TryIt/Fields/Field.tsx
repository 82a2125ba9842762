import React from 'react';
import Translate, { translate } from '@docusaurus/Translate';
import { fieldKey, fieldName, type FieldPath } from '@site/src/requests/check';
import type { ParamSpec } from '@site/src/requests';
import styles from '../styles.module.css';
import FieldFrame from './FieldFrame';
import { problemsWithin, useForm } from './FormContext';
import KeyValueEditor from './KeyValueEditor';
import ListEditor from './ListEditor';
import ObjectFieldset from './ObjectFieldset';
import ObjectList from './ObjectList';
import ScalarInput from './ScalarInput';
import { unseenNote } from './unseenNote';

export interface FieldProps {
  path: FieldPath;
  spec: ParamSpec;
  value: unknown;
  onChange: (value: unknown) => void;
  /** Set on the field that chooses the variant of its object: changing it swaps fields below. */
  choosesVariant?: boolean;
}

/** One parameter of the form, with the control its kind needs; objects and lists of objects nest. */
export default function Field({ path, spec, value, onChange, choosesVariant }: FieldProps): React.JSX.Element {
  const form = useForm();
  const key = fieldKey(path);
  const id = form.idFor(key);
  const name = fieldName(path);
  const change = (next: unknown) => {
    form.onEdited(key);
    onChange(next);
  };
  // A list or free object shows its items' problems too; other kinds only their own.
  const own = spec.type === 'array' || spec.type === 'map' ? problemsWithin(form.problems, key) : form.problems[key] ? [[key, form.problems[key]!] as const] : [];
  // A key is its location, a dot, then the name a reader uses (`body.tags[1]` → `tags[1]`).
  const problems = own.map(([at, problem]) => `${at.slice(path[0].length + 1)} ${problem}`);
  const frame = (control: (describedBy: string) => React.ReactNode, note?: string) => (
    <FieldFrame id={id} name={name} spec={spec} problems={problems} note={note} unseen={unseenNote(value)} labelsOneInput={spec.type !== 'array' && spec.type !== 'map'}>
      {control}
    </FieldFrame>
  );

  switch (spec.type) {
    case 'object':
      return <ObjectFieldset path={path} spec={spec} value={value} onChange={onChange} />;
    case 'array': {
      const items = spec.items;
      if (items.type === 'object') return <ObjectList path={path} spec={spec} items={items} value={value} onChange={onChange} />;
      if (items.type !== 'string' && items.type !== 'integer' && items.type !== 'number') {
        return frame(() => (
          <p className={styles.help}>
            <Translate id="callbell.tryIt.field.listInJson" description="Try-it panel: in place of a control, for a list the form cannot edit">
              Edit this list in the JSON body below.
            </Translate>
          </p>
        ));
      }
      return frame((describedBy) => <ListEditor id={id} name={name} items={items} value={value} describedBy={describedBy} onChange={change} />);
    }
    case 'map':
      // The rows edit text values; a list value (a checkbox custom field's options) is edited as JSON.
      if (value !== null && typeof value === 'object' && Object.values(value).some(Array.isArray)) {
        return frame(() => (
          <p className={styles.help}>
            <Translate id="callbell.tryIt.field.mapWithListInJson" description="Try-it panel: in place of a control, for an object of names and values one of which is a list">
              This object holds a list: edit it in the JSON body below.
            </Translate>
          </p>
        ));
      }
      return frame((describedBy) => <KeyValueEditor id={id} name={name} value={value} describedBy={describedBy} onChange={change} />);
    case 'boolean':
      return frame(
        (describedBy) => (
          <input
            id={id}
            type="checkbox"
            className={styles.checkboxInput}
            checked={value === true}
            aria-invalid={problems.length ? true : undefined}
            aria-describedby={describedBy}
            onChange={(event) => change(event.target.checked ? true : spec.required ? false : undefined)}
          />
        ),
        spec.required
          ? undefined
          : translate({
              id: 'callbell.tryIt.field.checkboxNote',
              message: 'Checked sends true; unchecked leaves it out (type false in the JSON body to send it).',
              description: 'Try-it panel: under an optional true/false field; true and false are JSON values, keep them as is',
            }),
      );
    case 'string':
    case 'integer':
    case 'number':
      return frame(
        (describedBy) => <ScalarInput id={id} spec={spec} value={value} invalid={problems.length > 0} describedBy={describedBy} onChange={change} />,
        choosesVariant
          ? translate({
              id: 'callbell.tryIt.field.variantNote',
              message: 'Choosing another value changes the fields below; what you typed for the previous one comes back when you choose it again.',
              description: 'Try-it panel: under a field whose value decides which other fields the object has',
            })
          : undefined,
      );
    default: {
      const unknownKind: never = spec;
      throw new Error(`No form control for ${JSON.stringify(unknownKind)}`);
    }
  }
}
