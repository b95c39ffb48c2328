// The GitHub Action: runner conventions, the job summary, and whole runs the way the runner starts the action
// (INPUT_* variables, GITHUB_WORKSPACE, GITHUB_OUTPUT and GITHUB_STEP_SUMMARY pointing at files).
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { spawnSync } from 'node:child_process';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parse } from 'yaml';
import { actionExitCode, runAction, THRESHOLDS, type ActionDeps } from '../../src/action/main.ts';
import { rebaser, relativeDir } from '../../src/engine/rebase.ts';
import { fileCommandEntry, getInput, getMultilineInput } from '../../src/action/runner.ts';
import { cell, SUMMARY_HEADER, summaryMarkdown } from '../../src/action/summary.ts';
import type { Diagnostic, RuleMeta } from '../../src/engine/types.ts';
import { loadFormatter } from '../../src/formatters/index.ts';
import { LineIndex, type SourceFile } from '../../src/model/source.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const DOCS = 'https://github.com/otel-target-lint/otel-target-lint/blob/main/rules/';

test('action.yml: node24 running dist/action.js; the inputs and outputs main.ts reads and writes', async () => {
  const meta = parse(await fs.readFile(path.join(ROOT, 'action.yml'), 'utf8'));
  assert.equal(meta.runs, { using: 'node24', main: 'dist/action.js' });
  assert.equal(Object.keys(meta.inputs), ['paths', 'format', 'failure-threshold', 'config', 'sarif-file', 'working-directory']);
  assert.equal(
    Object.fromEntries(Object.entries(meta.inputs as Record<string, { default: string }>).map(([k, v]) => [k, v.default])),
    { paths: '.', format: 'stylish', 'failure-threshold': 'error', config: '', 'sarif-file': '', 'working-directory': '.' },
  );
  assert.equal(Object.keys(meta.outputs), ['errors', 'warnings', 'infos', 'sarif-file']);
});

test('inputs: INPUT_ + upper case, spaces to _, hyphens kept, trimmed; multi-line lists', () => {
  const env = { 'INPUT_FAILURE-THRESHOLD': ' warning \n', 'INPUT_MY_INPUT': 'x', INPUT_PATHS: 'k8s\n\n  deploy/app.yaml \r\n' };
  assert.is(getInput(env, 'failure-threshold'), 'warning');
  assert.is(getInput(env, 'my input'), 'x');
  assert.is(getInput(env, 'config'), '');
  assert.equal(getMultilineInput(env, 'paths'), ['k8s', 'deploy/app.yaml']);
});

test('outputs: name=value, or the heredoc form with a delimiter for multi-line values', () => {
  assert.is(fileCommandEntry('errors', '3'), 'errors=3\n');
  assert.is(fileCommandEntry('list', 'a\nb', 'EOF_1'), 'list<<EOF_1\na\nb\nEOF_1\n');
  assert.match(fileCommandEntry('list', 'a\r\nb'), /^list<<ghadelimiter_[0-9a-f-]{36}\na\r\nb\nghadelimiter_[0-9a-f-]{36}\n$/);
  assert.throws(() => fileCommandEntry('x', 'a\nEOF_1', 'EOF_1'), /delimiter/);
});

test('paths: working-directory-relative to repository-relative, and back', () => {
  assert.is(relativeDir('/ws', '/ws'), '');
  assert.is(relativeDir('/ws', '/ws/svc/api'), 'svc/api');
  assert.is(rebaser('/ws', '/ws'), undefined);
  const toWs = rebaser('/ws/svc', '/ws')!;
  assert.is(toWs('k8s/a.yaml'), 'svc/k8s/a.yaml');
  assert.is(toWs('../shared/Dockerfile'), 'shared/Dockerfile');
  assert.is(toWs(''), '');
  assert.is(toWs('.'), 'svc');
  // From the repository root to a directory in it (lint() run from svc/api): paths above it start with ../.
  const toSub = rebaser('/ws', '/ws/svc/api')!;
  assert.is(toSub('svc/api/k8s/a.yaml'), 'k8s/a.yaml');
  assert.is(toSub('svc/shared/Dockerfile'), '../shared/Dockerfile');
  assert.is(toSub('Dockerfile'), '../../Dockerfile');
  assert.is(toSub('svc/api'), '.');
});

