/**
 * The curl calls a shell snippet makes, as far as a page's check needs them: method, URL and
 * body. Words are split as a POSIX shell splits them (single and double quotes, backslashes,
 * line continuations); commands end at a newline, `;`, `&&`, `||` or `|`. Variables are left as
 * written (`$CALLBELL_API_TOKEN`).
 */

export interface CurlCall {
  readonly method: string;
  readonly url: string;
  /** What `-d`/`--data…`/`--json` sends, as written. */
  readonly data?: string;
}

const SEPARATOR = Symbol('end of command');
type Token = string | typeof SEPARATOR;

/** The shell words of `text`, with a marker where a command ends. */
export function shellWords(text: string): Token[] {
  const tokens: Token[] = [];
  let word: string | undefined;
  const end = () => {
    if (word !== undefined) tokens.push(word);
    word = undefined;
  };
  for (let i = 0; i < text.length; i += 1) {
    const char = text[i]!;
    if (char === '\\') {
      const next = text[i + 1];
      i += 1;
      // A backslash before a newline joins the lines.
      if (next !== undefined && next !== '\n') word = (word ?? '') + next;
    } else if (char === "'") {
      const close = text.indexOf("'", i + 1);
      const stop = close === -1 ? text.length : close;
      word = (word ?? '') + text.slice(i + 1, stop);
      i = stop;
    } else if (char === '"') {
      word ??= '';
      for (i += 1; i < text.length && text[i] !== '"'; i += 1) {
        // Inside double quotes a backslash escapes only these.
        if (text[i] === '\\' && '"\\$`\n'.includes(text[i + 1] ?? '')) i += 1;
        word += text[i];
      }
    } else if (char === '#' && word === undefined) {
      while (i + 1 < text.length && text[i + 1] !== '\n') i += 1;
    } else if (char === '\n' || char === ';' || char === '|' || char === '&') {
      end();
      if (tokens.at(-1) !== SEPARATOR) tokens.push(SEPARATOR);
    } else if (/\s/.test(char)) {
      end();
    } else {
      word = (word ?? '') + char;
    }
  }
  end();
  return tokens;
}

const DATA_OPTIONS = new Set(['-d', '--data', '--data-raw', '--data-binary', '--data-ascii', '--json']);
/** Options that take a value this check does not need. */
const VALUE_OPTIONS = new Set(['-H', '--header', '-u', '--user', '-o', '--output', '-w', '--write-out', '-A', '--user-agent', '-e', '--referer', '-b', '--cookie', '-c', '--cookie-jar', '--connect-timeout', '-m', '--max-time', '--retry', '-F', '--form']);

function callOf(words: string[]): CurlCall | undefined {
  let method: string | undefined;
  let url: string | undefined;
  let data: string | undefined;
  for (let i = 1; i < words.length; i += 1) {
    const word = words[i]!;
    const value = () => words[++i] ?? '';
    if (word === '-X' || word === '--request') method = value();
    else if (DATA_OPTIONS.has(word)) data = value();
    else if (word === '--url') url = value();
    else if (VALUE_OPTIONS.has(word)) value();
    else if (!word.startsWith('-')) url ??= word;
  }
  if (url === undefined) return undefined;
  return { method: (method ?? (data === undefined ? 'GET' : 'POST')).toUpperCase(), url, ...(data === undefined ? {} : { data }) };
}

/** Each curl command of a shell snippet. */
export function curlCalls(text: string): CurlCall[] {
  const commands: string[][] = [[]];
  for (const token of shellWords(text)) {
    if (token === SEPARATOR) commands.push([]);
    else commands.at(-1)!.push(token);
  }
  return commands.filter((words) => words[0] === 'curl').flatMap((words) => callOf(words) ?? []);
}
