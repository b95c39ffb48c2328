// Mutation fuzzing of the whole pipeline: "bad input is a finding, never a crash".
//
// Takes the files of real repositories (by default every example, broken and fixed), damages one or a few of them
// the way edits and bad merges do (a truncation, a lost or doubled line, a stray quote or bracket, a line moved to
// another indentation, a token swapped for another file's token, a line from another file), lints the result, and
// checks what must hold for any input:
//   - lint() neither throws nor reports an `internal-error` (a rule that crashed);
//   - every location (finding, related location, fix edit) lies inside its file, and its line and column agree
//     with its offsets;
//   - every output format renders the report, and --fix-dry-run computes its diff.
// Nothing is executed from the repositories; every case is reproducible from its seed.
//
//   node --import tsx scripts/fuzz.ts [--runs N] [--seed S] [--corpus DIR]... [--corpus-of DIR]... [--save DIR] [--cli] [--quiet]
//
// --cli: also run every case through the built CLI (dist/cli.cjs; `npm run build` first), in a process of its own:
// it must exit 0 or 1 in time, with a JSON report and nothing on standard error (a V8 abort, running out of memory or
// a hang only show there). ~0.15 s more per case.
// --corpus: a directory linted as a repository; --corpus-of: each subdirectory of DIR is one (default: examples/*/broken
// and examples/*/fixed). --save: where failing cases are written (default .fuzz/). The
// exit code is 1 when any case failed. test/fuzz.test.ts runs a fixed set of seeds in the test suite.

import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { classifyName, isDockerfileName } from '../src/discover/classify.ts';
import type { Diagnostic, Rule } from '../src/engine/types.ts';
import { fixFiles, unparseableFiles } from '../src/fix/index.ts';
import { formatters } from '../src/formatters/index.ts';
import { lint } from '../src/lint.ts';
import { LineIndex } from '../src/model/source.ts';
import type { Range } from '../src/model/source.ts';
import { allRules } from '../rules/index.ts';
import { examplesRepo } from '../test/helpers/examples-repo.ts';
import { rng } from './bench/generate.mjs';
import { int, mutateDockerfile, mutateScript, mutateYaml, pick, type Mutation, type Rand } from './fuzz-structure.ts';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');

export { rng };


/** Characters that matter to the formats read here: quotes, brackets, YAML indicators, shell operators. */
const SYNTAX = ['"', "'", '`', '{', '}', '[', ']', '(', ')', ':', '- ', '#', '$', '${', '$(', '\\', '\n', '\t', '  ', '&', '&&', '|', ';', '<<', '>', '*', '&a', '*a', '!!', '---', '=', ',', '\r\n', '\u00a0', '\u{1F600}', '\0'];

