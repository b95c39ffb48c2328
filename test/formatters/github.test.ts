import { test } from 'uvu';
import * as assert from 'uvu/assert';
import type { Diagnostic } from '../../src/engine/types.ts';
import { annotationCommand, escapeData, escapeProperty, github } from '../../src/formatters/github.ts';
import type { FormatContext } from '../../src/formatters/types.ts';
import type { Range } from '../../src/model/source.ts';

const r = (file: string, line: number, column: number, endLine: number, endColumn: number): Range => ({
  file,
  line,
  column,
  endLine,
  endColumn,
  start: 0,
  end: 0,
});

const DOCS = 'https://github.com/otel-target-lint/otel-target-lint/blob/main/rules/';

test('escaping: data escapes % CR LF; properties also : and ,', () => {
  assert.is(escapeData('100% done\r\nnext: a,b'), '100%25 done%0D%0Anext: a,b');
  assert.is(escapeProperty('C:\\dir,x/100%\n'), 'C%3A\\dir%2Cx/100%25%0A');
  // Escaping % first keeps an already-escaped-looking text intact.
  assert.is(escapeData('%0A'), '%250A');
});

const cases: { name: string; d: Diagnostic; out: string }[] = [
  {
    name: 'error on one line, with evidence and a fix',
    d: {
      ruleId: 'target-exe-mismatch',
      severity: 'error',
      message: 'OTEL_GO_AUTO_TARGET_EXE is "/server" but the app runs /app/server',
      range: r('path/to/file.yaml', 12, 16, 12, 23),
      related: [{ range: r('Dockerfile', 5, 1, 5, 30), message: 'ENTRYPOINT ["/app/server"]' }],
      fix: { description: 'Set OTEL_GO_AUTO_TARGET_EXE to "/app/server"', edits: [] },
    },
    out:
      '::error file=path/to/file.yaml,line=12,col=16,endLine=12,endColumn=23,title=target-exe-mismatch::' +
      'OTEL_GO_AUTO_TARGET_EXE is "/server" but the app runs /app/server%0A' +
      '  Dockerfile:5:1: ENTRYPOINT ["/app/server"]%0A' +
      'Fix (otel-target-lint --fix): Set OTEL_GO_AUTO_TARGET_EXE to "/app/server"%0A' +
      `Rule: ${DOCS}target-exe-mismatch.md`,
  },
  {
    name: 'warning over several lines: no columns (the runner would drop them)',
    d: {
      ruleId: 'missing-share-process-namespace',
      severity: 'warning',
      message: 'no shared PID namespace',
      range: r('k8s/a b,c:d.yaml', 3, 5, 9, 1),
      related: [],
    },
    out:
      '::warning file=k8s/a b%2Cc%3Ad.yaml,line=3,endLine=9,title=missing-share-process-namespace::' +
      `no shared PID namespace%0ARule: ${DOCS}missing-share-process-namespace.md`,
  },
  {
    name: 'info becomes a notice; message escapes',
    d: {
      ruleId: 'go-run-target',
      severity: 'info',
      message: '100% sure\r\nsecond line',
      range: r('compose.yaml', 4, 3, 4, 3),
      related: [],
    },
    out:
      '::notice file=compose.yaml,line=4,col=3,endLine=4,endColumn=3,title=go-run-target::' +
      `100%25 sure%0D%0Asecond line%0ARule: ${DOCS}go-run-target.md`,
  },
  {
    name: 'a whole-file finding has only the file',
    d: { ruleId: 'parse-error', severity: 'error', message: 'cannot parse', range: r('Dockerfile', 0, 0, 0, 0), related: [] },
    out: `::error file=Dockerfile,title=parse-error::cannot parse%0ARule: ${DOCS}parse-error.md`,
  },
  {
    name: 'a finding without a file has no location',
    d: { ruleId: 'config-error', severity: 'error', message: 'bad config', range: r('', 0, 0, 0, 0), related: [] },
    out: `::error title=config-error::bad config%0ARule: ${DOCS}config-error.md`,
  },
];

for (const c of cases) {
  test(`annotationCommand: ${c.name}`, () => {
    assert.is(annotationCommand(c.d), c.out);
  });
}

test('github formatter: one line per finding, newline-terminated; nothing for no findings', () => {
  const ctx: FormatContext = { cwd: '/repo', files: new Map(), rules: [], color: false, version: '0.0.0' };
  assert.is(github([], ctx), '');
  const out = github(cases.map((c) => c.d), ctx);
  assert.is(out, cases.map((c) => `${c.out}\n`).join(''));
  // No raw line break inside a command: the runner reads one command per line.
  assert.is(out.split('\n').length, cases.length + 1);
});

test.run();
