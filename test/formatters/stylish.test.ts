import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { stylish } from '../../src/formatters/stylish.ts';
import { LineIndex } from '../../src/model/source.ts';
import type { SourceFile } from '../../src/model/source.ts';
import { crash, ctx, mismatch, multiLine, tabbed, unreadable } from './text-fixtures.ts';

test('no findings: nothing at all', () => {
  assert.is(stylish([], ctx()), '');
  assert.is(stylish([], ctx(true)), '');
});

test('header, source line with underline over the range, evidence, summary', () => {
  assert.is(
    stylish([mismatch], ctx()),
    `deploy/app.yaml:9:22: error: OTEL_GO_AUTO_TARGET_EXE is "/app/server" but the container runs "/server". [target-exe-mismatch]
  |
9 |               value: /app/server
  |                      ^~~~~~~~~~~
  Dockerfile:5:1: ENTRYPOINT runs /server
  Dockerfile:4:1: the binary is copied to /server

1 error, 0 warnings, 0 infos
`,
  );
});

test('multi-line range: first line underlined to its end; message lines after the first are indented', () => {
  assert.is(
    stylish([multiLine], ctx()),
    `Dockerfile:2:5: warning: The build stage writes /out/server [stage-binary]
  but the final stage copies it elsewhere.
  |
2 | RUN go build -o /out/server .
  |     ^~~~~~~~~~~~~~~~~~~~~~~~~
`.replace(/\n$/, '\n\n0 errors, 1 warning, 0 infos\n'),
  );
});

test('tabs before the range are kept in the underline padding', () => {
  const out = stylish([tabbed], ctx()).split('\n');
  assert.equal(out.slice(0, 4), [
    'deploy/app.yaml:7:3: info: env is set here [env-list]',
    '  |',
    '7 | \t\t- env:',
    '  | \t\t^~~~~~',
  ]);
});

test('findings without a location or without readable text: header only', () => {
  assert.is(
    stylish([crash, unreadable], ctx()),
    `otel-target-lint: error: Rule "boom" crashed: oops. [internal-error]
big.yaml:1:1: warning: File is too large to lint (3.0 MiB; the limit is 2.0 MiB): skipped. [parse-error]

1 error, 1 warning, 0 infos
`,
  );
});

test('colour: location bold, severity and underline coloured, rule and gutter grey', () => {
  const out = stylish([mismatch], ctx(true)).split('\n');
  assert.is(
    out[0],
    '\x1b[1mdeploy/app.yaml:9:22\x1b[22m: \x1b[1;31merror\x1b[22;39m: OTEL_GO_AUTO_TARGET_EXE is "/app/server" but the container runs "/server". \x1b[90m[target-exe-mismatch]\x1b[39m',
  );
  assert.is(out[3], '\x1b[90m  |\x1b[39m                      \x1b[1;31m^~~~~~~~~~~\x1b[22;39m');
  assert.is(out[4], '  \x1b[90mDockerfile:5:1:\x1b[39m ENTRYPOINT runs /server');
  assert.is(out.at(-2), '\x1b[1m1 error, 0 warnings, 0 infos\x1b[22m');
  // Without colour there is no escape anywhere.
  assert.not.match(stylish([mismatch, multiLine, tabbed, crash], ctx(false)), '\x1b');
});

test('summary counts each severity, singular and plural', () => {
  const last = (s: string) => s.trimEnd().split('\n').at(-1);
  assert.is(last(stylish([mismatch, crash, tabbed, tabbed, multiLine], ctx())), '2 errors, 1 warning, 2 infos');
});

test('a long source line is shown as a window around the finding, the underline moved with it', () => {
  const value = `/${'a'.repeat(300)}/server`;
  const text = `env: {OTEL_GO_AUTO_TARGET_EXE: ${value}, OTHER: x}\n`;
  const f: SourceFile = { path: 'k.yaml', absPath: '/repo/k.yaml', text, kind: 'yaml', requested: true, lines: new LineIndex(text) };
  const show = (needle: string, length = needle.length) => {
    const i = text.indexOf(needle);
    const d = { ruleId: 'r', severity: 'error' as const, message: 'm', range: f.lines.range('k.yaml', i, i + length), related: [] };
    return stylish([d], { ...ctx(), files: new Map([['k.yaml', f]]) }).split('\n').slice(2, 4);
  };
  // Near the start: no leading ellipsis; the rest of the 160 characters, then one.
  const head = show('OTEL_GO_AUTO_TARGET_EXE');
  assert.is(head[0], `1 | ${text.slice(0, 160)}\u2026`);
  assert.is(head[1], `  | ${' '.repeat(6)}^${'~'.repeat(22)}`);
  // Far in: 40 characters before the finding, an ellipsis on both sides.
  const tail = show('OTHER');
  const i = text.indexOf('OTHER');
  assert.is(tail[0], `1 | \u2026${text.slice(i - 40, text.length - 1)}`);
  assert.is(tail[1], `  | ${' '.repeat(41)}^~~~~`);
  // A range longer than the window is underlined to the window's end.
  const whole = show(value);
  assert.is(whole[1], `  | ${' '.repeat(31)}^${'~'.repeat(160 - 31 - 1)}`);
});

test.run();
