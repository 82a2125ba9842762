import React, { useEffect, useState } from 'react';
import styles from '../styles.module.css';

interface Props {
  id: string;
  name: string;
  value: unknown;
  describedBy: string;
  onChange: (value: Record<string, unknown> | undefined) => void;
}

type Row = [key: string, value: string];
const rowsOf = (value: unknown): Row[] =>
  value && typeof value === 'object' && !Array.isArray(value) ? Object.entries(value).map(([k, v]) => [k, String(v)]) : [];

/**
 * A free object of names and values. Rows are edited as a list so that two rows may briefly
 * share a name while the reader types.
 */
export default function KeyValueEditor({ id, name, value, describedBy, onChange }: Props): React.JSX.Element {
  const [rows, setRows] = useState<Row[]>(() => rowsOf(value));
  useEffect(() => {
    const fromRows = JSON.stringify(Object.fromEntries(rows));
    if (fromRows !== JSON.stringify(value ?? {})) setRows(rowsOf(value));
    // Only an outside change of `value` (the JSON editor) resets the rows.
  }, [value]);
  const update = (next: Row[]) => {
    setRows(next);
    onChange(next.length ? Object.fromEntries(next) : undefined);
  };
  return (
    <div role="group" id={id} tabIndex={-1} aria-labelledby={`${id}-label`} aria-describedby={describedBy} className={styles.list}>
      {rows.map(([key, text], index) => (
        <div key={index} className={styles.inline}>
          <input
            className={styles.input}
            aria-label={`${name} ${index + 1} name`}
            placeholder="Name"
            value={key}
            onChange={(event) => update(rows.map((row, i) => (i === index ? [event.target.value, row[1]] : row)))}
          />
          <input
            className={styles.input}
            aria-label={`${name} ${index + 1} value`}
            placeholder="Value"
            value={text}
            onChange={(event) => update(rows.map((row, i) => (i === index ? [row[0], event.target.value] : row)))}
          />
          <button type="button" className="button button--sm button--secondary" aria-label={`Remove ${name} ${index + 1}`} onClick={() => update(rows.filter((_, i) => i !== index))}>
            Remove
          </button>
        </div>
      ))}
      <button type="button" className="button button--sm button--outline button--primary" onClick={() => update([...rows, ['', '']])}>
        Add an entry to {name}
      </button>
    </div>
  );
}
