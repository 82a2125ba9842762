/**
 * How to run saved samples of each language with its real toolchain, as a reader would.
 * Interpreted languages run each sample's file. Go, Java and Rust build every sample of a set
 * at once, each sample's text unchanged (only wrapped or renamed), so that running one only
 * starts a program: a compiler started per sample was most of the suite's time. The test
 * suite's setup (scripts/system-deps.sh) installs what a bare machine lacks.
 */
import { execFileSync, spawn } from 'node:child_process';
import { homedir } from 'node:os';
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { LanguageId } from '@site/src/snippets';

/** A sample to prepare; `name` is an identifier, unique in its set (`sample_7`). */
export interface Sample {
  name: string;
  source: string;
}

export interface Program {
  command: string;
  args: string[];
  cwd: string;
}

/** What preparing gives a sample: the program that runs it, or why there is none (the compiler's words). */
export type Prepared = { program: Program } | { failure: string };

export interface Toolchain {
  /**
   * Saves every sample under `dir` (at once: a file that cannot be written throws here) and,
   * for a compiled language, builds them all with one compiler process. Never rejects: a
   * failed build is each sample's `failure`.
   */
  prepare(samples: readonly Sample[], dir: string): Promise<Map<string, Prepared>>;
}

export interface RunResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/**
 * Runs `program` with `env` added, in a UTF-8 locale like a reader's terminal (Java writes its
 * output in the locale's encoding). Never rejects: a program that cannot start says why in `stderr`.
 */