test('exit code by failure threshold', () => {
  const d = (severity: Diagnostic['severity'], ruleId = 'r'): Diagnostic => ({
    ruleId,
    severity,
    message: 'm',
    range: { file: 'f', line: 1, column: 1, endLine: 1, endColumn: 1, start: 0, end: 0 },
    related: [],
  });
  const table: [Diagnostic[], number[]][] = [
    // thresholds:   error warning info none
    [[], [0, 0, 0, 0]],
    [[d('info')], [0, 0, 1, 0]],
    [[d('warning')], [0, 1, 1, 0]],
    [[d('error'), d('info')], [1, 1, 1, 0]],
    [[d('error', 'internal-error')], [3, 3, 3, 3]],
  ];
  for (const [diags, codes] of table) {
    assert.equal(THRESHOLDS.map((t) => actionExitCode(diags, t)), codes, JSON.stringify(diags.map((x) => x.severity)));
  }
});

test('summary cells escape HTML, pipes and line breaks', () => {
  assert.is(cell('a|b <x> & c\r\nd'), 'a\\|b &lt;x&gt; &amp; c<br>d');
});

// ---- whole runs ----------------------------------------------------------------------------------------------

const RULES: RuleMeta[] = [
  { id: 'target-exe-mismatch', description: 'The target is not the binary the app runs', defaultSeverity: 'error', fixable: true, category: 'target' },
  { id: 'target-exe-wrapper', description: 'The target is a wrapper', defaultSeverity: 'warning', fixable: false, category: 'target' },
];

const DEPLOY = 'spec:\n  containers:\n    - name: agent\n      env:\n        - name: OTEL_GO_AUTO_TARGET_EXE\n          value: /server\n';
const DOCKERFILE = 'FROM scratch\nCOPY server /app/server\nENTRYPOINT ["/app/server"]\n';

async function workspace(): Promise<{ ws: string; out: string; summary: string }> {
  const ws = await fs.mkdtemp(path.join(os.tmpdir(), 'otl-action-'));
  await fs.mkdir(path.join(ws, 'svc/k8s'), { recursive: true });
  await fs.writeFile(path.join(ws, 'svc/k8s/deploy.yaml'), DEPLOY);
  await fs.writeFile(path.join(ws, 'svc/Dockerfile'), DOCKERFILE);
  const out = path.join(ws, '..', `${path.basename(ws)}-output`);
  const summary = path.join(ws, '..', `${path.basename(ws)}-summary`);
  await fs.writeFile(out, 'earlier=kept\n');
  await fs.writeFile(summary, '');
  return { ws, out, summary };
}

