// The command line. Start-up is kept light: --help and --version load nothing beyond this file and version.ts;
// the linter, the rules and each formatter are imported only when needed.

import { mkdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname, isAbsolute, join, resolve, sep } from 'node:path';
import { parseArgs } from 'node:util';
import type { Diagnostic, Rule, RuleMeta, Severity } from '../engine/types.ts';
import type { FormatContext } from '../formatters/types.ts';
import { VERSION } from '../version.ts';
import { shortHash } from './code-cache.ts';

export interface CliIO {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  /** Absolute working directory. */
  cwd: string;
  env: NodeJS.ProcessEnv;
  /** Standard output is a terminal (colours on by default). */
  isTTY: boolean;
  /** Reads all of standard input (for --stdin). */
  readStdin?: () => Promise<string>;
  /**
   * For --cache: the linter build's identity (a cache is used only by the build that wrote it) and the directories
   * a cache may be kept in, in order; undefined when this build has no identity (run from source): no cache then.
   */
  parseCache?: () => { version: string; dirs: string[] } | undefined;
}

export interface MainOptions {
  /** The rules to run instead of rules/index.ts (tests). */
  rules?: Rule[];
}

export const EXIT_OK = 0;
export const EXIT_FINDINGS = 1;
export const EXIT_USAGE = 2;
export const EXIT_INTERNAL = 3;

const NAME = 'otel-target-lint';
const FORMATS = ['stylish', 'json', 'gcc', 'sarif', 'github'];
const THRESHOLDS = ['error', 'warning', 'info', 'none'] as const;
type Threshold = (typeof THRESHOLDS)[number];
const RULE_LEVELS = ['error', 'warning', 'info', 'off'];

const OPTIONS = {
  format: { type: 'string', short: 'f' },
  'output-file': { type: 'string', short: 'o' },
  report: { type: 'string', multiple: true },
  'max-warnings': { type: 'string' },
  'severity-threshold': { type: 'string', short: 't' },
  quiet: { type: 'boolean', short: 'q' },
  color: { type: 'boolean' },
  'no-color': { type: 'boolean' },
  config: { type: 'string', short: 'c' },
  'no-config': { type: 'boolean' },
  rule: { type: 'string', multiple: true },
  stdin: { type: 'boolean' },
  'stdin-filename': { type: 'string' },
  cache: { type: 'boolean' },
  'cache-location': { type: 'string' },
  fix: { type: 'boolean' },
  'fix-dry-run': { type: 'boolean' },
  'list-rules': { type: 'boolean' },
  'print-targets': { type: 'boolean' },
  all: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'v' },
} as const;

