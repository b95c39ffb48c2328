// The GitHub Action (action.yml, bundled to dist/action.js): lints, annotates, summarises, sets outputs.
//
// Inputs (INPUT_* variables): paths (one per line, default `.`), format (the step log: stylish, json, gcc, sarif
// or github; default stylish), failure-threshold (error, warning, info or none; default error), config,
// sarif-file, working-directory (default `.`). Outputs: errors, warnings, infos, sarif-file.
//
// Annotations come from `::error file=…` workflow commands, not from the bundled problem matcher: commands carry
// end positions and the rule as title, and their paths can be made relative to the repository (a matcher would
// resolve the working-directory-relative paths the log prints against the workspace root). With format `github`
// the log is those commands, so they are printed once. Paths relative to the workspace: `working-directory`,
// `sarif-file`; relative to the working directory: `paths`, `config`.
//
// Exit code: 0, or 1 when a finding is at or above the threshold, 2 for bad inputs, 3 for an internal failure.

import { existsSync, mkdirSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Diagnostic, RuleMeta } from '../engine/types.ts';
import type { FormatContext, Formatter } from '../formatters/types.ts';
import type { LintOptions } from '../lint.ts';
import type { SourceFile } from '../model/source.ts';
import { relativeDir, rebaseDiagnostics, rebaseFiles, rebaser } from '../engine/rebase.ts';
import { appendSummary, command, getInput, getMultilineInput, setOutput, type Runner } from './runner.ts';
import { summaryMarkdown } from './summary.ts';

export const FORMATS = ['stylish', 'json', 'gcc', 'sarif', 'github'] as const;
export const THRESHOLDS = ['error', 'warning', 'info', 'none'] as const;
export type Threshold = (typeof THRESHOLDS)[number];

/** What the action needs from the linter; the defaults load the real one, tests can pass their own. */
export interface ActionDeps {
  lint(opts: LintOptions): Promise<{ diagnostics: Diagnostic[]; files: Map<string, SourceFile>; requested?: Set<string> }>;
  /** Every rule the linter knows (SARIF lists them all). */
  rules(): Promise<RuleMeta[]>;
  formatter(name: string): Promise<Formatter | undefined>;
  version: string;
  /** Is this error a usage error (a missing path or config file)? */
  isUsageError(err: unknown): boolean;
}

export async function defaultDeps(): Promise<ActionDeps> {
  const [{ lint, UsageError }, { allRules }, { builtinRuleMetas }, { loadFormatter }, { VERSION }] = await Promise.all([
    import('../lint.ts'),
    import('../../rules/index.ts'),
    import('../engine/builtin-rules.ts'),
    import('../formatters/index.ts'),
    import('../version.ts'),
  ]);
  return {
    lint,
    rules: async () => {
      const seen = new Set<string>();
      return [...allRules.map((r) => r.meta), ...builtinRuleMetas].filter((m) => !seen.has(m.id) && !!seen.add(m.id));
    },
    formatter: loadFormatter,
    version: VERSION,
    isUsageError: (err) => err instanceof UsageError,
  };
}

const RANK = { info: 0, warning: 1, error: 2 } as const;

/** 1 when a finding is at or above the threshold ('none': never), else 0; 3 when a rule crashed. */
export function actionExitCode(diagnostics: Diagnostic[], threshold: Threshold): number {
  if (diagnostics.some((d) => d.ruleId === 'internal-error')) return 3;
  if (threshold === 'none') return 0;
  return diagnostics.some((d) => RANK[d.severity] >= RANK[threshold]) ? 1 : 0;
}

export interface ActionIO {
  stdout: (s: string) => void;
  /** The process's working directory (the runner starts actions in the workspace). */
  cwd: string;
}

