import React, { useEffect, useState } from 'react';
import Translate, { translate } from '@docusaurus/Translate';
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
            aria-label={translate(
              { id: 'callbell.tryIt.map.entryName', message: '{field} {number} name', description: 'Try-it panel: accessible name of the name box of an entry of a free object; {field} is the field, {number} the entry from 1' },
              { field: name, number: index + 1 },
            )}
            placeholder={translate({ id: 'callbell.tryIt.map.namePlaceholder', message: 'Name', description: "Try-it panel: placeholder of an entry's name box in a free object" })}
            value={key}
            onChange={(event) => update(rows.map((row, i) => (i === index ? [event.target.value, row[1]] : row)))}
          />
          <input
            className={styles.input}
            aria-label={translate(
              { id: 'callbell.tryIt.map.entryValue', message: '{field} {number} value', description: 'Try-it panel: accessible name of the value box of an entry of a free object; {field} is the field, {number} the entry from 1' },
              { field: name, number: index + 1 },
            )}
            placeholder={translate({ id: 'callbell.tryIt.map.valuePlaceholder', message: 'Value', description: "Try-it panel: placeholder of an entry's value box in a free object" })}
            value={text}
            onChange={(event) => update(rows.map((row, i) => (i === index ? [row[0], event.target.value] : row)))}
          />
          <button type="button" className="button button--sm button--secondary" aria-label={translate(
              { id: 'callbell.tryIt.map.removeLabel', message: 'Remove {field} {number}', description: 'Try-it panel: accessible name of the button removing an entry of a free object; {field} is the field, {number} the entry from 1' },
              { field: name, number: index + 1 },
            )}
            onClick={() => update(rows.filter((_, i) => i !== index))}
          >
            <Translate id="callbell.tryIt.map.remove" description="Try-it panel: button removing an entry of a free object">
              Remove
            </Translate>
          </button>
        </div>
      ))}
      <button type="button" className="button button--sm button--outline button--primary" onClick={() => update([...rows, ['', '']])}>
        <Translate id="callbell.tryIt.map.add" description="Try-it panel: button adding an entry to a free object; {field} is its name" values={{ field: name }}>
          {'Add an entry to {field}'}
        </Translate>
      </button>
    </div>
  );
}
