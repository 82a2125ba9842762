import { describe, expect, it } from 'vitest';
import { nonJsonNumberHint, parseText, unkeptNumberProblem } from './typedNumbers';

const integer = { type: 'integer', description: 'A page.' } as const;
const number = { type: 'number', description: 'A ratio.' } as const;

describe('a number typed in a field', () => {
  it('is taken as a number when JSON carries it exactly', () => {
    expect(parseText(integer, ' 42 ')).toBe(42);
    expect(parseText(integer, '-9007199254740991')).toBe(-9007199254740991);
    expect(parseText(number, '1.5e300')).toBe(1.5e300);
  });

  it('stays text, for the check to name, when JSON would round it or has no such number', () => {
    expect(parseText(integer, '9007199254740993')).toBe('9007199254740993');
    expect(parseText(integer, '1e3')).toBe('1e3');
    expect(parseText(number, '1e999')).toBe('1e999');
    expect(parseText(number, 'NaN')).toBe('NaN');
    expect(parseText(number, 'Infinity')).toBe('Infinity');
  });

  it('is no value when the field is empty', () => {
    expect(parseText(integer, '')).toBeUndefined();
  });
});

describe('numbers in the JSON editor', () => {
  it('refuses a whole number beyond 2^53 - 1, saying what would arrive instead', () => {
    expect(unkeptNumberProblem('{"page": 9007199254740993}')).toBe(
      'Not sent: 9007199254740993 is beyond 9007199254740991 (2^53 − 1), the largest whole number JSON clients keep exactly; it would arrive as 9007199254740992.',
    );
    expect(unkeptNumberProblem('{"a": [1, {"b": -12345678901234567890}]}')).toContain('-12345678901234567890 is beyond');
  });

  it('refuses a number beyond ±1.8e308, which would arrive as null', () => {
    expect(unkeptNumberProblem('{"ratio": -1e999}')).toBe('Not sent: -1e999 is beyond the largest number JSON carries (about 1.8e308); it would arrive as null.');
  });

  it('takes every number JSON carries, and digits inside strings', () => {
    expect(unkeptNumberProblem('{"a": 9007199254740991, "b": -9007199254740991, "c": 1e21, "d": 1.7976931348623157e308, "e": 5e-324}')).toBeUndefined();
    expect(unkeptNumberProblem('{"id": "9007199254740993", "q": "say \\"1e999\\""}')).toBeUndefined();
  });
});

describe('NaN and Infinity in the JSON editor', () => {
  it('are named when the text does not parse because of them', () => {
    for (const text of ['{"ratio": NaN}', '{"a": [1, -Infinity]}', '{"a":Infinity}']) {
      expect(nonJsonNumberHint(text)).toBe(' JSON has no NaN or Infinity: no client can send them as numbers.');
    }
  });

  it('are not named when they are not what is wrong', () => {
    expect(nonJsonNumberHint('{"name": "NaN", "x": }')).toBe('');
  });
});