/** A stand-in linter: reads the files from the working directory it is given, reports fixed findings. */
function fakeDeps(calls: unknown[], severities: Diagnostic['severity'][] = ['error', 'warning']): ActionDeps {
  return {
    version: '9.9.9',
    rules: async () => RULES,
    formatter: loadFormatter,
    isUsageError: (err) => err instanceof Error && err.name === 'UsageError',
    lint: async (opts) => {
      calls.push(opts);
      if (opts.paths.includes('missing')) throw Object.assign(new Error('Path not found: missing'), { name: 'UsageError', hint: 'Check the paths.' });
      const load = async (p: string): Promise<SourceFile> => {
        const text = await fs.readFile(path.join(opts.cwd, p), 'utf8');
        return { path: p, absPath: path.join(opts.cwd, p), text, kind: 'yaml', requested: true, lines: new LineIndex(text) };
      };
      const deploy = await load('k8s/deploy.yaml');
      const docker = await load('Dockerfile');
      const at = (f: SourceFile, needle: string) => f.lines.range(f.path, f.text.indexOf(needle), f.text.indexOf(needle) + needle.length);
      const diagnostics: Diagnostic[] = [
        {
          ruleId: 'target-exe-mismatch',
          severity: severities[0]!,
          message: 'OTEL_GO_AUTO_TARGET_EXE is "/server" | the app runs /app/server',
          range: at(deploy, '/server'),
          related: [{ range: at(docker, '["/app/server"]'), message: 'ENTRYPOINT starts /app/server' }],
          fix: { description: 'Set it to "/app/server"', edits: [{ range: at(deploy, '/server'), text: '/app/server' }] },
        },
        {
          ruleId: 'target-exe-wrapper',
          severity: severities[1]!,
          message: 'wrapper',
          range: at(docker, 'ENTRYPOINT'),
          related: [],
        },
      ];
      return { diagnostics, files: new Map([deploy, docker].map((f) => [f.path, f])), requested: new Set(['k8s/deploy.yaml', 'Dockerfile']) };
    },
  };
}

function runnerEnv(ws: string, out: string, summary: string, inputs: Record<string, string>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {
    GITHUB_WORKSPACE: ws,
    GITHUB_OUTPUT: out,
    GITHUB_STEP_SUMMARY: summary,
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_REPOSITORY: 'acme/shop',
    GITHUB_SHA: 'abc123',
    NO_COLOR: '1',
  };
  // As the runner sets them: every declared input, with the defaults from action.yml.
  const defaults: Record<string, string> = { paths: '.', format: 'stylish', 'failure-threshold': 'error', config: '', 'sarif-file': '', 'working-directory': '.' };
  for (const [k, v] of Object.entries({ ...defaults, ...inputs })) env[`INPUT_${k.toUpperCase()}`] = v;
  return env;
}

