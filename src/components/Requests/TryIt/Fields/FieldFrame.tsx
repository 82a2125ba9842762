import React from 'react';
import Translate from '@docusaurus/Translate';
import type { ParamSpec } from '@site/src/requests';
import CodeSpans from '../../CodeSpans';
import styles from '../styles.module.css';
import { typeLabel } from '../../ParamTable/words';

interface Props {
  id: string;
  /** The field as a reader names it: `content.text`. */
  name: string;
  spec: ParamSpec;
  /** What is wrong with it or its parts, each naming where. */
  problems: string[];
  /** A note on how this control sends its value (a checkbox left empty, a select that swaps fields). */
  note?: string;
  /** What the value holds that the reader cannot see (unseenNote): told, not refused. */
  unseen?: string;
  /**
   * Whether the label belongs to one input (`<label for>`). A list or a free object is a group
   * of inputs named by the label instead, so its buttons keep their own names.
   */
  labelsOneInput?: boolean;
  children: (describedBy: string) => React.ReactNode;
}

/** Whether a field of the form must be given, beside its name. */
export function PresenceTag({ required }: { required: boolean | undefined }): React.JSX.Element {
  return required ? (
    <span className={styles.required}>
      <Translate id="callbell.tryIt.field.required" description="Try-it panel: tag beside a field that must be given">
        required
      </Translate>
    </span>
  ) : (
    <span className={styles.optional}>
      <Translate id="callbell.tryIt.field.optional" description="Try-it panel: tag beside a field that may be left out">
        optional
      </Translate>
    </span>
  );
}

/** One field's frame: a visible label naming it, its type and whether it is required, its problems and its description. */
export default function FieldFrame({ id, name, spec, problems, note, unseen, labelsOneInput = true, children }: Props): React.JSX.Element {
  const helpId = `${id}-help`;
  const problemId = `${id}-problem`;
  const unseenId = `${id}-unseen`;
  const describedBy = [helpId, ...(unseen ? [unseenId] : []), ...(problems.length ? [problemId] : [])].join(' ');
  return (
    <div className={styles.field}>
      <div className={styles.inline}>
        {labelsOneInput ? (
          <label id={`${id}-label`} htmlFor={id} className={styles.label}>
            <code>{name}</code>
          </label>
        ) : (
          <span id={`${id}-label`} className={styles.label}>
            <code>{name}</code>
          </span>
        )}
        <span className={styles.type}>{spec.typeName ? `${spec.typeName} (${typeLabel(spec)})` : typeLabel(spec)}</span>
        <PresenceTag required={spec.required} />
      </div>
      {children(describedBy)}
      {unseen && (
        <p id={unseenId} className={styles.help}>
          {unseen}
        </p>
      )}
      {problems.length > 0 && (
        <div id={problemId} className={styles.problem}>
          {problems.map((problem) => (
            <p key={problem}>{problem}</p>
          ))}
        </div>
      )}
      <p id={helpId} className={styles.help}>
        <CodeSpans text={spec.description} />
        {note && ` ${note}`}
      </p>
    </div>
  );
}
