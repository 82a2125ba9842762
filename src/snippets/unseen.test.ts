import { describe, expect, it } from 'vitest';
import { describeCharacter, unseenIn } from './unseen';

describe('unseen characters', () => {
  it('finds controls, invisible, line-breaking and direction-changing characters, each once, in order', () => {
    const text = 'a\u202eb\u200bc\u202ed\ufeff\u2028\u2069\u0000\u007f\u0085\u009f e';
    expect(unseenIn(text)).toEqual(['\u202e', '\u200b', '\ufeff', '\u2028', '\u2069', '\u0000', '\u007f', '\u0085', '\u009f']);
  });

  it('finds nothing in visible text, right-to-left letters and emoji included', () => {
    expect(unseenIn("O'Brien $(id) مرحبا שלום 🚀 café \u00a0")).toEqual([]);
  });

  it('names a character by its code point and Unicode name', () => {
    expect(describeCharacter('\u202e')).toBe('U+202E RIGHT-TO-LEFT OVERRIDE');
    expect(describeCharacter('\ufeff')).toBe('U+FEFF ZERO WIDTH NO-BREAK SPACE (byte order mark)');
    expect(describeCharacter('\u0001')).toBe('U+0001 (a control character)');
  });
});