test('a run in a working directory: annotations, SARIF, summary, outputs and exit code, paths repository-relative', async () => {
  const { ws, out, summary } = await workspace();
  const calls: unknown[] = [];
  let stdout = '';
  const code = await runAction(
    runnerEnv(ws, out, summary, { 'working-directory': 'svc', paths: 'k8s\nDockerfile', 'sarif-file': 'reports/otl.sarif', config: 'lint.yaml' }),
    { stdout: (s) => (stdout += s), cwd: '/' },
    fakeDeps(calls),
  );
  assert.is(code, 1);
  assert.equal(calls, [{ cwd: path.join(ws, 'svc'), paths: ['k8s', 'Dockerfile'], configFile: 'lint.yaml' }]);

  const lines = stdout.split('\n');
  // The stylish log names repository paths.
  assert.ok(lines.includes('svc/k8s/deploy.yaml:6:18: error: OTEL_GO_AUTO_TARGET_EXE is "/server" | the app runs /app/server [target-exe-mismatch]'), stdout);
  // One annotation per finding, after the log.
  assert.equal(
    lines.filter((l) => l.startsWith('::')),
    [
      '::error file=svc/k8s/deploy.yaml,line=6,col=18,endLine=6,endColumn=25,title=target-exe-mismatch::' +
        'OTEL_GO_AUTO_TARGET_EXE is "/server" | the app runs /app/server%0A' +
        '  svc/Dockerfile:3:12: ENTRYPOINT starts /app/server%0A' +
        'Fix (otel-target-lint --fix): Set it to "/app/server"%0A' +
        `Rule: ${DOCS}target-exe-mismatch.md`,
      `::warning file=svc/Dockerfile,line=3,col=1,endLine=3,endColumn=11,title=target-exe-wrapper::wrapper%0ARule: ${DOCS}target-exe-wrapper.md`,
    ],
  );
  assert.is(lines.at(-2), 'otel-target-lint: 1 error(s), 1 warning(s), 0 info(s); failure threshold error: failed');

  const sarifPath = path.join(ws, 'reports/otl.sarif');
  assert.is(
    await fs.readFile(out, 'utf8'),
    `earlier=kept\nerrors=1\nwarnings=1\ninfos=0\nsarif-file=${sarifPath}\n`,
  );

  const sarif = JSON.parse(await fs.readFile(sarifPath, 'utf8'));
  assert.is(sarif.runs[0].originalUriBaseIds['%SRCROOT%'].uri, pathToFileURL(ws).href + '/');
  assert.equal(sarif.runs[0].tool.driver.rules.map((r: RuleMeta) => r.id), ['target-exe-mismatch', 'target-exe-wrapper']);
  assert.is(sarif.runs[0].tool.driver.version, '9.9.9');
  assert.equal(
    sarif.runs[0].results.map((r: { locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }) => r.locations[0]!.physicalLocation.artifactLocation.uri),
    ['svc/k8s/deploy.yaml', 'svc/Dockerfile'],
  );
  assert.is(sarif.runs[0].results[0].locations[0].physicalLocation.region.snippet.text, '/server');

  assert.is(
    await fs.readFile(summary, 'utf8'),
    '### otel-target-lint\n\n' +
      ':x: **Failed**: findings at or above the failure threshold (`error`). 1 error, 1 warning, 0 infos in 2 files.\n\n' +
      SUMMARY_HEADER +
      '| :x: error | <a href="https://github.com/acme/shop/blob/abc123/svc/k8s/deploy.yaml#L6"><code>svc/k8s/deploy.yaml:6:18</code></a> | ' +
      `[\`target-exe-mismatch\`](${DOCS}target-exe-mismatch.md) | ` +
      'OTEL_GO_AUTO_TARGET_EXE is "/server" \\| the app runs /app/server<br>&#8627; svc/Dockerfile:3:12: ENTRYPOINT starts /app/server' +
      '<br>Fix: Set it to "/app/server" |\n' +
      '| :warning: warning | <a href="https://github.com/acme/shop/blob/abc123/svc/Dockerfile#L3"><code>svc/Dockerfile:3:1</code></a> | ' +
      `[\`target-exe-wrapper\`](${DOCS}target-exe-wrapper.md) | wrapper |\n\n` +
      'SARIF report: `reports/otl.sarif`\n\n',
  );
});

test('format github: the log is the annotations, printed once; a passing run', async () => {
  const { ws, out, summary } = await workspace();
  let stdout = '';
  const code = await runAction(
    runnerEnv(ws, out, summary, { 'working-directory': 'svc', format: 'github' }),
    { stdout: (s) => (stdout += s), cwd: ws },
    fakeDeps([], ['warning', 'info']),
  );
  assert.is(code, 0);
  assert.equal(
    stdout.split('\n').filter((l) => l.startsWith('::')).map((l) => l.slice(0, l.indexOf(' '))),
    ['::warning', '::notice'],
  );
  assert.is(await fs.readFile(out, 'utf8'), 'earlier=kept\nerrors=0\nwarnings=1\ninfos=1\nsarif-file=\n');
  assert.ok((await fs.readFile(summary, 'utf8')).startsWith('### otel-target-lint\n\n:white_check_mark: **Passed** (failure threshold: `error`). 0 errors, 1 warning, 1 info in 2 files.\n\n'));
});

