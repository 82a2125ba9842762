import { describe, expect, it } from 'vitest';
import { describeCharacter, UNSEEN, unseenIn } from './unseen';

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

  // Names from the Unicode Character Database (controls by their name aliases), written out here.
  it.each([
    ['\u0000', 'U+0000 NULL'],
    ['\t', 'U+0009 CHARACTER TABULATION'],
    ['\n', 'U+000A LINE FEED'],
    ['\r', 'U+000D CARRIAGE RETURN'],
    ['\u001b', 'U+001B ESCAPE'],
    ['\u007f', 'U+007F DELETE'],
    ['\u0085', 'U+0085 NEXT LINE'],
    ['\u00ad', 'U+00AD SOFT HYPHEN'],
    ['\u061c', 'U+061C ARABIC LETTER MARK'],
    ['\u200b', 'U+200B ZERO WIDTH SPACE'],
    ['\u200c', 'U+200C ZERO WIDTH NON-JOINER'],
    ['\u200d', 'U+200D ZERO WIDTH JOINER'],
    ['\u200e', 'U+200E LEFT-TO-RIGHT MARK'],
    ['\u200f', 'U+200F RIGHT-TO-LEFT MARK'],
    ['\u2028', 'U+2028 LINE SEPARATOR'],
    ['\u2029', 'U+2029 PARAGRAPH SEPARATOR'],
    ['\u202a', 'U+202A LEFT-TO-RIGHT EMBEDDING'],
    ['\u202b', 'U+202B RIGHT-TO-LEFT EMBEDDING'],
    ['\u202c', 'U+202C POP DIRECTIONAL FORMATTING'],
    ['\u202d', 'U+202D LEFT-TO-RIGHT OVERRIDE'],
    ['\u2060', 'U+2060 WORD JOINER'],
    ['\u2066', 'U+2066 LEFT-TO-RIGHT ISOLATE'],
    ['\u2067', 'U+2067 RIGHT-TO-LEFT ISOLATE'],
    ['\u2068', 'U+2068 FIRST STRONG ISOLATE'],
    ['\u2069', 'U+2069 POP DIRECTIONAL ISOLATE'],
  ])('names %j as %s', (char, description) => {
    expect(describeCharacter(char)).toBe(description);
  });

  it('gives every unseen character a name, or says it is a control character', () => {
    const unseen = Array.from({ length: 0x10000 }, (_, code) => String.fromCharCode(code)).filter((char) => char.match(UNSEEN));
    expect(unseen).toHaveLength(65 + 1 + 1 + 5 + 7 + 1 + 4 + 1);
    for (const char of unseen) expect(describeCharacter(char)).toMatch(/^U\+[0-9A-F]{4} ([A-Z][A-Z -]*[A-Z]( \(byte order mark\))?|\(a control character\))$/);
  });
});