/** The words of a text (for token swaps): runs of letters, digits and path characters. */
function tokens(text: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  let start = -1;
  for (let i = 0; i <= text.length; i++) {
    const c = i < text.length ? text.charCodeAt(i) : 32;
    const word = (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 47 || c === 46 || c === 95 || c === 45;
    if (word && start < 0) start = i;
    else if (!word && start >= 0) {
      out.push({ start, end: i });
      start = -1;
    }
  }
  return out;
}

/** How many spaces a line starts with. */
function indent(line: string): number {
  let n = 0;
  while (line.charCodeAt(n) === 32) n++;
  return n;
}


/** One random damage to `text`; `donor` is another file's text (lines and tokens to borrow). */
export function mutate(r: Rand, text: string, donor: string): Mutation {
  const lines = text.split('\n');
  const donorLines = donor.split('\n');
  const li = int(r, lines.length);
  switch (int(r, 14)) {
    case 0: {
      const at = int(r, text.length + 1);
      return { text: text.slice(0, at), what: `truncated at ${at}` };
    }
    case 1:
      lines.splice(li, 1);
      return { text: lines.join('\n'), what: `line ${li + 1} removed` };
    case 2:
      lines.splice(li, 0, lines[li] ?? '');
      return { text: lines.join('\n'), what: `line ${li + 1} doubled` };
    case 3: {
      const lj = int(r, lines.length);
      [lines[li], lines[lj]] = [lines[lj]!, lines[li]!];
      return { text: lines.join('\n'), what: `lines ${li + 1} and ${lj + 1} swapped` };
    }
    case 4:
    case 5: {
      const at = int(r, text.length + 1);
      const s = pick(r, SYNTAX);
      return { text: text.slice(0, at) + s + text.slice(at), what: `${JSON.stringify(s)} inserted at ${at}` };
    }
    case 6: {
      const at = int(r, text.length);
      const n = 1 + int(r, 8);
      return { text: text.slice(0, at) + text.slice(at + n), what: `${n} characters removed at ${at}` };
    }
    case 7: {
      const line = lines[li] ?? '';
      const shift = int(r, 2) === 0 ? line.slice(Math.min(2, indent(line))) : `  ${line}`;
      lines[li] = shift;
      return { text: lines.join('\n'), what: `line ${li + 1} re-indented` };
    }
    case 8: {
      const mine = tokens(text);
      const theirs = tokens(donor);
      if (mine.length === 0 || theirs.length === 0) return { text: text + donor, what: 'donor appended' };
      const t = pick(r, mine);
      const d = pick(r, theirs);
      const word = donor.slice(d.start, d.end);
      return { text: text.slice(0, t.start) + word + text.slice(t.end), what: `token at ${t.start} replaced by ${JSON.stringify(word)}` };
    }
    case 9: {
      const dl = pick(r, donorLines);
      lines.splice(li, 0, dl);
      return { text: lines.join('\n'), what: `donor line ${JSON.stringify(dl.slice(0, 40))} inserted before line ${li + 1}` };
    }
    case 11:
      return { text: `\ufeff${lines.join('\r\n')}`, what: 'a byte-order mark and CRLF line endings' };
    case 12: {
      // Indentation by tabs (YAML forbids them), from line li on.
      for (let i = li; i < lines.length; i++) {
        const pairs = indent(lines[i]!) >> 1;
        lines[i] = '\t'.repeat(pairs) + lines[i]!.slice(pairs * 2);
      }
      return { text: lines.join('\n'), what: `tab indentation from line ${li + 1}` };
    }
    default: {
      // A long or deep input: a line repeated many times, or brackets nested deeply.
      if (int(r, 2) === 0) {
        const n = 200 + int(r, 2000);
        lines.splice(li, 0, ...Array<string>(n).fill(lines[li] ?? 'x'));
        return { text: lines.join('\n'), what: `line ${li + 1} repeated ${n} times` };
      }
      const depth = 100 + int(r, 400);
      const at = int(r, text.length + 1);
      const open = pick(r, ['[', '{', '$(', '"$(', '${']);
      return { text: text.slice(0, at) + open.repeat(depth) + text.slice(at), what: `${depth} x ${JSON.stringify(open)} at ${at}` };
    }
  }
}

/**
 * Damage that keeps the file parseable (scripts/fuzz-structure.ts), for the kinds it knows; undefined for other files
 * and when it finds nothing to change.
 */
export function mutateStructure(r: Rand, path: string, text: string): Mutation | undefined {
  const base = path.slice(path.lastIndexOf('/') + 1);
  if (base.endsWith('.yaml') || base.endsWith('.yml') || base.endsWith('.json')) return mutateYaml(r, text);
  if (isDockerfileName(base)) return mutateDockerfile(r, text);
  if (text.startsWith('#!') || base.endsWith('.sh') || base.endsWith('.bash')) return mutateScript(r, text);
  return undefined;
}

/** The files of a repository directory the linter reads by name (relative, `/`-separated). */
function lintedFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (abs: string): void => {
    for (const e of readdirSync(abs, { withFileTypes: true })) {
      const p = join(abs, e.name);
      if (e.isDirectory()) {
        if (e.name !== '.git' && e.name !== 'node_modules') walk(p);
      } else if (e.isFile() && (classifyName(e.name) !== undefined || e.name.endsWith('.sh') || e.name.endsWith('.conf'))) {
        if (statSync(p).size < 256 * 1024) out.push(relative(dir, p).split(sep).join('/'));
      }
    }
  };
  walk(dir);
  return out.sort();
}

