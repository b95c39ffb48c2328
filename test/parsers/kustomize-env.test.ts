// src/parsers/kustomize-env.ts: env files of a configMapGenerator, read the way kustomize reads them.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { LineIndex } from '../../src/model/source.ts';
import type { Range } from '../../src/model/source.ts';
import { isEnvVarName, parseKustomizeEnv } from '../../src/parsers/kustomize-env.ts';

const parse = (text: string) =>
  parseKustomizeEnv({ path: 'deploy/otel.env', absPath: '/r/deploy/otel.env', text, kind: 'dotenv', requested: true, lines: new LineIndex(text) });
const pos = (r: Range) => [r.line, r.column, r.endLine, r.endColumn];

test('KEY=value lines: the value is the rest of the line as written (quotes, # and blanks kept)', () => {
  const text = '# the agent\n  OTEL_GO_AUTO_TARGET_EXE=/app/server\nQUOTED="/app/x"  # not a comment\n\nEMPTY=\nBARE\nA=b=c\r\nLAST=1';
  const f = parse(text);
  assert.equal(f.problems, []);
  assert.equal(
    f.entries.map((e) => [e.key.value, e.value.value]),
    [
      ['OTEL_GO_AUTO_TARGET_EXE', '/app/server'],
      ['QUOTED', '"/app/x"  # not a comment'],
      ['EMPTY', ''],
      ['BARE', ''],
      ['A', 'b=c'],
      ['LAST', '1'],
    ],
  );
  assert.equal(pos(f.entries[0]!.key.range), [2, 3, 2, 26]);
  assert.equal(pos(f.entries[0]!.value.range), [2, 27, 2, 38]);
  assert.equal(pos(f.entries[4]!.value.range), [7, 3, 7, 6], 'the \\r of a CRLF line end is not part of the value');
});

test('a key that is not a variable name is an error (kustomize fails); the other lines are read', () => {
  const f = parse('1ABC=x\nmy key=y\nGOOD=z\n');
  assert.equal(f.problems.map((p) => [p.severity, p.range.line, p.range.column, p.range.endColumn]), [
    ['error', 1, 1, 5],
    ['error', 2, 1, 7],
  ]);
  assert.equal(f.entries.map((e) => e.key.value), ['GOOD']);
  assert.ok(isEnvVarName('a.b-c_D9') && isEnvVarName('_x') && !isEnvVarName('9a') && !isEnvVarName(''));
});

test.run();
