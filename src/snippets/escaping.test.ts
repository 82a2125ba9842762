/**
 * Each literal writer against outputs written by hand from the language's rules. The samples
 * that use them are also run for real (tests/exec/), which shows the rules are the right ones.
 */
import { describe, expect, it } from 'vitest';
import {
  asciiDoubleQuotedLiteral,
  goLiteral,
  goRawLiteral,
  joinedLines,
  jsLiteral,
  jsonText,
  pythonLiteral,
  rustLiteral,
  rustRawLiteral,
  shellQuoted,
  singleQuotedLiteral,
} from './escaping';

const LINE_SEPARATOR = '\u2028';

describe('jsonText', () => {
  it('indents by two spaces and escapes what JSON escapes', () => {
    expect(jsonText({ a: ['x"y', 1], b: {} })).toBe(String.raw`{
  "a": [
    "x\"y",
    1
  ],
  "b": {}
}`);
  });
});

describe('shellQuoted (curl)', () => {
  it('closes the quote around an apostrophe and escapes it outside', () => {
    expect(shellQuoted("O'Brien")).toBe(String.raw`'O'\''Brien'`);
  });

  it('leaves $, backticks, backslashes and double quotes as they are inside single quotes', () => {
    expect(shellQuoted('$(id) `id` $HOME \\n "x"')).toBe(`'$(id) \`id\` $HOME \\n "x"'`);
  });

  it('keeps line breaks, U+2028 and emoji inside the quotes', () => {
    expect(shellQuoted(`a\nb${LINE_SEPARATOR}🚀`)).toBe(`'a\nb${LINE_SEPARATOR}🚀'`);
  });

  it('writes empty text as an empty argument', () => {
    expect(shellQuoted('')).toBe("''");
  });
});

describe('singleQuotedLiteral (PHP, Ruby)', () => {
  it('puts a backslash before each apostrophe and backslash', () => {
    expect(singleQuotedLiteral(String.raw`O'Brien C:\new\ \'`)).toBe(String.raw`'O\'Brien C:\\new\\ \\\''`);
  });

  it('leaves $, #{}, {}, double quotes and backticks as text', () => {
    expect(singleQuotedLiteral('$x #{y} {z} "q" `id`')).toBe(`'$x #{y} {z} "q" \`id\`'`);
  });

  it('keeps line breaks, U+2028 and emoji as they are', () => {
    expect(singleQuotedLiteral(`a\nb${LINE_SEPARATOR}🚀`)).toBe(`'a\nb${LINE_SEPARATOR}🚀'`);
  });
});

describe('asciiDoubleQuotedLiteral (Java, C#)', () => {
  it('escapes quotes, backslashes and control characters', () => {
    expect(asciiDoubleQuotedLiteral('say "hi" C:\\x\n\t\r\0')).toBe(String.raw`"say \"hi\" C:\\x\n\t\r\u0000"`);
  });

  it('writes every non-ASCII unit as \\uXXXX: accents, U+2028, emoji as two surrogates', () => {
    expect(asciiDoubleQuotedLiteral(`café${LINE_SEPARATOR}🚀`)).toBe(String.raw`"caf\u00e9\u2028\ud83d\ude80"`);
  });

  it('leaves $, {} and backticks as text', () => {
    expect(asciiDoubleQuotedLiteral('${x} {0} `y`')).toBe('"${x} {0} `y`"');
  });

  it('never writes \\u000a or \\u000d, which Java would read as a line break', () => {
    expect(asciiDoubleQuotedLiteral('\n\r')).toBe(String.raw`"\n\r"`);
  });
});

describe('joinedLines (Java, C#)', () => {
  it('writes one literal per line, joined with \\n at run time', () => {
    expect(joinedLines('{\n  "a": 1\n}', 'String.join', '    ')).toBe(String.raw`String.join("\n",
    "{",
    "  \"a\": 1",
    "}")`);
  });

  it('writes text of one line as one literal', () => {
    expect(joinedLines('{}', 'string.Join', '    ')).toBe('"{}"');
  });
});

describe('goLiteral and goRawLiteral (Go)', () => {
  it('escapes quotes, backslashes and line breaks in an interpreted literal', () => {
    expect(goLiteral('say "hi" \\ \n\t')).toBe(String.raw`"say \"hi\" \\ \n\t"`);
  });

  it('keeps a backquote, emoji and U+2028 as source text in an interpreted literal', () => {
    expect(goLiteral(`a\`b 🚀${LINE_SEPARATOR}`)).toBe(`"a\`b 🚀${LINE_SEPARATOR}"`);
  });

  it('writes JSON text as a raw literal, backslashes and all', () => {
    expect(goRawLiteral('{\n  "a": "b\\n"\n}')).toBe('`{\n  "a": "b\\n"\n}`');
  });

  it('falls back to an interpreted literal for a backquote, which would end a raw one', () => {
    expect(goRawLiteral('{"a": "`id`"}')).toBe(String.raw`"{\"a\": \"` + '`id`' + String.raw`\"}"`);
  });

  it('falls back to an interpreted literal for a carriage return, which Go drops from raw ones', () => {
    expect(goRawLiteral('a\r\nb')).toBe(String.raw`"a\r\nb"`);
  });
});