export interface Failure {
  seed: number;
  repo: string;
  files: { path: string; what: string }[];
  problem: string;
  /** The damaged texts, by path (to reproduce the case without the corpus). */
  texts: Record<string, string>;
}

const lineIndexes = new Map<string, LineIndex>();

/** What must hold of a range in a report (the file's text, when the run read it). */
function rangeProblem(r: Range, text: string | undefined, where: string): string | undefined {
  const ints = [r.line, r.column, r.endLine, r.endColumn, r.start, r.end];
  if (!ints.every((n) => Number.isInteger(n))) return `${where}: a position is not an integer: ${JSON.stringify(r)}`;
  if (r.file === '') return r.line === 0 ? undefined : `${where}: no file but line ${r.line}`;
  if (r.line < 1 || r.column < 1) return `${where}: line/column below 1: ${JSON.stringify(r)}`;
  if (r.end < r.start) return `${where}: ends before it starts: ${JSON.stringify(r)}`;
  if (text === undefined) return undefined;
  if (r.start < 0 || r.end > text.length) return `${where}: offsets ${r.start}-${r.end} outside the file (${text.length} characters)`;
  let lines = lineIndexes.get(text);
  if (!lines) lineIndexes.set(text, (lines = new LineIndex(text)));
  const want = lines.range(r.file, r.start, r.end);
  if (want.line !== r.line || want.column !== r.column || want.endLine !== r.endLine || want.endColumn !== r.endColumn) {
    return `${where}: ${r.line}:${r.column}-${r.endLine}:${r.endColumn} does not match its offsets (${want.line}:${want.column}-${want.endLine}:${want.endColumn})`;
  }
  return undefined;
}

/**
 * Text no message should hold: what JavaScript prints for a missing value, and the words of the safety nets that turn
 * an exception thrown while reading or evaluating a file into a finding (a bug caught, not a problem of the input).
 */
const SUSPICIOUS: (string | RegExp)[] = [
  // Compose's own error text quotes "depends on undefined service".
  /\bundefined\b(?! service)/,
  '[object Object]',
  'NaN',
  'could not parse the shell text:',
  'could not parse the Dockerfile:',
  'could not read this',
  'could not evaluate',
  'could not be read:',
  'Cannot read properties',
  'is not a function',
  'is not iterable',
  'Maximum call stack',
];

/** What is wrong with a message of a finding or of its evidence, if anything. */
function messageProblem(message: unknown): string | undefined {
  if (typeof message !== 'string' || message === '') return `no message: ${JSON.stringify(message)}`;
  if (SUSPICIOUS.some((s) => (typeof s === 'string' ? message.includes(s) : s.test(message)))) return `suspicious message ${JSON.stringify(message.slice(0, 500))}`;
  if (message.split(' ').some((w) => w.length > 260)) return `a word of the message is not cut (${message.length} characters)`;
  return undefined;
}

function reportProblems(diagnostics: Diagnostic[], textOf: (file: string) => string | undefined): string[] {
  const out: string[] = [];
  for (const d of diagnostics) {
    const head = `${d.ruleId} at ${d.range.file}:${d.range.line}:${d.range.column}`;
    if (d.ruleId === 'internal-error') out.push(`${head}: ${d.message}`);
    for (const [m, where] of [[d.message, head], ...d.related.map((e, i) => [e.message, `${head} related ${i}`])] as [unknown, string][]) {
      const p = messageProblem(m);
      if (p) out.push(`${where}: ${p}`);
    }
    const ranges: [Range, string][] = [[d.range, head], ...d.related.map((e, i) => [e.range, `${head} related ${i}`] as [Range, string]), ...(d.fix?.edits ?? []).map((e, i) => [e.range, `${head} fix edit ${i}`] as [Range, string])];
    for (const [r, where] of ranges) {
      const p = rangeProblem(r, textOf(r.file), where);
      if (p) out.push(p);
    }
  }
  return out;
}

export interface CaseOptions {
  seed: number;
  repo: string;
  /** Where whole-repository cases copy the repository (a fresh directory per case is made inside). */
  scratch: string;
  /** The rules to run (default: all). */
  rules?: Rule[];
  /**
   * The built CLI (dist/cli.cjs): each case is also run through it, in a process of its own, which must exit 0 or 1
   * within CLI_TIMEOUT_MS with nothing on standard error and a JSON report. In-process runs cannot see what kills a
   * process (V8 aborts, running out of memory) or never ends.
   */
  cli?: string;
}