export function runProgram(program: Program, env: Record<string, string> = {}): Promise<RunResult> {
  return new Promise((resolve) => {
    const child = spawn(program.command, program.args, { cwd: program.cwd, env: { ...process.env, LC_ALL: 'C.UTF-8', ...env } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('error', (error) => resolve({ code: null, stdout, stderr: `${stderr}${String(error)}` }));
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

function save(file: string, text: string): void {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, text);
}

/** A language whose samples run from their file: `command` plus the file's name, in the sample's own folder. */
function interpreted(file: string, command: () => [string, ...string[]]): Toolchain {
  return {
    prepare(samples, dir) {
      const [name, ...args] = command();
      return Promise.resolve(
        new Map(
          samples.map((sample): [string, Prepared] => {
            const cwd = join(dir, sample.name);
            save(join(cwd, file), sample.source);
            return [sample.name, { program: { command: name, args: [...args, file], cwd } }];
          }),
        ),
      );
    },
  };
}

/**
 * The interpreter file of the first `python3` that can import requests (pyenv's may not;
 * Debian's python3-requests is for /usr/bin/python3). Its own path, not the command's: pyenv's
 * `python3` is a shell script that starts several processes before Python, which tripled the
 * time of every sample run.
 */
function pythonWithRequests(): string {
  for (const candidate of ['python3', '/usr/bin/python3']) {
    try {
      return execFileSync(candidate, ['-c', 'import requests, sys; print(sys.executable)'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    } catch {
      // try the next one
    }
  }
  throw new Error('No python3 with the requests module: run scripts/system-deps.sh (installs python3-requests)');
}

/**
 * After one build of a whole set: each sample's program, or, when the build failed, the
 * compiler's lines naming the sample's own file (`fileOf`), or all of its output when none
 * does (another sample, or the harness, broke the build).
 */
function afterBuild(samples: readonly Sample[], build: RunResult, fileOf: (name: string) => string, program: (name: string) => Program): Map<string, Prepared> {
  const output = `${build.stdout}${build.stderr}`;
  return new Map(
    samples.map(({ name }): [string, Prepared] => {
      if (build.code === 0) return [name, { program: program(name) }];
      const own = output.split('\n').filter((line) => line.includes(fileOf(name)));
      return [name, { failure: own.length > 0 ? own.join('\n') : `Not built: the set's build failed (exit ${build.code}) on other samples or the harness:\n${output}` }];
    }),
  );
}

/**
 * Go: each sample becomes package `<name>` of one module, its `func main()` renamed `Main`,
 * and a generated `main` calls the one named by its argument: one `go build`, one link.
 * A sample that is not a `package main` with a `func main()` is refused, as `go run` would.
 */
const go: Toolchain = {
  prepare(samples, dir) {
    const renamed = samples.map(({ name, source }) => ({
      name,
      source: source.replace(/^package main$/m, `package ${name}`).replace(/^func main\(\) \{$/m, 'func Main() {'),
      runnable: source.match(/^package main$/gm)?.length === 1 && source.match(/^func main\(\) \{$/gm)?.length === 1,
    }));
    const refused = renamed.filter((sample) => !sample.runnable);
    const built = renamed.filter((sample) => sample.runnable);
    save(join(dir, 'go.mod'), 'module samples\n\ngo 1.19\n');
    for (const { name, source } of built) save(join(dir, name, 'main.go'), source);
    save(
      join(dir, 'main.go'),
      [
        '// Generated: runs the sample named by the first argument.',
        'package main',
        '',
        'import (',
        '\t"os"',
        '',
        ...built.map(({ name }) => `\t"samples/${name}"`),
        ')',
        '',
        'func main() {',
        '\tswitch os.Args[1] {',
        ...built.flatMap(({ name }) => [`\tcase "${name}":`, `\t\t${name}.Main()`]),
        '\t}',
        '}',
        '',
      ].join('\n'),
    );
    return runProgram({ command: 'go', args: ['build', '-o', 'samples', '.'], cwd: dir }).then((build) => {
      const prepared = afterBuild(built, build, (name) => `${name}/main.go:`, (name) => ({ command: join(dir, 'samples'), args: [name], cwd: dir }));
      for (const { name } of refused) prepared.set(name, { failure: 'Not a Go program: no single `package main` line and `func main() {`' });
      return prepared;
    });
  },
};

/** Compiles each folder's Main.java into that folder, all in one JVM. */
const compileEachJava = fileURLToPath(new URL('./CompileEach.java', import.meta.url));

/**
 * Java: each sample is saved as its own folder's `Main.java`, unchanged; one JVM compiles them
 * all (CompileEach.java), then each runs as `java Main` in its folder. The JVM option only
 * shortens its start-up (no optimising compiler: a sample runs for a fraction of a second).
 */
const java: Toolchain = {
  prepare(samples, dir) {
    for (const { name, source } of samples) save(join(dir, name, 'Main.java'), source);
    const folders = samples.map(({ name }) => name);
    return runProgram({ command: 'java', args: [compileEachJava, ...folders], cwd: dir }).then(
      (build) =>
        new Map(
          folders.map((name): [string, Prepared] => {
            const cwd = join(dir, name);
            if (existsSync(join(cwd, 'Main.class'))) {
              return [name, { program: { command: 'java', args: ['-XX:TieredStopAtLevel=1', '-cp', '.', 'Main'], cwd } }];
            }
            const errors = join(cwd, 'compile-errors.txt');
            return [name, { failure: existsSync(errors) ? readFileSync(errors, 'utf8') : `Not compiled (exit ${build.code}):\n${build.stderr}` }];
          }),
        ),
    );
  },
};

/**
 * Kept between test runs in the user's cache folder, as npm's and Go's build caches are, so that a
 * fresh clone on the same machine finds it: Rust's target directory, whose dependencies take half
 * a minute to build on a 2-core machine, and a Cargo home of its own, so that the user's ~/.cargo
 * settings cannot change the build. Cargo locks the target directory, so runs side by side share it.
 */
const cacheDir = join(process.env.XDG_CACHE_HOME || join(homedir(), '.cache'), 'callbell-api-docs', 'samples-send-what-they-show');
const rustTargetDir = join(cacheDir, 'rust-target');

/**
 * The crate's manifest. The samples say `reqwest = "0.12"`; Debian packages 0.11, whose
 * blocking client is the same API. No TLS (the server is on loopback), no debug info and no
 * incremental data: less to build.
 */
const cargoToml = `[package]
name = "samples"
version = "0.0.0"
edition = "2021"

[dependencies]
reqwest = { version = "0.11", default-features = false, features = ["blocking"] }

[profile.dev]
debug = 0
incremental = false
`;

/** Crates come from Debian's packages (librust-*-dev), never from the network. */
const cargoConfig = `[source.crates-io]
replace-with = "debian"

[source.debian]
directory = "/usr/share/cargo/registry"

[net]
offline = true
`;

/**
 * Rust, with Debian's cargo and rustc (explicitly: a rustup toolchain may come first in PATH):
 * each sample is saved unchanged as `src/<name>.rs` and included in a module of its own, which
 * adds `run` to call the sample's private `main`; the generated `main` runs the sample named by
 * its argument, reporting its result as the sample's own `main` would. One `cargo build`.
 */
const rust: Toolchain = {
  prepare(samples, dir) {
    save(join(dir, 'Cargo.toml'), cargoToml);
    save(join(dir, '.cargo', 'config.toml'), cargoConfig);
    for (const { name, source } of samples) save(join(dir, 'src', `${name}.rs`), source);
    save(
      join(dir, 'src', 'main.rs'),
      [
        '// Generated: each sample in a module of its own; runs the one named by the first argument.',
        'use std::process::{ExitCode, Termination};',
        '',
        ...samples.flatMap(({ name }) => [
          `mod ${name} {`,
          `    include!("${name}.rs");`,
          '    pub fn run() -> impl std::process::Termination {',
          '        main()',
          '    }',
          '}',
          '',
        ]),
        'fn main() -> ExitCode {',
        '    match std::env::args().nth(1).as_deref() {',
        ...samples.map(({ name }) => `        Some("${name}") => ${name}::run().report(),`),
        '        other => panic!("no sample named {other:?}"),',
        '    }',
        '}',
        '',
      ].join('\n'),
    );
    const env = { RUSTC: '/usr/bin/rustc', CARGO_TARGET_DIR: rustTargetDir, CARGO_HOME: join(cacheDir, 'cargo-home') };
    return runProgram({ command: '/usr/bin/cargo', args: ['build', '--message-format', 'short'], cwd: dir }, env).then((build) => {
      // Copied out at once: another test run sharing the target directory may build its own `samples` next.
      if (build.code === 0) copyFileSync(join(rustTargetDir, 'debug', 'samples'), join(dir, 'samples'));
      return afterBuild(samples, build, (name) => `src/${name}.rs:`, (name) => ({ command: join(dir, 'samples'), args: [name], cwd: dir }));
    });
  },
};

/**
 * The languages whose samples are run for real. C# is not: the .NET SDK cannot be fetched
 * here; tests/unit/compiled-languages.test.ts parses its samples and decodes their literals.
 */
export const toolchains: Partial<Record<LanguageId, Toolchain>> = {
  curl: interpreted('request.sh', () => ['bash']),
  node: interpreted('request.mjs', () => ['node']),
  python: interpreted('request.py', () => [pythonWithRequests()]),
  php: interpreted('request.php', () => ['php']),
  ruby: interpreted('request.rb', () => ['ruby']),
  go,
  java,
  rust,
};

/** Prepares `source` alone in `dir` and runs it with CALLBELL_API_TOKEN set, as a reader would. */
export async function runSample(toolchain: Toolchain, source: string, dir: string, token: string): Promise<RunResult> {
  const prepared = (await toolchain.prepare([{ name: 'sample', source }], dir)).get('sample')!;
  if ('failure' in prepared) return { code: null, stdout: '', stderr: prepared.failure };
  return runProgram(prepared.program, { CALLBELL_API_TOKEN: token });
}
