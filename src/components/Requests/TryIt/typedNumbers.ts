/**
 * Numbers as the reader types them, taken only when JSON carries them exactly. A whole number
 * beyond 2^53 − 1 would be rounded (9007199254740993 arrives as 9007199254740992) and one
 * beyond ±1.8e308 would become Infinity, which JSON writes as null: the form refuses both and
 * says why, rather than send another number than the one typed.
 */
import { translate } from '@docusaurus/Translate';
import type { ParamSpec } from '@site/src/requests';

type Scalar = Extract<ParamSpec, { type: 'string' | 'integer' | 'number' }>;

const NUMBER = /^-?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/;

/**
 * A field's text as the value to send: a number for a number parameter when the text is one
 * that JSON carries exactly; otherwise the text as typed, for the check to name what is wrong
 * (check.ts). Empty text is no value.
 */
export function parseText(spec: Scalar, text: string): unknown {
  if (text === '') return undefined;
  const trimmed = text.trim();
  const number = Number(trimmed);
  if (spec.type === 'integer' && /^-?\d+$/.test(trimmed) && Number.isSafeInteger(number)) return number;
  if (spec.type === 'number' && NUMBER.test(trimmed) && Number.isFinite(number)) return number;
  return text;
}

/** In valid JSON text, each string (skipped: digits in it are text) and each number. */
const TOKENS = /"(?:[^"\\]|\\.)*"|-?\d+(?:\.\d+)?(?:[eE][-+]?\d+)?/g;

/**
 * Why the JSON editor's text cannot be sent as typed, if a number in it would change on the
 * way: the first whole number beyond 2^53 − 1, or number beyond ±1.8e308. `text` is valid JSON.
 */
export function unkeptNumberProblem(text: string): string | undefined {
  for (const [token] of text.matchAll(TOKENS)) {
    if (token.startsWith('"')) continue;
    const number = Number(token);
    if (!Number.isFinite(number)) {
      return translate(
        {
          id: 'callbell.tryIt.json.numberTooLarge',
          message: 'Not sent: {number} is beyond the largest number JSON carries (about 1.8e308); it would arrive as null.',
          description: 'Try-it panel, JSON body editor: a number too large for JSON; {number} is the number as typed',
        },
        { number: token },
      );
    }
    if (/^-?\d+$/.test(token) && !Number.isSafeInteger(number)) {
      return translate(
        {
          id: 'callbell.tryIt.json.integerTooLarge',
          message: 'Not sent: {number} is beyond {largest} (2^53 − 1), the largest whole number JSON clients keep exactly; it would arrive as {rounded}.',
          description: 'Try-it panel, JSON body editor: a whole number JSON would round; {number} is as typed, {largest} is 9007199254740991, {rounded} what it would become',
        },
        { number: token, largest: Number.MAX_SAFE_INTEGER, rounded: JSON.stringify(number) },
      );
    }
  }
  return undefined;
}

/**
 * For JSON text that does not parse: a word on `NaN` or `Infinity` written as a value, which
 * JavaScript has and JSON does not, or nothing.
 */
export function nonJsonNumberHint(text: string): string {
  if (!/[:[,]\s*[-+]?(NaN|Infinity)\b/.test(text)) return '';
  const hint = translate({
    id: 'callbell.tryIt.json.noNaN',
    message: 'JSON has no NaN or Infinity: no client can send them as numbers.',
    description: 'Try-it panel, JSON body editor: after "Invalid JSON", when the text has NaN or Infinity as a value',
  });
  return ` ${hint}`;
}
