import { test } from 'uvu';
import { parseError } from '../../rules/parse-error.ts';
import { targetExeMismatch } from '../../rules/target-exe-mismatch.ts';
import * as assert from 'uvu/assert';
import { lintFiles, ruleTests, span } from '../helpers/rule-tester.ts';
import { deployment, SEED_DOCKERFILE } from '../helpers/fixtures.ts';

const badYaml = { 'broken.yaml': 'apiVersion: v1\nkind: Pod\nmetadata: {name: x\n' };

ruleTests(parseError, {
  valid: [
    { name: 'good files', files: { Dockerfile: SEED_DOCKERFILE, 'deploy.yaml': deployment() } },
    {
      name: 'Helm template is not broken YAML',
      files: {
        'chart/Chart.yaml': 'apiVersion: v2\nname: api\nversion: 1.0.0\n',
        'chart/templates/deploy.yaml': deployment({ target: '{{ .Values.target | quote }}', name: '{{ include "api.fullname" . }}' }),
      },
    },
  ],
  invalid: [
    {
      name: 'unterminated flow mapping',
      files: badYaml,
      errors: [{ file: 'broken.yaml', line: 4, column: 1, endLine: 4, endColumn: 1, severity: 'error' }],
    },
  ],
});

test('one bad file does not stop the others', async () => {
  const files = {
    'a/broken.yaml': 'kind: [\n',
    'b/Dockerfile': SEED_DOCKERFILE,
    'b/deploy.yaml': deployment({ target: '/server' }),
    'c/binary.yaml': 'apiVersion: v1\u0000\u0001\u0002',
  };
  const { diagnostics } = await lintFiles(files, [parseError, targetExeMismatch]);
  const ids = diagnostics.map((d) => `${d.range.file}:${d.ruleId}`);
  assert.ok(ids.includes('a/broken.yaml:parse-error'), ids.join(' '));
  assert.ok(ids.includes('b/deploy.yaml:target-exe-mismatch'), ids.join(' '));
  assert.ok(ids.some((i) => i.startsWith('c/binary.yaml:')), ids.join(' '));
  const mismatch = diagnostics.find((d) => d.ruleId === 'target-exe-mismatch')!;
  assert.equal(
    { line: mismatch.range.line, column: mismatch.range.column },
    { line: span(files, 'b/deploy.yaml', '/server').line, column: span(files, 'b/deploy.yaml', '/server').column },
  );
});

test.run();