export async function runAction(env: NodeJS.ProcessEnv, io: ActionIO, deps?: ActionDeps): Promise<number> {
  const runner: Runner = { env, stdout: io.stdout };
  const fail = (code: number, message: string) => {
    io.stdout(command('error', message));
    return code;
  };

  const format = getInput(env, 'format') || 'stylish';
  if (!(FORMATS as readonly string[]).includes(format)) {
    return fail(2, `otel-target-lint: invalid input format '${format}' (use one of ${FORMATS.join(', ')})`);
  }
  const threshold = (getInput(env, 'failure-threshold') || 'error') as Threshold;
  if (!THRESHOLDS.includes(threshold)) {
    return fail(2, `otel-target-lint: invalid input failure-threshold '${threshold}' (use one of ${THRESHOLDS.join(', ')})`);
  }
  const workspace = path.resolve(io.cwd, env.GITHUB_WORKSPACE || '.');
  const cwd = path.resolve(workspace, getInput(env, 'working-directory') || '.');
  if (!existsSync(cwd) || !statSync(cwd).isDirectory()) {
    return fail(2, `otel-target-lint: working-directory '${getInput(env, 'working-directory')}' is not a directory`);
  }
  const paths = getMultilineInput(env, 'paths');
  const config = getInput(env, 'config');
  const sarifInput = getInput(env, 'sarif-file');

  let result: Awaited<ReturnType<ActionDeps['lint']>>;
  let rules: RuleMeta[];
  try {
    deps ??= await defaultDeps();
    rules = await deps.rules();
    result = await deps.lint({ cwd, paths: paths.length > 0 ? paths : ['.'], ...(config ? { configFile: config } : {}) });
  } catch (err) {
    if (deps?.isUsageError(err)) {
      const hint = (err as { hint?: string }).hint;
      return fail(2, `otel-target-lint: ${(err as Error).message}${hint ? `\n${hint}` : ''}`);
    }
    return fail(3, `otel-target-lint: internal error: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
  }

  // Everything shown from here on names files relative to the repository.
  const toWorkspace = rebaser(cwd, workspace);
  const diagnostics = rebaseDiagnostics(toWorkspace, result.diagnostics);
  const ctx: FormatContext = {
    cwd: workspace,
    files: rebaseFiles(toWorkspace, result.files),
    rules,
    color: !env.NO_COLOR,
    version: deps.version,
  };

  const log = await deps.formatter(format);
  io.stdout(log!(diagnostics, ctx));
  if (format !== 'github') {
    const annotations = await deps.formatter('github');
    io.stdout(annotations!(diagnostics, { ...ctx, color: false }));
  }

  let sarifPath = '';
  if (sarifInput) {
    sarifPath = path.resolve(workspace, sarifInput);
    try {
      mkdirSync(path.dirname(sarifPath), { recursive: true });
      const sarif = await deps.formatter('sarif');
      writeFileSync(sarifPath, sarif!(diagnostics, { ...ctx, color: false }));
    } catch (err) {
      return fail(2, `otel-target-lint: cannot write sarif-file '${sarifInput}': ${(err as Error).message}`);
    }
  }

  const code = actionExitCode(diagnostics, threshold);
  const errors = diagnostics.filter((d) => d.severity === 'error').length;
  const warnings = diagnostics.filter((d) => d.severity === 'warning').length;
  const infos = diagnostics.filter((d) => d.severity === 'info').length;

  const blob =
    env.GITHUB_SERVER_URL && env.GITHUB_REPOSITORY && env.GITHUB_SHA
      ? { server: env.GITHUB_SERVER_URL, repository: env.GITHUB_REPOSITORY, sha: env.GITHUB_SHA }
      : undefined;
  appendSummary(
    runner,
    summaryMarkdown({
      diagnostics,
      threshold,
      failed: code !== 0,
      ...(result.requested ? { filesChecked: result.requested.size } : {}),
      ...(blob ? { blob } : {}),
      ...(sarifPath ? { sarifFile: relativeDir(workspace, sarifPath) } : {}),
    }),
  );

  setOutput(runner, 'errors', String(errors));
  setOutput(runner, 'warnings', String(warnings));
  setOutput(runner, 'infos', String(infos));
  setOutput(runner, 'sarif-file', sarifPath);

  io.stdout(
    `otel-target-lint: ${errors} error(s), ${warnings} warning(s), ${infos} info(s); failure threshold ${threshold}: ` +
      `${code === 0 ? 'passed' : 'failed'}\n`,
  );
  return code;
}