describe('rustLiteral and rustRawLiteral (Rust)', () => {
  it('escapes quotes, backslashes and line breaks, other control characters as \\u{XX}', () => {
    expect(rustLiteral('say "hi" \\ \n\r\t\b\f\0\x7f')).toBe(String.raw`"say \"hi\" \\ \n\r\t\u{8}\u{c}\u{0}\u{7f}"`);
  });

  it('keeps {}, $, emoji and U+2028 as source text', () => {
    expect(rustLiteral(`{} $x 🚀${LINE_SEPARATOR}`)).toBe(`"{} $x 🚀${LINE_SEPARATOR}"`);
  });

  it('needs no # when the text has no double quote', () => {
    expect(rustRawLiteral('a \\n b')).toBe(String.raw`r"a \n b"`);
  });

  it('uses one # when quotes are followed by none', () => {
    expect(rustRawLiteral('{"a": "b"}')).toBe('r#"{"a": "b"}"#');
  });

  it('uses one more # than the longest "# run, so the text cannot close it early', () => {
    expect(rustRawLiteral('say "#hi"## and "#"')).toBe('r###"say "#hi"## and "#""###');
  });

  it('falls back to an escaped literal for a carriage return, which Rust refuses in raw ones', () => {
    expect(rustRawLiteral('a\r\n"b"')).toBe(String.raw`"a\r\n\"b\""`);
  });
});

/** A body with everything JSON nests: objects in objects, lists of text and of objects, all scalars. */
const nested = {
  content: { text: 'Hi', media: { url: 'https://example.com/a.jpeg' } },
  tags: ['a', 'b'],
  items: [{ id: 1 }, {}],
  numbers: [0, 42, -7, 3.25, -0.5, 1e21, 2.5e-7],
  yes: true,
  no: false,
  nothing: null,
  empty: [],
};

describe('jsLiteral (Node)', () => {
  it('writes strings as JSON, so ${...}, backticks and U+2028 are text in them', () => {
    expect(jsLiteral('${HOME} `id` "q" \\')).toBe('"${HOME} `id` \\"q\\" \\\\"');
    expect(jsLiteral(`a${LINE_SEPARATOR}b`)).toBe(`"a${LINE_SEPARATOR}b"`);
  });

  it('writes nested objects and lists one entry per line, two spaces deeper, with trailing commas', () => {
    expect(jsLiteral(nested, '  ')).toBe(`{
    "content": {
      "text": "Hi",
      "media": {
        "url": "https://example.com/a.jpeg",
      },
    },
    "tags": [
      "a",
      "b",
    ],
    "items": [
      {
        "id": 1,
      },
      {},
    ],
    "numbers": [
      0,
      42,
      -7,
      3.25,
      -0.5,
      1e+21,
      2.5e-7,
    ],
    "yes": true,
    "no": false,
    "nothing": null,
    "empty": [],
  }`);
  });

  it('evaluates to the same value', () => {
    expect(new Function(`return ${jsLiteral(nested)};`)()).toEqual(nested);
  });

  it('writes the key __proto__ computed, so it stays a property instead of setting the prototype', () => {
    const value = JSON.parse('{"__proto__": "x"}') as Record<string, unknown>;
    expect(jsLiteral(value)).toBe('{\n  ["__proto__"]: "x",\n}');
    expect(JSON.stringify(new Function(`return ${jsLiteral(value)};`)())).toBe('{"__proto__":"x"}');
  });

  it('leaves out undefined entries of objects and writes them null in lists, as JSON does', () => {
    expect(jsLiteral({ a: undefined, b: [undefined, Number.NaN] })).toBe('{\n  "b": [\n    null,\n    null,\n  ],\n}');
  });
});

describe('pythonLiteral (Python)', () => {
  it('writes strings as JSON, whose escapes Python shares', () => {
    expect(pythonLiteral('say "hi" \\ \n {x} 🚀')).toBe(String.raw`"say \"hi\" \\ \n {x} 🚀"`);
  });

  it('writes nested dicts and lists four spaces deeper, with True, False and None', () => {
    expect(pythonLiteral(nested, '    ')).toBe(`{
        "content": {
            "text": "Hi",
            "media": {
                "url": "https://example.com/a.jpeg",
            },
        },
        "tags": [
            "a",
            "b",
        ],
        "items": [
            {
                "id": 1,
            },
            {},
        ],
        "numbers": [
            0,
            42,
            -7,
            3.25,
            -0.5,
            1e+21,
            2.5e-7,
        ],
        "yes": True,
        "no": False,
        "nothing": None,
        "empty": [],
    }`);
  });

  it('writes empty dicts and lists on one line', () => {
    expect(pythonLiteral({ tags: [], custom_fields: {} })).toBe('{\n    "tags": [],\n    "custom_fields": {},\n}');
  });
});
