/**
 * How to run a saved sample of each language with its real toolchain. The test suite's
 * setup (scripts/system-deps.sh) installs what a bare machine lacks.
 */
import { execFileSync, spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { LanguageId } from '@site/src/snippets';

export interface Toolchain {
  /** File name the sample is saved under. */
  file: string;
  command: (file: string) => [string, ...string[]];
}

/** The first `python3` that can import requests (pyenv's may not; Debian's python3-requests is for /usr/bin/python3). */
function pythonWithRequests(): string {
  for (const candidate of ['python3', '/usr/bin/python3']) {
    try {
      execFileSync(candidate, ['-c', 'import requests'], { stdio: 'ignore' });
      return candidate;
    } catch {
      // try the next one
    }
  }
  throw new Error('No python3 with the requests module: run scripts/system-deps.sh (installs python3-requests)');
}

/**
 * The languages whose samples are run for real. C# and Rust are not: their packages
 * (the .NET SDK, the reqwest crate) cannot be fetched here; tests/unit/compiled-languages.test.ts
 * decodes their string literals instead.
 */
export const toolchains: Partial<Record<LanguageId, Toolchain>> = {
  curl: { file: 'request.sh', command: (file) => ['bash', file] },
  node: { file: 'request.mjs', command: (file) => ['node', file] },
  python: { file: 'request.py', command: (file) => [pythonWithRequests(), file] },
  php: { file: 'request.php', command: (file) => ['php', file] },
  ruby: { file: 'request.rb', command: (file) => ['ruby', file] },
  go: { file: 'main.go', command: (file) => ['go', 'run', file] },
  java: { file: 'Main.java', command: (file) => ['java', file] },
};

export interface RunResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/**
 * Saves `source` in `dir` and runs it with CALLBELL_API_TOKEN set, as a reader would, in a
 * UTF-8 locale like a reader's terminal (Java writes its output in the locale's encoding).
 */
export function runSample(toolchain: Toolchain, source: string, dir: string, token: string): Promise<RunResult> {
  const file = join(dir, toolchain.file);
  writeFileSync(file, source);
  const [command, ...args] = toolchain.command(file);
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: dir, env: { ...process.env, LC_ALL: 'C.UTF-8', CALLBELL_API_TOKEN: token } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}
