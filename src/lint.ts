// The pipeline: discover files -> load them -> config -> link into a ProjectModel -> run rules -> diagnostics.

import type { Dirent } from 'node:fs';
import { join, resolve } from 'node:path';
import { CONFIG_NAMES } from './discover/classify.ts';
import { UsageError } from './discover/errors.ts';
import { FsRepo } from './discover/repo.ts';
import { discover, matchIgnored } from './discover/walk.ts';
import { repositoryName } from './discover/repo-name.ts';
import { parseErrorMeta } from './engine/builtin-rules.ts';
import { rebaseDiagnostics, rebaseFiles, rebaser } from './engine/rebase.ts';
import type { Rebase } from './engine/rebase.ts';
import { runRules } from './engine/run.ts';
import type { Diagnostic, Rule, Severity } from './engine/types.ts';
import { buildModel } from './link/model.ts';
import type { ProjectModel } from './model/project.ts';
import type { SourceFile } from './model/source.ts';
import type { LintConfig } from './model/workload.ts';
import { DEFAULT_CONFIG, parseConfig } from './parsers/config.ts';
import { allRules } from '../rules/index.ts';
import type { ParseCacheOptions, ParseCacheStats } from './cache/parse-cache.ts';

export { UsageError };

export interface LintOptions {
  /** Absolute working directory. */
  cwd: string;
  /** Files or directories to lint, relative to cwd or absolute; default ['.']. */
  paths: string[];
  /** Explicit config file; default: .otel-target-lint.yaml at the repository root. */
  configFile?: string;
  /** Use no config file at all (defaults only). */
  noConfig?: boolean;
  /** Severity overrides applied over the config file's (the CLI's --rule id=severity). */
  ruleSeverities?: Map<string, Severity | 'off'>;
  /** The rules to run; default: every rule (rules/index.ts). Tests inject their own. */
  rules?: Rule[];
  /** Lint text from standard input as if it were this file. */
  stdin?: { text: string; filename: string };
  /**
   * Link and check every workload of the repository even when only some files are linted (by default only those
   * whose findings can land in the linted files are: src/link/scope.ts). The report is the same; tests compare.
   */
  linkEverything?: boolean;
  /**
   * Keep parser results between runs in a file (`--cache`): a file whose text has not changed is not parsed again.
   * The report is the same with and without it.
   */
  cache?: Omit<ParseCacheOptions, 'base'>;
}

export interface LintResult {
  /**
   * After severities, suppressions and the requested-files filter; sorted by file, line, column. Locations are
   * relative to the working directory; paths inside messages are relative to `base`.
   */
  diagnostics: Diagnostic[];
  /** Every file read (candidates, and files inference loaded), by path relative to the working directory. */
  files: Map<string, SourceFile>;
  /** Paths relative to `base`. */
  model: ProjectModel;
  /** Absolute repository root. */
  root: string;
  /**
   * The absolute directory the model's paths are relative to: the repository root (or the directory holding every
   * linted tree), whatever the working directory (Discovery.base).
   */
  base: string;
  /** base-relative paths to paths relative to the working directory; undefined when the two are one directory. */
  toCwd: Rebase | undefined;
  /** base-relative paths whose findings are reported. */
  requested: Set<string>;
  /** The effective config (file, then --rule overrides). */
  config: LintConfig;
  /** With `cache`: how many parser results it gave, how many were parsed, and where it was written. */
  cache?: ParseCacheStats;
}

function copyConfig(c: LintConfig): LintConfig {
  const out: LintConfig = {
    rules: new Map(c.rules),
    ignore: [...c.ignore],
    images: [...c.images],
    problems: [...c.problems],
  };
  if (c.file !== undefined) out.file = c.file;
  return out;
}

/**
 * Lints a repository (or some files of it, the rest read as context).
 * Throws UsageError for a missing path or --config file; any other exception is an internal failure.
 */