export const HELP = `Usage: ${NAME} [options] [paths...]

Checks that OTEL_GO_AUTO_TARGET_EXE (and the Operator, OBI and Beyla equivalents) names the binary the
container really runs, from Dockerfiles, entrypoint scripts, Kubernetes and compose files.

Paths are files or directories (default: .). The whole repository is read as context, so a changed
manifest still finds its Dockerfile, but only findings in the given paths are reported.

Output:
  -f, --format FORMAT             stylish (default), json, gcc, sarif or github
  -o, --output-file FILE          write the --format report to FILE; the terminal then shows the
                                  stylish report
      --report FORMAT=FILE        also write a FORMAT report to FILE (repeatable)
  -q, --quiet                     errors only: warnings and infos are dropped everywhere and count
                                  for nothing (not for --max-warnings either)
      --color, --no-color         force colours on or off (default: on when the output is a terminal;
                                  NO_COLOR and FORCE_COLOR are honoured)

Failing:
  -t, --severity-threshold LEVEL  exit 1 when a finding is at or above LEVEL: error (default),
                                  warning, info, or none (never)
      --max-warnings N            exit 1 when there are more than N warnings (default -1: no limit)

Configuration:
  -c, --config FILE               config file (default: .otel-target-lint.yaml at the repository root)
      --no-config                 use no config file
      --rule ID=SEVERITY          set a rule to error, warning, info or off (repeatable; overrides the
                                  config file)

Fixing:
      --fix                       apply the safe fixes in place (only the fixed values change), then
                                  report what remains
      --fix-dry-run               print the fixes as a unified diff (git apply can apply it) and report
                                  what remains, changing nothing

Speed:
      --cache                     keep the parsers' results between runs; a file whose text is unchanged
                                  is not parsed again (the report is the same)
      --cache-location PATH       the cache file, or a directory for it (default: the user's cache
                                  directory, one file per working directory)

Input:
      --stdin                     lint standard input (the rest of the repository is context)
      --stdin-filename FILE       the file standard input is linted as (required with --stdin)

Information:
      --list-rules                list the rules (with --format json: as JSON) and exit
      --print-targets             print, for each application container in the paths, the executable
                                  /proc/<pid>/exe will show (the value OTEL_GO_AUTO_TARGET_EXE needs),
                                  how it was worked out and the targets that name it, then exit 0
                                  (with --format json: as JSON). Only containers that may run a Go
                                  program are listed
      --all                       with --print-targets: list every application container
  -h, --help                      show this help and exit
  -v, --version                   print the version and exit

Exit codes: 0 no finding at or above the threshold, 1 findings, 2 usage error, 3 internal error.

Suppress a finding with a comment on the line before it (or for a whole file):
  # otel-target-lint-disable-next-line <rule>[, <rule>] -- <reason>
  # otel-target-lint-disable-file <rule> -- <reason>
or, on a Kubernetes workload or its pod template, the annotation
  otel-target-lint.io/ignore: "<rule>,<rule>"
`;

class CliUsageError extends Error {
  constructor(
    message: string,
    readonly hint?: string,
  ) {
    super(message);
  }
}

/** Levenshtein distance, for "did you mean" hints. */
function distance(a: string, b: string): number {
  const prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let diag = prev[0]!;
    prev[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = prev[j]!;
      prev[j] = Math.min(prev[j]! + 1, prev[j - 1]! + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      diag = tmp;
    }
  }
  return prev[b.length]!;
}

function closest(word: string, candidates: string[]): string | undefined {
  let best: string | undefined;
  let bestD = Infinity;
  for (const c of candidates) {
    const d = distance(word, c);
    if (d < bestD) {
      best = c;
      bestD = d;
    }
  }
  return best !== undefined && bestD <= Math.max(2, Math.floor(word.length / 3)) ? best : undefined;
}

const HELP_HINT = `Run '${NAME} --help' for the options.`;

interface Parsed {
  values: {
    format?: string;
    'output-file'?: string;
    report?: string[];
    'max-warnings'?: string;
    'severity-threshold'?: string;
    quiet?: boolean;
    color?: boolean;
    'no-color'?: boolean;
    config?: string;
    'no-config'?: boolean;
    rule?: string[];
    stdin?: boolean;
    'stdin-filename'?: string;
    cache?: boolean;
    'cache-location'?: string;
    fix?: boolean;
    'fix-dry-run'?: boolean;
    'list-rules'?: boolean;
    'print-targets'?: boolean;
    all?: boolean;
    help?: boolean;
    version?: boolean;
  };
  positionals: string[];
}

function parse(argv: string[]): Parsed {
  // First pass, lenient, only to name an unknown option precisely (with a suggestion).
  const loose = parseArgs({ args: argv, options: OPTIONS, strict: false, allowPositionals: true, tokens: true });
  for (const t of loose.tokens ?? []) {
    if (t.kind !== 'option' || Object.hasOwn(OPTIONS, t.name)) continue;
    const guess = t.rawName.startsWith('--') ? closest(t.name, Object.keys(OPTIONS)) : undefined;
    throw new CliUsageError(`Unknown option '${t.rawName}'.`, guess ? `Did you mean '--${guess}'? ${HELP_HINT}` : HELP_HINT);
  }
  try {
    return parseArgs({ args: argv, options: OPTIONS, strict: true, allowPositionals: true }) as Parsed;
  } catch (err) {
    const msg = err instanceof Error ? err.message.split('\n')[0]! : String(err);
    throw new CliUsageError(msg, HELP_HINT);
  }
}

