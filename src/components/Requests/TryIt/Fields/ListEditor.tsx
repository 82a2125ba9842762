import React from 'react';
import Translate, { translate } from '@docusaurus/Translate';
import type { ParamSpec } from '@site/src/requests';
import styles from '../styles.module.css';
import ScalarInput from './ScalarInput';

interface Props {
  id: string;
  name: string;
  items: Extract<ParamSpec, { type: 'string' | 'integer' | 'number' }>;
  value: unknown;
  describedBy: string;
  onChange: (value: unknown[] | undefined) => void;
}

/** The words of the button adding an item to the list `name` (of scalars or of objects). */
export function AddItem({ name }: { name: string }): React.JSX.Element {
  return (
    <Translate id="callbell.tryIt.list.add" description="Try-it panel: button adding an item to a list; {field} is its name" values={{ field: name }}>
      {'Add an item to {field}'}
    </Translate>
  );
}

/** A list of scalars: one input per item, each removable, and a button to add one. */
export default function ListEditor({ id, name, items: itemSpec, value, describedBy, onChange }: Props): React.JSX.Element {
  const items = Array.isArray(value) ? (value as unknown[]) : [];
  const update = (next: unknown[]) => onChange(next.length ? next : undefined);
  return (
    <div role="group" id={id} tabIndex={-1} aria-labelledby={`${id}-label`} aria-describedby={describedBy} className={styles.list}>
      {items.map((item, index) => (
        <div key={index} className={styles.inline}>
          <ScalarInput
            id={`${id}-${index}`}
            spec={itemSpec}
            value={item}
            invalid={false}
            describedBy={describedBy}
            ariaLabel={`${name} ${index + 1}`}
            // An item emptied stays in the list as "" until removed, so the reader's place is kept.
            onChange={(next) => update(items.map((old, i) => (i === index ? (next ?? '') : old)))}
          />
          <button type="button" className="button button--sm button--secondary" aria-label={translate(
              { id: 'callbell.tryIt.list.removeLabel', message: 'Remove {field} {number}', description: 'Try-it panel: accessible name of the button removing an item of a list; {field} is the list, {number} the item from 1' },
              { field: name, number: index + 1 },
            )}
            onClick={() => update(items.filter((_, i) => i !== index))}
          >
            <Translate id="callbell.tryIt.list.remove" description="Try-it panel: button removing an item of a list">
              Remove
            </Translate>
          </button>
        </div>
      ))}
      <button type="button" className="button button--sm button--outline button--primary" onClick={() => update([...items, ''])}>
        <AddItem name={name} />
      </button>
    </div>
  );
}