test('bad inputs and usage errors exit 2 with an error command; nothing is written', async () => {
  const { ws, out, summary } = await workspace();
  const cases: [Record<string, string>, string][] = [
    [{ format: 'xml' }, "::error::otel-target-lint: invalid input format 'xml' (use one of stylish, json, gcc, sarif, github)\n"],
    [{ 'failure-threshold': 'fatal' }, "::error::otel-target-lint: invalid input failure-threshold 'fatal' (use one of error, warning, info, none)\n"],
    [{ 'working-directory': 'nope' }, "::error::otel-target-lint: working-directory 'nope' is not a directory\n"],
    [{ 'working-directory': 'svc', paths: 'missing' }, '::error::otel-target-lint: Path not found: missing%0ACheck the paths.\n'],
  ];
  for (const [inputs, expected] of cases) {
    let stdout = '';
    const code = await runAction(runnerEnv(ws, out, summary, inputs), { stdout: (s) => (stdout += s), cwd: ws }, fakeDeps([]));
    assert.is(code, 2, JSON.stringify(inputs));
    assert.is(stdout, expected);
  }
  assert.is(await fs.readFile(out, 'utf8'), 'earlier=kept\n');
  assert.is(await fs.readFile(summary, 'utf8'), '');
});

test('summary: long reports stop at maxRows', () => {
  const d: Diagnostic = {
    ruleId: 'r',
    severity: 'info',
    message: 'm',
    range: { file: 'a', line: 1, column: 1, endLine: 1, endColumn: 2, start: 0, end: 1 },
    related: [],
  };
  const md = summaryMarkdown({ diagnostics: [d, d, d], threshold: 'none', failed: false, maxRows: 2 });
  assert.is(md.split('\n').filter((l) => l.startsWith('| :information_source:')).length, 2);
  assert.ok(md.includes('\n… and 1 more (see the step log or the SARIF report).\n'));
  assert.is(
    summaryMarkdown({ diagnostics: [], threshold: 'error', failed: false }),
    '### otel-target-lint\n\n:white_check_mark: **Passed** (failure threshold: `error`). 0 errors, 0 warnings, 0 infos.\n\n',
  );
});

// ---- the entry point as the runner starts it (a child process with the runner's environment) -----------------

function runEntry(ws: string, env: NodeJS.ProcessEnv) {
  return spawnSync(process.execPath, ['--import', import.meta.resolve('tsx'), path.join(ROOT, 'src/action/entry.ts')], {
    cwd: ws,
    env: { PATH: process.env.PATH, ...env },
    encoding: 'utf8',
    timeout: 60_000,
  });
}

test('entry: a bad input fails the step with exit code 2', async () => {
  const { ws, out, summary } = await workspace();
  const run = runEntry(ws, runnerEnv(ws, out, summary, { 'failure-threshold': 'fatal' }));
  assert.is(run.status, 2, run.stderr);
  assert.is(run.stdout, "::error::otel-target-lint: invalid input failure-threshold 'fatal' (use one of error, warning, info, none)\n");
});

test('entry: the real linter on a repository with nothing to lint passes and records zero counts', async () => {
  const ws = await fs.mkdtemp(path.join(os.tmpdir(), 'otl-action-empty-'));
  await fs.writeFile(path.join(ws, 'README.md'), '# nothing to lint\n');
  const out = `${ws}-output`;
  const summary = `${ws}-summary`;
  await fs.writeFile(out, '');
  await fs.writeFile(summary, '');
  const run = runEntry(ws, runnerEnv(ws, out, summary, { 'sarif-file': 'otl.sarif' }));
  assert.is(run.status, 0, `${run.stdout}\n${run.stderr}`);
  assert.is(await fs.readFile(out, 'utf8'), `errors=0\nwarnings=0\ninfos=0\nsarif-file=${path.join(ws, 'otl.sarif')}\n`);
  assert.ok((await fs.readFile(summary, 'utf8')).startsWith('### otel-target-lint\n\n:white_check_mark: **Passed**'));
  const sarif = JSON.parse(await fs.readFile(path.join(ws, 'otl.sarif'), 'utf8'));
  assert.equal(sarif.runs[0].results, []);
  // Every rule the linter has is listed, the built-in ones included.
  assert.ok(sarif.runs[0].tool.driver.rules.some((r: RuleMeta) => r.id === 'parse-error'));
});

test.run();