/** Colours for the terminal: --no-color / --color, then FORCE_COLOR, NO_COLOR, TERM=dumb, then the TTY. */
export function terminalColor(values: Parsed['values'], env: NodeJS.ProcessEnv, isTTY: boolean): boolean {
  if (values['no-color']) return false;
  if (values.color) return true;
  const force = env.FORCE_COLOR;
  if (force !== undefined && force !== '') return force !== '0' && force !== 'false';
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  if (env.TERM === 'dumb') return false;
  return isTTY;
}

interface Settings {
  format: string;
  outputFile?: string;
  reports: { format: string; file: string }[];
  maxWarnings: number;
  threshold: Threshold;
  quiet: boolean;
  configFile?: string;
  noConfig: boolean;
  ruleSeverities: Map<string, Severity | 'off'>;
  stdinFilename?: string;
  paths: string[];
  fix: 'none' | 'write' | 'dry-run';
  cache: boolean;
  cacheLocation?: string;
}

function checkFormat(name: string, where: string): string {
  if (FORMATS.includes(name)) return name;
  const guess = closest(name, FORMATS);
  throw new CliUsageError(
    `Unknown format '${name}' in ${where}.`,
    `${guess ? `Did you mean '${guess}'? ` : ''}Formats: ${FORMATS.join(', ')}.`,
  );
}

async function settings(p: Parsed, ruleIds: () => Promise<string[]>): Promise<Settings> {
  const v = p.values;
  const format = checkFormat(v.format ?? 'stylish', '--format');
  const reports = (v.report ?? []).map((r) => {
    const eq = r.indexOf('=');
    if (eq <= 0 || eq === r.length - 1) {
      throw new CliUsageError(`Invalid --report '${r}'.`, 'Write it as FORMAT=FILE, e.g. --report sarif=results.sarif.');
    }
    return { format: checkFormat(r.slice(0, eq), '--report'), file: r.slice(eq + 1) };
  });
  let maxWarnings = -1;
  if (v['max-warnings'] !== undefined) {
    const n = Number(v['max-warnings']);
    if (v['max-warnings'].trim() === '' || !Number.isInteger(n) || n < -1) {
      throw new CliUsageError(
        `Invalid --max-warnings '${v['max-warnings']}'.`,
        'Give a whole number of warnings to allow, or -1 for no limit (--max-warnings=-1).',
      );
    }
    maxWarnings = n;
  }
  const threshold = (v['severity-threshold'] ?? 'error') as Threshold;
  if (!THRESHOLDS.includes(threshold)) {
    throw new CliUsageError(`Invalid --severity-threshold '${threshold}'.`, `Use one of: ${THRESHOLDS.join(', ')}.`);
  }
  if (v.config !== undefined && v['no-config']) {
    throw new CliUsageError('--config and --no-config cannot be used together.', HELP_HINT);
  }
  const ruleSeverities = new Map<string, Severity | 'off'>();
  if (v.rule && v.rule.length > 0) {
    const ids = await ruleIds();
    for (const r of v.rule) {
      const eq = r.indexOf('=');
      const id = eq < 0 ? r : r.slice(0, eq).trim();
      const level = eq < 0 ? '' : r.slice(eq + 1).trim();
      if (eq < 0 || !RULE_LEVELS.includes(level)) {
        throw new CliUsageError(`Invalid --rule '${r}'.`, `Write it as ID=SEVERITY with SEVERITY one of ${RULE_LEVELS.join(', ')}.`);
      }
      if (!ids.includes(id)) {
        const guess = closest(id, ids);
        throw new CliUsageError(
          `Unknown rule '${id}' in --rule.`,
          `${guess ? `Did you mean '${guess}'? ` : ''}Run '${NAME} --list-rules' for the rules.`,
        );
      }
      ruleSeverities.set(id, level as Severity | 'off');
    }
  }
  if (v['stdin-filename'] !== undefined && !v.stdin) {
    throw new CliUsageError('--stdin-filename is only used with --stdin.', HELP_HINT);
  }
  if (v.stdin) {
    if (v['stdin-filename'] === undefined || v['stdin-filename'] === '') {
      throw new CliUsageError(
        '--stdin needs --stdin-filename.',
        'The name decides how the text is read, e.g. --stdin-filename deploy/app.yaml or Dockerfile.',
      );
    }
    if (p.positionals.length > 0) {
      throw new CliUsageError('Paths cannot be given with --stdin.', 'Lint either standard input or paths.');
    }
  }
  if (v['cache-location'] !== undefined && !v.cache) {
    throw new CliUsageError('--cache-location is only used with --cache.', HELP_HINT);
  }
  if (v['cache-location'] === '') throw new CliUsageError('--cache-location needs a file or directory.', HELP_HINT);
  const s: Settings = {
    format,
    reports,
    maxWarnings,
    threshold,
    quiet: v.quiet ?? false,
    noConfig: v['no-config'] ?? false,
    ruleSeverities,
    paths: p.positionals,
    fix: v['fix-dry-run'] ? 'dry-run' : v.fix ? 'write' : 'none',
    cache: v.cache ?? false,
  };
  if (v.fix && v['fix-dry-run']) throw new CliUsageError('--fix and --fix-dry-run cannot be used together.', HELP_HINT);
  if (v.all && !v['print-targets']) throw new CliUsageError('--all only applies to --print-targets.', HELP_HINT);
  if (v['print-targets']) {
    const other = ['fix', 'fix-dry-run', 'output-file', 'report', 'list-rules'].find((k) => v[k as keyof typeof v] !== undefined);
    if (other) throw new CliUsageError(`--print-targets cannot be used with --${other}.`, HELP_HINT);
    if (format !== 'stylish' && format !== 'json') {
      throw new CliUsageError(`--print-targets prints text or JSON, not ${format}.`, 'Use --format json, or no --format.');
    }
  }
  if (v.fix && v.stdin) throw new CliUsageError('--fix cannot write to standard input.', 'Use --fix-dry-run with --stdin to see the fixes as a diff.');
  if (v['output-file'] !== undefined) s.outputFile = v['output-file'];
  if (v['cache-location'] !== undefined) s.cacheLocation = v['cache-location'];
  if (v.config !== undefined) s.configFile = v.config;
  if (v.stdin) s.stdinFilename = v['stdin-filename']!;
  return s;
}

