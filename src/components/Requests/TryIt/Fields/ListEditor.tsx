import React from 'react';
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
          <button type="button" className="button button--sm button--secondary" aria-label={`Remove ${name} ${index + 1}`} onClick={() => update(items.filter((_, i) => i !== index))}>
            Remove
          </button>
        </div>
      ))}
      <button type="button" className="button button--sm button--outline button--primary" onClick={() => update([...items, ''])}>
        Add an item to {name}
      </button>
    </div>
  );
}