const CLI_TIMEOUT_MS = 30_000;

/** What is wrong with a run of the built CLI, if anything. */
function cliProblem(cli: string, cwd: string, stdin: { text: string; filename: string } | undefined): string | undefined {
  const args = stdin ? ['--format', 'json', '--stdin', '--stdin-filename', stdin.filename] : ['--format', 'json', '.'];
  const r = spawnSync(process.execPath, [cli, ...args], {
    cwd,
    input: stdin?.text ?? '',
    encoding: 'utf8',
    timeout: CLI_TIMEOUT_MS,
    maxBuffer: 256 * 1024 * 1024,
    env: { ...process.env, NO_COLOR: '1' },
  });
  const tail = (t: string) => t.trim().split('\n').slice(0, 8).join('\n');
  if (r.error) return `the CLI did not finish: ${r.error.message}`;
  if (r.signal) return `the CLI was killed by ${r.signal}: ${tail(r.stderr)}`;
  if (r.status !== 0 && r.status !== 1) return `the CLI exited ${r.status}: ${tail(r.stderr)}`;
  if (r.stderr.trim() !== '') return `the CLI wrote to standard error: ${tail(r.stderr)}`;
  try {
    JSON.parse(r.stdout);
  } catch {
    return `the CLI's JSON report does not parse: ${r.stdout.slice(0, 200)}`;
  }
  return undefined;
}

/**
 * One case: either one file damaged and linted through standard input (the rest of the repository as context, as an
 * editor runs it), or one to three files damaged in a copy of the repository, linted whole and dry-run fixed.
 */
export async function runCase(o: CaseOptions): Promise<{ failure?: Failure; what: string; findings?: number }> {
  const r = rng(o.seed);
  const files = lintedFiles(o.repo);
  if (files.length === 0) return { what: 'no files' };
  const whole = int(r, 3) === 0;
  const count = whole ? 1 + int(r, 3) : 1;
  const changed: { path: string; what: string; text: string }[] = [];
  for (let i = 0; i < count; i++) {
    const path = pick(r, files);
    const prev = changed.find((c) => c.path === path);
    const text = prev?.text ?? readFileSync(join(o.repo, path), 'utf8');
    const donor = readFileSync(join(o.repo, pick(r, files)), 'utf8');
    // Half the damage keeps the file parseable, where its kind allows.
    const m = (int(r, 2) === 0 ? mutateStructure(r, path, text) : undefined) ?? mutate(r, text, donor);
    if (prev) {
      prev.text = m.text;
      prev.what += `; ${m.what}`;
    } else changed.push({ path, what: m.what, text: m.text });
  }
  const failure = (problem: string): Failure => ({ seed: o.seed, repo: relative(ROOT, o.repo) || o.repo, files: changed.map(({ path, what }) => ({ path, what })), problem, texts: Object.fromEntries(changed.map((c) => [c.path, c.text])) });

  const what = changed.map((c) => `${c.path} (${c.what})`).join(', ');
  let dir = o.repo;
  try {
    if (whole) {
      mkdirSync(o.scratch, { recursive: true });
      dir = mkdtempSync(join(o.scratch, 'case-'));
      cpSync(o.repo, dir, { recursive: true });
      for (const c of changed) writeFileSync(join(dir, c.path), c.text);
    }
    const stdin = whole ? undefined : { text: changed[0]!.text, filename: changed[0]!.path };
    const result = await lint({ cwd: dir, paths: [], ...(o.rules ? { rules: o.rules } : {}), ...(stdin ? { stdin } : {}) });
    const textOf = (file: string) => result.files.get(file)?.text;
    const problems = reportProblems(result.diagnostics, textOf);
    const ctx = { cwd: dir, files: result.files, rules: allRules.map((x) => x.meta), color: false, version: '0.0.0' };
    for (const [name, load] of Object.entries(formatters)) {
      try {
        const out = (await load())(result.diagnostics, ctx);
        if (typeof out !== 'string') problems.push(`format ${name} returned ${typeof out}`);
      } catch (err) {
        problems.push(`format ${name} threw: ${(err as Error)?.stack ?? err}`);
      }
    }
    if (whole) {
      const unparseable = unparseableFiles(result.model.problems);
      await fixFiles(result.diagnostics, result.files, { cwd: dir, dryRun: true, unparseable });
    }
    if (o.cli) {
      const p = cliProblem(o.cli, dir, stdin);
      if (p) problems.push(p);
    }
    const findings = result.diagnostics.length;
    return problems.length > 0 ? { failure: failure(problems.join('\n')), what, findings } : { what, findings };
  } catch (err) {
    return { failure: failure(`threw: ${(err as Error)?.stack ?? err}`), what };
  } finally {
    lineIndexes.clear();
    if (dir !== o.repo) rmSync(dir, { recursive: true, force: true });
  }
}