async function ruleList(opts: MainOptions): Promise<Rule[]> {
  if (opts.rules) return opts.rules;
  return (await import('../../rules/index.ts')).allRules;
}

/** Every rule meta: the rules in documentation order, then the built-in ids (de-duplicated by id). */
async function allMetas(opts: MainOptions): Promise<RuleMeta[]> {
  const { builtinRuleMetas } = await import('../engine/builtin-rules.ts');
  const out: RuleMeta[] = [];
  const seen = new Set<string>();
  for (const m of [...(await ruleList(opts)).map((r) => r.meta), ...builtinRuleMetas]) {
    if (seen.has(m.id)) continue;
    seen.add(m.id);
    out.push(m);
  }
  return out;
}

async function listRules(metas: RuleMeta[], format: string): Promise<string> {
  if (format === 'json') {
    const { DOCS_BASE } = await import('../engine/types.ts');
    return JSON.stringify(metas.map((m) => ({ ...m, docs: `${DOCS_BASE}${m.id}.md` })), null, 2) + '\n';
  }
  const rows = [['RULE', 'SEVERITY', 'FIX', 'DESCRIPTION'], ...metas.map((m) => [m.id, m.defaultSeverity, m.fixable ? 'yes' : '', m.description])];
  const widths = [0, 1, 2].map((i) => Math.max(...rows.map((r) => r[i]!.length)));
  return rows.map((r) => r.map((c, i) => (i < 3 ? c.padEnd(widths[i]!) : c)).join('  ').trimEnd()).join('\n') + '\n';
}

const RANK: Record<Severity, number> = { info: 0, warning: 1, error: 2 };

