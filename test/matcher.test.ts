// The problem matcher shipped for `otel-target-lint --format gcc` in workflow `run:` steps.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { readFileSync } from 'node:fs';
import type { Diagnostic } from '../src/engine/types.ts';
import { gcc } from '../src/formatters/gcc.ts';
import type { FormatContext } from '../src/formatters/types.ts';
import type { Range } from '../src/model/source.ts';

interface Pattern {
  regexp: string;
  file: number;
  line: number;
  column: number;
  severity: number;
  message: number;
  code: number;
}
const config = JSON.parse(readFileSync(new URL('../.github/otel-target-lint-matcher.json', import.meta.url), 'utf8')) as {
  problemMatcher: { owner: string; severity?: string; pattern: Pattern[] }[];
};

test('matcher file: one matcher, owner otel-target-lint, valid default severity, group numbers in range', () => {
  assert.is(config.problemMatcher.length, 1);
  const m = config.problemMatcher[0]!;
  assert.is(m.owner, 'otel-target-lint');
  // The runner accepts only error, warning, notice (or nothing) as the default severity.
  assert.ok(['error', 'warning', 'notice'].includes(m.severity ?? 'error'));
  assert.is(m.pattern.length, 1);
  const p = m.pattern[0]!;
  const groups = new RegExp(`${p.regexp}|`).exec('')!.length - 1;
  assert.is(groups, 6);
  assert.equal([p.file, p.line, p.column, p.severity, p.message, p.code], [1, 2, 3, 4, 5, 6]);
});

const pattern = config.problemMatcher[0]!.pattern[0]!;
const re = new RegExp(pattern.regexp);

/** What the runner makes of a line: an unmatched severity group falls back to the matcher default. */
function match(line: string) {
  const m = re.exec(line);
  if (!m) return undefined;
  return {
    file: m[pattern.file],
    line: m[pattern.line],
    column: m[pattern.column],
    severity: m[pattern.severity] || config.problemMatcher[0]!.severity,
    message: m[pattern.message],
    code: m[pattern.code],
  };
}

const rng = (file: string, line: number, column: number): Range => ({
  file,
  line,
  column,
  endLine: line,
  endColumn: column + 1,
  start: 0,
  end: 0,
});
const diag = (file: string, line: number, column: number, severity: Diagnostic['severity'], message: string, ruleId: string): Diagnostic => ({
  ruleId,
  severity,
  message,
  range: rng(file, line, column),
  related: [],
});

test('matches every line the gcc formatter prints, with each field', () => {
  const ctx: FormatContext = { cwd: '/repo', files: new Map(), rules: [], color: false, version: '0.0.0' };
  const diagnostics = [
    diag('path/to/file.yaml', 12, 16, 'error', 'OTEL_GO_AUTO_TARGET_EXE is "/server" but the app runs "/app/server" [from Dockerfile:5]', 'target-exe-mismatch'),
    diag('deploy/my app/pod spec.yaml', 3, 1, 'warning', 'no shared PID namespace:\nthe agent cannot see the app', 'missing-share-process-namespace'),
    diag('compose.yaml', 140, 7, 'info', 'started with go run: no stable path', 'go-run-target'),
    diag('Dockerfile', 0, 0, 'error', 'cannot parse the file', 'parse-error'),
    diag('', 0, 0, 'error', 'cannot read .otel-target-lint.yaml', 'config-error'),
  ];
  const lines = gcc(diagnostics, ctx).trimEnd().split('\n');
  assert.equal(lines.map(match), [
    {
      file: 'path/to/file.yaml',
      line: '12',
      column: '16',
      severity: 'error',
      message: 'OTEL_GO_AUTO_TARGET_EXE is "/server" but the app runs "/app/server" [from Dockerfile:5]',
      code: 'target-exe-mismatch',
    },
    {
      file: 'deploy/my app/pod spec.yaml',
      line: '3',
      column: '1',
      severity: 'warning',
      message: 'no shared PID namespace: the agent cannot see the app',
      code: 'missing-share-process-namespace',
    },
    {
      file: 'compose.yaml',
      line: '140',
      column: '7',
      severity: 'notice',
      message: 'started with go run: no stable path',
      code: 'go-run-target',
    },
    { file: 'Dockerfile', line: undefined, column: undefined, severity: 'error', message: 'cannot parse the file', code: 'parse-error' },
    {
      file: 'otel-target-lint',
      line: undefined,
      column: undefined,
      severity: 'error',
      message: 'cannot read .otel-target-lint.yaml',
      code: 'config-error',
    },
  ]);
});

test('Windows paths and odd names', () => {
  assert.equal(match('C:\\work\\repo\\k8s\\app.yaml:7:9: warning: value: "/x" [target-exe-relative]'), {
    file: 'C:\\work\\repo\\k8s\\app.yaml',
    line: '7',
    column: '9',
    severity: 'warning',
    message: 'value: "/x"',
    code: 'target-exe-relative',
  });
  assert.is(match('a:b/c.yaml:1:2: error: m [r]')!.file, 'a:b/c.yaml');
});

test('does not match other output', () => {
  for (const line of [
    '',
    'Dockerfile:12:1: error: message without a rule id',
    'Dockerfile:12:1: fatal: message [rule]',
    '  ENTRYPOINT ["/server"]',
    '  ^~~~~~~~~~',
    '3 errors, 1 warning, 0 infos',
    'Dockerfile:12:1: error: message [rule] trailing',
  ]) {
    assert.is(match(line), undefined, line);
  }
});

test('the VS Code task in docs/integrations.md parses and its pattern reads gcc lines, info included', () => {
  const doc = readFileSync(new URL('../docs/integrations.md', import.meta.url), 'utf8');
  const block = /```json\n([\s\S]*?)\n```/.exec(doc.slice(doc.indexOf('### VS Code')))![1]!;
  const task = (JSON.parse(block) as { tasks: { command: string; problemMatcher: { owner: string; pattern: Pattern } }[] }).tasks[0]!;
  assert.ok(task.command.includes('--format gcc'));
  const p = task.problemMatcher.pattern;
  const m = new RegExp(p.regexp).exec('deploy/my app.yaml:12:16: info: started with go run [target-exe-go-run]')!;
  assert.equal([m[p.file], m[p.line], m[p.column], m[p.severity], m[p.message], m[p.code]], [
    'deploy/my app.yaml',
    '12',
    '16',
    'info',
    'started with go run',
    'target-exe-go-run',
  ]);
});

test.run();
