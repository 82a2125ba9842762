/** What every field of the form needs from the panel, without passing it down level by level. */
import { createContext, useContext } from 'react';
import type { Problems } from '@site/src/requests/check';

export interface Form {
  /** The problems found by the last check, by field key (`body.content.text`). */
  problems: Problems;
  /** The id of the input of the field with this key (what "fix this" focuses). */
  idFor: (key: string) => string;
  /** The reader changed the field with this key: its problems (and those inside it) are stale. */
  onEdited: (key: string) => void;
}

export const FormContext = createContext<Form | null>(null);

export function useForm(): Form {
  const form = useContext(FormContext);
  if (!form) throw new Error('A try-it field is rendered outside its form');
  return form;
}

/** The problems at `key` and inside it (`metadata.name`, `tags[2]`), for fields that show their parts' problems. */
export function problemsWithin(problems: Problems, key: string): [key: string, problem: string][] {
  return Object.entries(problems).filter(([at]) => at === key || at.startsWith(`${key}.`) || at.startsWith(`${key}[`));
}
