import React, { useEffect, useState } from 'react';
import Translate, { translate } from '@docusaurus/Translate';
import { jsonText } from '@site/src/snippets/escaping';
import styles from '../styles.module.css';
import { nonJsonNumberHint, unkeptNumberProblem } from '../typedNumbers';

interface Props {
  id: string;
  body: Record<string, unknown>;
  /** Problems the fields above do not show (unknown parameters, wrong types typed here). */
  problems: string[];
  onBody: (body: Record<string, unknown>) => void;
  /** Why the text cannot be taken: invalid JSON, or a number JSON would not carry as typed. */
  onSyntaxError: (message: string | undefined) => void;
  syntaxError?: string;
}

/** The body as the samples write it: unseen characters (U+202E, U+200B…) show as `\uXXXX` escapes. */
const pretty = jsonText;

function parseObject(text: string): Record<string, unknown> {
  const parsed: unknown = JSON.parse(text);
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) {
    throw new Error(
      translate({ id: 'callbell.tryIt.json.notAnObject', message: 'the body must be a JSON object ({ … })', description: 'Try-it panel, JSON body editor: after "Invalid JSON:", when the text is JSON but not an object' }),
    );
  }
  return parsed as Record<string, unknown>;
}

/**
 * The raw JSON body, kept in step with the fields: valid JSON typed here updates the fields;
 * a field edited above rewrites the text. Invalid JSON, or a number that would not arrive as
 * typed (9007199254740993, 1e999), is reported and changes nothing, so nothing is sent rounded.
 */
export default function BodyEditor({ id, body, problems, onBody, onSyntaxError, syntaxError }: Props): React.JSX.Element {
  const [text, setText] = useState(() => pretty(body));
  useEffect(() => {
    let same = false;
    try {
      same = pretty(parseObject(text)) === pretty(body);
    } catch {
      // the text is being edited into valid JSON; the fields changed meanwhile, so they win
    }
    if (!same) {
      setText(pretty(body));
      onSyntaxError(undefined);
    }
    // Only a change of the body from the fields rewrites the text.
  }, [body]);

  const edit = (next: string) => {
    setText(next);
    try {
      const body = parseObject(next);
      const unkept = unkeptNumberProblem(next);
      if (unkept) {
        onSyntaxError(unkept);
        return;
      }
      onBody(body);
      onSyntaxError(undefined);
    } catch (error) {
      const invalid = translate(
        {
          id: 'callbell.tryIt.json.invalid',
          message: 'Invalid JSON: {why}.',
          description: "Try-it panel, JSON body editor: the text does not parse; {why} is the browser's own parser message, in English",
        },
        { why: (error as Error).message },
      );
      onSyntaxError(`${invalid}${nonJsonNumberHint(next)}`);
    }
  };

  const messages = [...(syntaxError ? [syntaxError] : []), ...problems];
  const problemId = `${id}-problem`;
  return (
    <div className={styles.field}>
      <label htmlFor={id} className={styles.label}>
        <Translate id="callbell.tryIt.json.label" description="Try-it panel: label of the editor of the whole request body as JSON">
          JSON body
        </Translate>
      </label>
      <textarea
        id={id}
        className={`${styles.input} ${styles.code}`}
        rows={Math.min(16, text.split('\n').length + 1)}
        spellCheck={false}
        value={text}
        aria-invalid={messages.length ? true : undefined}
        aria-describedby={messages.length ? problemId : undefined}
        onChange={(event) => edit(event.target.value)}
      />
      {messages.length > 0 && (
        <div id={problemId} className={styles.problem}>
          {messages.map((message) => (
            <p key={message}>{message}</p>
          ))}
        </div>
      )}
    </div>
  );
}
