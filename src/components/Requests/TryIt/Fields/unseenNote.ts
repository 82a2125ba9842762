/**
 * A note beside a field whose value holds characters a reader cannot see (U+202E, U+200B, a
 * control character…; src/snippets/unseen.ts): they are sent as typed, so the form says they
 * are there, and the samples show each as an escape. A note, not a problem: nothing is refused.
 */
import { translate } from '@docusaurus/Translate';
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
  if (found.length === 1) {
    return translate(
      {
        id: 'callbell.tryIt.unseen.one',
        message: 'Holds {character}, which you cannot see here. It is sent as typed; the samples show it as an escape.',
        description: "Try-it panel, under a field: its value holds an invisible character; {character} is its code and Unicode name (U+202E RIGHT-TO-LEFT OVERRIDE)",
      },
      { character: named },
    );
  }
  if (found.length <= NAMED) {
    return translate(
      {
        id: 'callbell.tryIt.unseen.several',
        message: 'Holds characters you cannot see here: {characters}. They are sent as typed; the samples show them as escapes.',
        description: 'Try-it panel, under a field: its value holds invisible characters; {characters} lists their codes and Unicode names, separated by commas',
      },
      { characters: named },
    );
  }
  return translate(
    {
      id: 'callbell.tryIt.unseen.many',
      message: 'Holds characters you cannot see here: {characters} and {more} more. They are sent as typed; the samples show them as escapes.',
      description: 'Try-it panel, under a field: its value holds many invisible characters; {characters} lists the first four (codes and Unicode names), {more} counts the others',
    },
    { characters: named, more: found.length - NAMED },
  );
}
