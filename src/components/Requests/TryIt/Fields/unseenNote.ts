/**
 * A note beside a field whose value holds characters a reader cannot see (U+202E, U+200B, a
 * control character…; src/snippets/unseen.ts): they are sent as typed, so the form says they
 * are there, and the samples show each as an escape. A note, not a problem: nothing is refused.
 */
import { describeCharacter, unseenIn } from '@site/src/snippets/unseen';

/** How many characters a note names; more are counted. */
const NAMED = 4;

/** Every text of a value: itself, list items and a free object's names and values, at any depth. */
function textsOf(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(textsOf);
  if (value !== null && typeof value === 'object') return Object.entries(value).flatMap(([name, item]) => [name, ...textsOf(item)]);
  return [];
}

/** The note for `value`, or nothing when every character of it can be seen. */
export function unseenNote(value: unknown): string | undefined {
  const found = [...new Set(textsOf(value).flatMap(unseenIn))];
  if (found.length === 0) return undefined;
  const named = found.slice(0, NAMED).map(describeCharacter).join(', ');
  const more = found.length > NAMED ? ` and ${found.length - NAMED} more` : '';
  return found.length === 1
    ? `Holds ${named}, which you cannot see here. It is sent as typed; the samples show it as an escape.`
    : `Holds characters you cannot see here: ${named}${more}. They are sent as typed; the samples show them as escapes.`;
}