/** The exit code for a set of (already --quiet-filtered) diagnostics. */
export function exitCode(diagnostics: Diagnostic[], threshold: Threshold, maxWarnings: number): number {
  if (diagnostics.some((d) => d.ruleId === 'internal-error')) return EXIT_INTERNAL;
  if (threshold !== 'none' && diagnostics.some((d) => RANK[d.severity] >= RANK[threshold])) return EXIT_FINDINGS;
  if (maxWarnings >= 0 && diagnostics.filter((d) => d.severity === 'warning').length > maxWarnings) return EXIT_FINDINGS;
  return EXIT_OK;
}

/**
 * Where --cache keeps its file: --cache-location (a directory when it ends with a separator or is one), else the
 * first cache directory that can be written. One file per working directory: the cached ranges name paths
 * relative to it. Undefined (with a note) when this build cannot tell a cache of its own from another's.
 */
function parseCacheOptions(s: Settings, io: CliIO): { locations: string[]; version: string } | undefined {
  const setup = io.parseCache?.();
  if (!setup) {
    io.stderr(`${NAME}: --cache is not available in this build (it has no build hash); linting without it.\n`);
    return undefined;
  }
  const name = `parse-${shortHash(io.cwd)}.cache`;
  if (s.cacheLocation !== undefined) {
    const abs = resolve(io.cwd, s.cacheLocation);
    const dir = s.cacheLocation.endsWith('/') || s.cacheLocation.endsWith(sep) || isDirectory(abs);
    return { locations: [dir ? join(abs, name) : abs], version: setup.version };
  }
  if (setup.dirs.length === 0) {
    io.stderr(`${NAME}: --cache: OTEL_TARGET_LINT_CACHE_DIR is off and no --cache-location is given; linting without a cache.\n`);
    return undefined;
  }
  return { locations: setup.dirs.map((d) => join(d, name)), version: setup.version };
}

function isDirectory(p: string): boolean {
  try {
    return statSync(p).isDirectory();
  } catch {
    return false;
  }
}

function usage(io: CliIO, message: string, hint?: string): number {
  io.stderr(`${NAME}: ${message}\n${hint ? `${hint}\n` : ''}`);
  return EXIT_USAGE;
}

