import React from 'react';
import Translate from '@docusaurus/Translate';
import type { ParamSpec } from '@site/src/requests';
import styles from '../styles.module.css';
import { parseText } from '../typedNumbers';

type Scalar = Extract<ParamSpec, { type: 'string' | 'integer' | 'number' }>;

interface Props {
  id: string;
  spec: Scalar;
  value: unknown;
  invalid: boolean;
  describedBy: string;
  /** An accessible name when the input has no label of its own (an item of a list). */
  ariaLabel?: string;
  onChange: (value: unknown) => void;
}

/** A text box (a text area for free text over several lines), or a select for a string with allowed values. */
export default function ScalarInput({ id, spec, value, invalid, describedBy, ariaLabel, onChange }: Props): React.JSX.Element {
  const common = {
    id,
    className: styles.input,
    'aria-invalid': invalid ? true : undefined,
    'aria-describedby': describedBy,
    'aria-required': spec.required ? true : undefined,
    'aria-label': ariaLabel,
  };
  const text = value === undefined ? '' : typeof value === 'string' ? value : JSON.stringify(value);
  if (spec.type === 'string' && spec.enum) {
    return (
      <select {...common} value={text} onChange={(event) => onChange(parseText(spec, event.target.value))}>
        {(!spec.required || !spec.enum.includes(text)) && (
          <option value="">
            <Translate id="callbell.tryIt.select.notSent" description="Try-it panel: the empty choice of a list of allowed values, which leaves the field out">
              (not sent)
            </Translate>
          </option>
        )}
        {spec.enum.map((option) => (
          <option key={option} value={option}>
            {option}
          </option>
        ))}
      </select>
    );
  }
  if (spec.type === 'string' && spec.multiline) {
    // A text area keeps a typed or pasted line break, which a one-line box would drop.
    return <textarea {...common} rows={3} value={text} onChange={(event) => onChange(parseText(spec, event.target.value))} />;
  }
  return (
    <input
      {...common}
      type="text"
      inputMode={spec.type === 'integer' ? 'numeric' : spec.type === 'number' ? 'decimal' : undefined}
      spellCheck={false}
      value={text}
      onChange={(event) => onChange(parseText(spec, event.target.value))}
    />
  );
}