async function main(argv: string[]): Promise<void> {
  let runs = 500;
  let seed = 1;
  let save = join(ROOT, '.fuzz');
  let quiet = false;
  let cli: string | undefined;
  const corpus: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--runs') runs = Number(argv[++i]);
    else if (a === '--seed') seed = Number(argv[++i]);
    else if (a === '--corpus') corpus.push(resolve(argv[++i]!));
    else if (a === '--corpus-of') {
      const parent = resolve(argv[++i]!);
      for (const e of readdirSync(parent, { withFileTypes: true }).sort((x, y) => (x.name < y.name ? -1 : 1))) if (e.isDirectory()) corpus.push(join(parent, e.name));
    }
    else if (a === '--save') save = resolve(argv[++i]!);
    else if (a === '--quiet') quiet = true;
    else if (a === '--cli') cli = join(ROOT, 'dist', 'cli.cjs');
    else throw new Error(`unknown argument ${a}`);
  }
  const scratch = mkdtempSync(join(tmpdir(), 'otl-fuzz-'));
  // By default each example's broken and fixed repository, copied out of this one: in place, every case would walk all
  // of it from its git root.
  const examples = corpus.length === 0 ? examplesRepo('otl-fuzz-examples-') : undefined;
  const repos = examples ? examples.dirs.map((d) => join(examples.dir, d)) : corpus;
  const failures: Failure[] = [];
  // The slowest cases are listed: a damage that makes a run slow (a long chain, a deep nesting) is how quadratic code
  // shows itself. Not a failure: the time depends on the machine.
  const slowest: { ms: number; seed: number; what: string }[] = [];
  try {
    for (let i = 0; i < runs; i++) {
      const s = seed + i;
      const repo = repos[s % repos.length]!;
      const t0 = performance.now();
      const { failure: f, what } = await runCase({ seed: s, repo, scratch: join(scratch, 'cases'), ...(cli ? { cli } : {}) });
      const ms = performance.now() - t0;
      slowest.push({ ms, seed: s, what: `${relative(ROOT, repo)}: ${what}` });
      slowest.sort((a, b) => b.ms - a.ms).splice(5);
      if (f) {
        failures.push(f);
        mkdirSync(save, { recursive: true });
        writeFileSync(join(save, `seed-${s}.json`), `${JSON.stringify(f, null, 2)}\n`);
        if (!quiet) console.log(`FAIL seed ${s} ${f.repo} ${f.files.map((x) => `${x.path} (${x.what})`).join(', ')}\n  ${f.problem.split('\n').slice(0, 6).join('\n  ')}`);
      }
      if (!quiet && (i + 1) % 100 === 0) console.log(`${i + 1}/${runs} cases, ${failures.length} failed`);
    }
  } finally {
    rmSync(scratch, { recursive: true, force: true });
    examples?.remove();
  }
  if (!quiet) for (const x of slowest) console.log(`slow: ${x.ms.toFixed(0)} ms, seed ${x.seed}, ${x.what}`);
  console.log(`${runs} cases (seeds ${seed}-${seed + runs - 1}, ${repos.length} repositories): ${failures.length} failed`);
  if (failures.length > 0) process.exitCode = 1;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await main(process.argv.slice(2));