export async function main(argv: string[], io: CliIO, opts: MainOptions = {}): Promise<number> {
  try {
    const parsed = parse(argv);
    if (parsed.values.help) {
      io.stdout(HELP);
      return EXIT_OK;
    }
    if (parsed.values.version) {
      io.stdout(`${VERSION}\n`);
      return EXIT_OK;
    }
    const s = await settings(parsed, async () => (await allMetas(opts)).map((m) => m.id));
    const color = terminalColor(parsed.values, io.env, io.isTTY);
    const { loadFormatter } = await import('../formatters/index.ts');

    if (parsed.values['list-rules']) {
      io.stdout(await listRules(await allMetas(opts), s.format));
      return EXIT_OK;
    }

    let stdin: { text: string; filename: string } | undefined;
    if (s.stdinFilename !== undefined) {
      if (!io.readStdin) return usage(io, 'Standard input cannot be read here.');
      stdin = { text: await io.readStdin(), filename: s.stdinFilename };
    }

    const cache = s.cache ? parseCacheOptions(s, io) : undefined;
    const { lint, UsageError } = await import('../lint.ts');
    const rules = await ruleList(opts);
    const run = () =>
      lint({
        cwd: io.cwd,
        paths: s.paths,
        noConfig: s.noConfig,
        ruleSeverities: s.ruleSeverities,
        rules,
        ...(s.configFile !== undefined ? { configFile: s.configFile } : {}),
        ...(stdin ? { stdin } : {}),
        ...(cache ? { cache } : {}),
      });
    let result;
    try {
      result = await run();
    } catch (err) {
      if (err instanceof UsageError) return usage(io, err.message, err.hint);
      throw err;
    }

    if (parsed.values['print-targets']) {
      const { targetReport } = await import('../engine/targets.ts');
      const { targetsJson, targetsText } = await import('../formatters/targets.ts');
      const requested = result.requested;
      const { rebaseTargets } = await import('../engine/rebase.ts');
      const entries = rebaseTargets(result.toCwd, targetReport(result.model, (p) => requested.has(p)));
      const all = parsed.values.all ?? false;
      io.stdout(s.format === 'json' ? targetsJson(entries, VERSION, { all }) : targetsText(entries, { all, ...(color ? { bold: (t: string) => `\x1b[1m${t}\x1b[22m` } : {}) }));
      return EXIT_OK;
    }

    let remaining = result.diagnostics;
    if (s.fix !== 'none') {
      const { fixFiles, unparseableFiles } = await import('../fix/index.ts');
      // Never edit a file the parsers could not read completely.
      const unparseable = new Set([
        ...unparseableFiles(result.model.problems),
        ...result.diagnostics.filter((d) => d.ruleId === 'parse-error').map((d) => d.range.file),
      ]);
      // Run from inside the repository, the diff names files from its root, as git apply reads them there.
      const { rebaser, relativeDir } = await import('../engine/rebase.ts');
      const up = relativeDir(result.base, io.cwd);
      const toRoot = up === '..' || up.startsWith('../') || isAbsolute(up) ? undefined : rebaser(io.cwd, result.base);
      const fx = await fixFiles(result.diagnostics, result.files, { cwd: io.cwd, dryRun: s.fix === 'dry-run', unparseable, ...(toRoot ? { diffPath: toRoot } : {}) });
      for (const k of fx.skipped) io.stderr(`${NAME}: fix not applied in ${k.file}${k.line ? `:${k.line}` : ''}${k.ruleId ? ` [${k.ruleId}]` : ''}: ${k.reason}\n`);
      if (s.fix === 'dry-run') {
        if (fx.diff !== '') io.stdout(fx.diff);
        remaining = fx.remaining;
      } else if (fx.changed.length > 0) {
        // Positions in the changed files have moved: lint again, which also shows the fixes hold.
        result = await run();
        remaining = result.diagnostics;
      }
    }

    const diagnostics = s.quiet ? remaining.filter((d) => d.severity === 'error') : remaining;
    const base: Omit<FormatContext, 'color'> = {
      cwd: io.cwd,
      files: result.files,
      rules: await allMetas(opts),
      version: VERSION,
    };

    // Report files first (uncoloured), then the terminal.
    const toFiles = [...(s.outputFile !== undefined ? [{ format: s.format, file: s.outputFile }] : []), ...s.reports];
    for (const r of toFiles) {
      const text = (await loadFormatter(r.format))!(diagnostics, { ...base, color: false });
      const abs = resolve(io.cwd, r.file);
      try {
        // Synchronous: node:fs/promises (and the readline and stream modules it loads) would cost every run ~2 ms
        // of start-up for the few that write a report file.
        mkdirSync(dirname(abs), { recursive: true });
        writeFileSync(abs, text);
      } catch (err) {
        const e = err as NodeJS.ErrnoException;
        return usage(io, `Cannot write the ${r.format} report to ${r.file}: ${e.code ?? e.message}.`);
      }
    }
    const terminalFormat = s.outputFile !== undefined ? 'stylish' : s.format;
    const out = (await loadFormatter(terminalFormat))!(diagnostics, { ...base, color });
    if (out !== '') io.stdout(out);

    const code = exitCode(diagnostics, s.threshold, s.maxWarnings);
    const warnings = diagnostics.filter((d) => d.severity === 'warning').length;
    if (s.maxWarnings >= 0 && warnings > s.maxWarnings) {
      io.stderr(`${NAME}: too many warnings (${warnings}; --max-warnings is ${s.maxWarnings}).\n`);
    }
    return code;
  } catch (err) {
    if (err instanceof CliUsageError) return usage(io, err.message, err.hint);
    const text = err instanceof Error ? (err.stack ?? err.message) : String(err);
    io.stderr(`${NAME}: internal error: ${text}\nThis is a bug in ${NAME}: please report it.\n`);
    return EXIT_INTERNAL;
  }
}
