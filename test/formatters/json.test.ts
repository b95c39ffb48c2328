import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { json } from '../../src/formatters/json.ts';
import { crash, ctx, mismatch, multiLine } from './text-fixtures.ts';

test('no findings: an empty list and a zero summary', () => {
  assert.is(
    json([], ctx()),
    `{
  "version": 1,
  "tool": {
    "name": "otel-target-lint",
    "version": "9.9.9"
  },
  "diagnostics": [],
  "summary": {
    "errors": 0,
    "warnings": 0,
    "infos": 0
  }
}
`,
  );
});

test('every documented field, in order; fix only when there is one; no offsets', () => {
  const doc = JSON.parse(json([mismatch, multiLine, crash], ctx()));
  assert.equal(doc.diagnostics[0], {
    ruleId: 'target-exe-mismatch',
    severity: 'error',
    message: 'OTEL_GO_AUTO_TARGET_EXE is "/app/server" but the container runs "/server".',
    file: 'deploy/app.yaml',
    line: 9,
    column: 22,
    endLine: 9,
    endColumn: 33,
    relatedLocations: [
      { file: 'Dockerfile', line: 5, column: 1, endLine: 5, endColumn: 11, message: 'ENTRYPOINT runs /server' },
      { file: 'Dockerfile', line: 4, column: 1, endLine: 4, endColumn: 5, message: 'the binary is copied to /server' },
    ],
    fix: {
      description: 'Set OTEL_GO_AUTO_TARGET_EXE to "/server"',
      edits: [{ file: 'deploy/app.yaml', line: 9, column: 22, endLine: 9, endColumn: 33, text: '/server' }],
    },
  });
  assert.equal(Object.keys(doc.diagnostics[0]), [
    'ruleId', 'severity', 'message', 'file', 'line', 'column', 'endLine', 'endColumn', 'relatedLocations', 'fix',
  ]);
  assert.equal(doc.diagnostics[1], {
    ruleId: 'stage-binary',
    severity: 'warning',
    message: 'The build stage writes /out/server\nbut the final stage copies it elsewhere.',
    file: 'Dockerfile',
    line: 2,
    column: 5,
    endLine: 4,
    endColumn: 5,
    relatedLocations: [],
  });
  assert.equal(doc.diagnostics[2], {
    ruleId: 'internal-error',
    severity: 'error',
    message: 'Rule "boom" crashed: oops.',
    file: '',
    line: 0,
    column: 0,
    endLine: 0,
    endColumn: 0,
    relatedLocations: [],
  });
  assert.equal(doc.summary, { errors: 2, warnings: 1, infos: 0 });
});

test.run();
