import { describe, expect, it } from 'vitest';
import { unseenNote } from './unseenNote';

describe('the note on characters a reader cannot see', () => {
  it('names the one character a value holds', () => {
    expect(unseenNote('abc\u202edef')).toBe('Holds U+202E RIGHT-TO-LEFT OVERRIDE, which you cannot see here. It is sent as typed; the samples show it as an escape.');
  });

  it('names the first four of several, each once, and counts the rest', () => {
    expect(unseenNote('\u200b\u200b\ufeff\u2066\u0007\u2028\u0085')).toBe(
      'Holds characters you cannot see here: U+200B ZERO WIDTH SPACE, U+FEFF ZERO WIDTH NO-BREAK SPACE (byte order mark), ' +
        'U+2066 LEFT-TO-RIGHT ISOLATE, U+0007 (a control character) and 2 more. They are sent as typed; the samples show them as escapes.',
    );
  });

  it('looks into list items and the names and values of a free object', () => {
    expect(unseenNote(['a', 'b\u200f'])).toContain('U+200F RIGHT-TO-LEFT MARK');
    expect(unseenNote({ 'name\u2069': 'x' })).toContain('U+2069 POP DIRECTIONAL ISOLATE');
    expect(unseenNote({ name: ['x\u00ad'] })).toContain('U+00AD SOFT HYPHEN');
  });

  it('says nothing of visible text, numbers and empty values', () => {
    for (const value of ["O'Brien مرحبا 🚀", 42, undefined, null, [], {}]) expect(unseenNote(value)).toBeUndefined();
  });
});
