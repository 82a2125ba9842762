import React, { useEffect, useState } from 'react';
import type { ParamSpec } from '@site/src/requests';
import styles from '../styles.module.css';

interface Props {
  id: string;
  name: string;
  spec: ParamSpec;
  value: unknown;
  problem?: string;
  onChange: (value: unknown) => void;
}

interface ControlProps extends Props {
  describedBy: string;
}

/** Text as typed; an integer parameter keeps non-numbers as text so the check can name them. */
function parseText(spec: ParamSpec, text: string): unknown {
  if (text === '') return undefined;
  if (spec.type === 'integer' && /^-?\d+$/.test(text.trim())) return Number(text.trim());
  return text;
}

function ListEditor({ id, name, value, onChange, describedBy }: ControlProps): React.JSX.Element {
  const items = Array.isArray(value) ? (value as unknown[]).map(String) : [];
  const update = (next: string[]) => onChange(next.length ? next : undefined);
  return (
    <div role="group" aria-labelledby={`${id}-label`} aria-describedby={describedBy} className={styles.list}>
      {items.map((item, index) => (
        <div key={index} className={styles.inline}>
          <input
            id={index === 0 ? id : undefined}
            className={styles.input}
            aria-label={`${name} ${index + 1}`}
            value={item}
            onChange={(event) => update(items.map((old, i) => (i === index ? event.target.value : old)))}
          />
          <button type="button" className="button button--sm button--secondary" aria-label={`Remove ${name} ${index + 1}`} onClick={() => update(items.filter((_, i) => i !== index))}>
            Remove
          </button>
        </div>
      ))}
      <button type="button" id={items.length === 0 ? id : undefined} className="button button--sm button--outline button--primary" onClick={() => update([...items, ''])}>
        Add {name === 'tags' ? 'a tag' : 'an item'}
      </button>
    </div>
  );
}

type Row = [key: string, value: string];
const rowsOf = (value: unknown): Row[] =>
  value && typeof value === 'object' && !Array.isArray(value) ? Object.entries(value).map(([k, v]) => [k, String(v)]) : [];

/** Rows are edited as a list so that two rows may briefly share a key while the reader types. */
function KeyValueEditor({ id, name, value, onChange, describedBy }: ControlProps): React.JSX.Element {
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
    <div role="group" aria-labelledby={`${id}-label`} aria-describedby={describedBy} className={styles.list}>
      {rows.map(([key, text], index) => (
        <div key={index} className={styles.inline}>
          <input
            id={index === 0 ? id : undefined}
            className={styles.input}
            aria-label={`${name} ${index + 1} name`}
            placeholder="Field name"
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
      <button type="button" id={rows.length === 0 ? id : undefined} className="button button--sm button--outline button--primary" onClick={() => update([...rows, ['', '']])}>
        Add a field
      </button>
    </div>
  );
}

function Control(props: ControlProps): React.JSX.Element {
  const { id, spec, value, problem, onChange, describedBy } = props;
  if (spec.type === 'array') return <ListEditor {...props} />;
  if (spec.type === 'map') return <KeyValueEditor {...props} />;
  const common = {
    id,
    className: styles.input,
    'aria-invalid': problem ? true : undefined,
    'aria-describedby': describedBy,
    'aria-required': spec.required ? true : undefined,
  };
  const text = value === undefined ? '' : String(value);
  if (spec.type === 'string' && spec.enum) {
    return (
      <select {...common} value={text} onChange={(event) => onChange(parseText(spec, event.target.value))}>
        {!spec.required && <option value="">(not sent)</option>}
        {spec.enum.map((option) => (
          <option key={option} value={option}>
            {option}
          </option>
        ))}
      </select>
    );
  }
  return (
    <input
      {...common}
      type="text"
      inputMode={spec.type === 'integer' ? 'numeric' : undefined}
      spellCheck={false}
      value={text}
      onChange={(event) => onChange(parseText(spec, event.target.value))}
    />
  );
}

/** One parameter of the form: label, the input its type needs, its description and its problem. */
export default function ParamInput(props: Props): React.JSX.Element {
  const { id, name, spec, problem } = props;
  const helpId = `${id}-help`;
  const problemId = `${id}-problem`;
  const describedBy = problem ? `${helpId} ${problemId}` : helpId;
  return (
    <div className={styles.field}>
      <div className={styles.inline}>
        <label id={`${id}-label`} htmlFor={id} className={styles.label}>
          <code>{name}</code>
        </label>
        <span className={styles.type}>{spec.type}</span>
        {spec.required ? <span className={styles.required}>required</span> : <span className={styles.optional}>optional</span>}
      </div>
      <Control {...props} describedBy={describedBy} />
      {problem && (
        <p id={problemId} className={styles.problem}>
          {name} {problem}
        </p>
      )}
      <p id={helpId} className={styles.help}>
        {spec.description}
      </p>
    </div>
  );
}