export async function lint(opts: LintOptions): Promise<LintResult> {
  const { cwd } = opts;
  const listed: [string, Dirent[]][] = [];
  const found = await discover({
    cwd,
    paths: opts.paths,
    ...(opts.stdin ? { stdinFilename: opts.stdin.filename } : {}),
    onDir: (absDir, entries) => void listed.push([absDir, entries]),
  });
  // Every path from here on is relative to the base (the repository root), not to the working directory.
  const { base } = found;
  const repo = new FsRepo({ cwd: base });
  for (const [absDir, entries] of listed) repo.recordDir(absDir, entries);

  // The config file: --config, else the first config name at the repository root.
  let configPath: string | undefined;
  if (!opts.noConfig) {
    if (opts.configFile !== undefined) {
      configPath = repo.rel(resolve(cwd, opts.configFile));
      if (repo.stat(configPath) !== 'file') {
        throw new UsageError(`Config file not found: ${opts.configFile}`, 'Check the --config path, or use --no-config.');
      }
    } else {
      configPath = CONFIG_NAMES.map((n) => repo.rel(join(found.root, n))).find((p) => repo.stat(p) === 'file');
    }
  }
  const configFile = configPath !== undefined ? repo.load(configPath, 'config') : undefined;
  const config = copyConfig(configFile ? parseConfig(configFile) : DEFAULT_CONFIG);
  for (const [id, sev] of opts.ruleSeverities ?? []) config.rules.set(id, sev);

  // What is reported: the requested paths minus the config's ignore patterns; the config file itself always.
  const ignored = await matchIgnored(config.ignore, base);
  const requested = new Set([...found.requested].filter((p) => !ignored.has(p)));
  if (configPath !== undefined) requested.add(configPath);
  // A file read only because another names it (a kustomize env file, an entrypoint script of another name) is
  // reported on when it lies in a requested directory, like the files found there.
  const discovered = new Set(found.files.map((f) => f.path));
  const isRequested = (p: string) => requested.has(p) || (!discovered.has(p) && !ignored.has(p) && found.inRequestedDir(p));
  repo.setRequested(isRequested);
  // Some files of the repository are linted, the rest read as context: link only what can report into those.
  const partial = found.files.some((f) => !requested.has(f.path));
  const scope = !opts.linkEverything && partial ? { has: isRequested, files: requested, dirs: found.requestedDirs } : undefined;
  if (configFile) configFile.requested = true;

  const stdinPath = opts.stdin ? repo.rel(resolve(cwd, opts.stdin.filename)) : undefined;
  for (const f of found.files) {
    if (f.path === stdinPath || f.path === configPath) continue;
    // Read on first use: most TypeScript is application code, and an env file matters only to a compose file.
    if (f.kind === 'typescript' || f.kind === 'dotenv') repo.lazy(f.path, f.kind);
    else repo.load(f.path, f.kind);
  }
  if (opts.stdin && stdinPath !== undefined) {
    const text = opts.stdin.text.charCodeAt(0) === 0xfeff ? opts.stdin.text.slice(1) : opts.stdin.text;
    repo.provide(stdinPath, text);
  }

  const files = [...repo.files.values()].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  // Loaded only with --cache: node:crypto is not needed otherwise.
  const cache = opts.cache ? new (await import('./cache/parse-cache.ts')).ParseCache({ ...opts.cache, base }) : undefined;
  const repoName = base === found.root ? repositoryName(found.root) : undefined;
  const model = await buildModel({ cwd: base, files, repo, config, ...(scope ? { scope } : {}), ...(cache ? { memo: cache } : {}), ...(repoName ? { repoName } : {}) });
  for (const f of repo.files.values()) if (f.requested) requested.add(f.path);

  // I/O problems (including those met while the model was built) and the config file's own problems (the model
  // does not parse the config) go through the same pipeline as rule findings. A config problem is mapped the way
  // the parse-error rule maps parse problems, so if the model ever reports it too, the copies are merged.
  const extra: Diagnostic[] = [
    ...repo.problems.map((p) => ({ ruleId: parseErrorMeta.id, severity: p.severity, message: p.message, range: p.range, related: [] })),
    ...config.problems.map((p) => ({
      ruleId: parseErrorMeta.id,
      severity: p.severity === 'partial' ? ('warning' as const) : p.severity,
      message: p.message,
      range: p.range,
      related: [],
    })),
  ];
  // A finding elsewhere that a linted file proves (its related locations) is reported too, unless the whole
  // repository is linted anyway; not for the config file, which is always reported on for its own problems.
  const proves = partial ? (p: string) => p !== configPath && requested.has(p) : undefined;
  const diagnostics = runRules(model, opts.rules ?? allRules, { requested, config, extra, ...(proves ? { proves } : {}) });
  // Entries of files this run did not read are kept while the file exists: a scoped run reads only what it needs, and
  // files read on demand (a supervisord.conf, an extensionless run script) are not among the discovered ones.
  cache?.save((p) => repo.files.has(p) || repo.stat(p) === 'file');
  const toCwd = rebaser(base, cwd);
  return {
    diagnostics: rebaseDiagnostics(toCwd, diagnostics),
    files: rebaseFiles(toCwd, repo.files),
    model,
    root: found.root,
    base,
    toCwd,
    requested,
    config,
    ...(cache ? { cache: cache.stats } : {}),
  };
}
