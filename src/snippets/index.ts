/** The code-sample languages, in tab order, and one entry point to generate any of them. */
import { toHttpCall, type HttpCall } from '../requests/http';
import type { LooseValues, RequestSpec } from '../requests/types';
import { csharp } from './csharp';
import { curl } from './curl';
import { go } from './go';
import { java } from './java';
import { node } from './node';
import { php } from './php';
import { python } from './python';
import { ruby } from './ruby';
import { rust } from './rust';

export interface Language {
  readonly label: string;
  /** Prism language used to highlight the sample. */
  readonly prism: string;
  /** Where to save the sample, shown as the code block's title. */
  readonly fileName?: string;
  readonly generate: (call: HttpCall) => string;
}

export const languages = {
  curl: { label: 'cURL', prism: 'bash', generate: curl },
  node: { label: 'Node', prism: 'javascript', fileName: 'request.mjs', generate: node },
  python: { label: 'Python', prism: 'python', fileName: 'request.py', generate: python },
  php: { label: 'PHP', prism: 'php', fileName: 'request.php', generate: php },
  ruby: { label: 'Ruby', prism: 'ruby', fileName: 'request.rb', generate: ruby },
  go: { label: 'Go', prism: 'go', fileName: 'main.go', generate: go },
  java: { label: 'Java', prism: 'java', fileName: 'Main.java', generate: java },
  csharp: { label: 'C#', prism: 'csharp', fileName: 'Program.cs', generate: csharp },
  rust: { label: 'Rust', prism: 'rust', fileName: 'src/main.rs', generate: rust },
} as const satisfies Record<string, Language>;

export type LanguageId = keyof typeof languages;
export const languageIds = Object.keys(languages) as LanguageId[];

export function generateSample(language: LanguageId, spec: RequestSpec, values: LooseValues, baseUrl: string): string {
  return languages[language].generate(toHttpCall(spec, values, baseUrl));
}
