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
  phpLiteral,
  pythonLiteral,
  rubyLiteral,
  rustLiteral,
  rustRawLiteral,
  shellQuoted,
  singleQuotedLiteral,
} from './escaping';

const LINE_SEPARATOR = '\u2028';
/** One character of each unseen kind JSON leaves raw: DELETE, a C1 control, a bidi override, a zero-width no-break space. */
const UNSEEN_SAMPLE = '\u007f\u0085\u202e\ufeff';

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

  it('writes the unseen characters JSON leaves raw as \\uXXXX escapes, keeping its own line breaks', () => {
    expect(jsonText({ a: `x${UNSEEN_SAMPLE}${LINE_SEPARATOR}\u0001` })).toBe(String.raw`{
  "a": "x\u007f\u0085\u202e\ufeff\u2028\u0001"
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

  it('keeps line breaks and emoji inside the quotes', () => {
    expect(shellQuoted('a\nb 🚀')).toBe(`'a\nb 🚀'`);
  });

  it("writes other unseen characters outside the quotes as $'...' escapes of their UTF-8 bytes", () => {
    expect(shellQuoted(`a${LINE_SEPARATOR}b\t\u202ec'`)).toBe(String.raw`'a'$'\xe2\x80\xa8''b'$'\x09\xe2\x80\xae''c'\'''`);
    expect(shellQuoted('\ufeff')).toBe(String.raw`$'\xef\xbb\xbf'`);
  });

  it('refuses U+0000, which no shell argument can hold, rather than cut the text there', () => {
    expect(() => shellQuoted('a\0b')).toThrow('U+0000');
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

  it('keeps line breaks and emoji as they are', () => {
    expect(singleQuotedLiteral('a\nb 🚀')).toBe(`'a\nb 🚀'`);
  });
});

describe('phpLiteral and rubyLiteral (PHP, Ruby)', () => {
  it('single-quote text without unseen characters but line breaks', () => {
    expect(phpLiteral("O'Brien $x\n")).toBe(`'O\\'Brien $x\n'`);
    expect(rubyLiteral("O'Brien #{x}\n")).toBe(`'O\\'Brien #{x}\n'`);
  });

  it('double-quote text with unseen characters, written \\u{XX}, and escape what would interpolate', () => {
    expect(phpLiteral(`"$a" {$b} #{c} \\ ${UNSEEN_SAMPLE}\t\n`)).toBe(String.raw`"\"\$a\" {\$b} #{c} \\ \u{7f}\u{85}\u{202e}\u{feff}\u{9}` + '\n"');
    expect(rubyLiteral(`"$a" {$b} #{c} \\ ${UNSEEN_SAMPLE}\t\n`)).toBe(String.raw`"\"$a\" {$b} \#{c} \\ \u{7f}\u{85}\u{202e}\u{feff}\u{9}` + '\n"');
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

  it('writes DELETE and the unseen characters as \\uXXXX too', () => {
    expect(asciiDoubleQuotedLiteral(`${UNSEEN_SAMPLE}\u2066\u0001`)).toBe(String.raw`"\u007f\u0085\u202e\ufeff\u2066\u0001"`);
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

  it('keeps a backquote and emoji as source text in an interpreted literal', () => {
    expect(goLiteral('a`b 🚀')).toBe('"a`b 🚀"');
  });

  it('writes unseen characters as \\uXXXX in an interpreted literal (Go refuses a raw U+FEFF)', () => {
    expect(goLiteral(`${UNSEEN_SAMPLE}${LINE_SEPARATOR}\u0001`)).toBe(String.raw`"\u007f\u0085\u202e\ufeff\u2028\u0001"`);
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

  it('falls back to an interpreted literal for any other unseen character, which a raw one cannot escape', () => {
    expect(goRawLiteral('{\n  "a": "\u200b"\n}')).toBe(String.raw`"{\n  \"a\": \"\u200b\"\n}"`);
  });
});

describe('rustLiteral and rustRawLiteral (Rust)', () => {
  it('escapes quotes, backslashes and line breaks, other control characters as \\u{XX}', () => {
    expect(rustLiteral('say "hi" \\ \n\r\t\b\f\0\x7f')).toBe(String.raw`"say \"hi\" \\ \n\r\t\u{8}\u{c}\u{0}\u{7f}"`);
  });

  it('keeps {}, $ and emoji as source text', () => {
    expect(rustLiteral('{} $x 🚀')).toBe('"{} $x 🚀"');
  });

  it('writes line separators and direction-changing characters as \\u{XX}, which rustc requires', () => {
    expect(rustLiteral(`${UNSEEN_SAMPLE}${LINE_SEPARATOR}\u2066\u200e`)).toBe(String.raw`"\u{7f}\u{85}\u{202e}\u{feff}\u{2028}\u{2066}\u{200e}"`);
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

  it('falls back to an escaped literal for any other unseen character, which a raw one cannot escape', () => {
    expect(rustRawLiteral('{\n  "a": "\u2067"\n}')).toBe(String.raw`"{\n  \"a\": \"\u{2067}\"\n}"`);
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
  it('writes strings as JSON, so ${...} and backticks are text in them', () => {
    expect(jsLiteral('${HOME} `id` "q" \\')).toBe('"${HOME} `id` \\"q\\" \\\\"');
  });

  it('writes unseen characters as \\uXXXX, in values and keys', () => {
    expect(jsLiteral({ [`k${UNSEEN_SAMPLE}`]: `a${LINE_SEPARATOR}b` })).toBe(String.raw`{
  "k\u007f\u0085\u202e\ufeff": "a\u2028b",
}`);
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

  it('keeps __proto__ and constructor keys at every depth, in objects and in lists', () => {
    const json = '{"constructor":{"__proto__":{"constructor":"x"}},"list":[{"__proto__":[]}]}';
    const text = jsLiteral(JSON.parse(json));
    expect(text).toBe(`{
  "constructor": {
    ["__proto__"]: {
      "constructor": "x",
    },
  },
  "list": [
    {
      ["__proto__"]: [],
    },
  ],
}`);
    expect(JSON.stringify(new Function(`return ${text};`)())).toBe(json);
  });

  it('leaves out undefined entries of objects and writes them null in lists, as JSON does', () => {
    expect(jsLiteral({ a: undefined, b: [undefined, Number.NaN] })).toBe('{\n  "b": [\n    null,\n    null,\n  ],\n}');
  });

  it('refuses, naming it, a value JSON cannot hold rather than writing a sample that sends something else', () => {
    expect(() => jsLiteral({ count: 10n })).toThrow('Not a JSON value: 10');
    expect(() => pythonLiteral([Symbol.iterator])).toThrow('Not a JSON value: Symbol(Symbol.iterator)');
  });
});

describe('pythonLiteral (Python)', () => {
  it('writes strings as JSON, whose escapes Python shares', () => {
    expect(pythonLiteral('say "hi" \\ \n {x} 🚀')).toBe(String.raw`"say \"hi\" \\ \n {x} 🚀"`);
  });

  it('writes unseen characters as \\uXXXX', () => {
    expect(pythonLiteral(`${UNSEEN_SAMPLE}\u200f`)).toBe(String.raw`"\u007f\u0085\u202e\ufeff\u200f"`);
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
