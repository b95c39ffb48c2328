import { test } from 'uvu';
import { parseError } from '../../rules/parse-error.ts';
import { targetExeMismatch } from '../../rules/target-exe-mismatch.ts';
import { allRules } from '../../rules/index.ts';
import * as assert from 'uvu/assert';
import { lintFiles, ruleTests, span } from '../helpers/rule-tester.ts';
import { deployment, SEED_DOCKERFILE } from '../helpers/fixtures.ts';

const badYaml = { 'broken.yaml': 'apiVersion: v1\nkind: Pod\nmetadata: {name: x\n' };
// Compose casts an interpolated `privileged:` to a boolean: what it cannot cast is reported where it is written.
const privFrom = (value: string) => ({
  'compose.yaml': 'services:\n  agent:\n    image: otel/autoinstrumentation-go:v0.24.0\n    privileged: ${PRIV}\n',
  '.env': `PRIV=${value}\n`,
});
const privMaybe = privFrom('maybe');
const privOn = privFrom('on');

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
    {
      // tailscale's .golangci.yml: go-yaml reads it; the linter's parser stops at the `]]` no deeper than its key.
      name: 'broken YAML that is no manifest (a tool config): not this linter\'s business',
      files: { '.golangci.yml': 'version: "2"\nlinters:\n  settings:\n    revive:\n      rules:\n        - name: defer\n          arguments: [[\n              "recover",\n          ]]\n        - name: atomic\n' },
    },
    { name: 'a duplicate key in Helm values or a site config', files: { 'site/config.yaml': 'title: a\nparams:\n  x: 1\ntitle: b\n' } },
  ],
  invalid: [
    {
      name: 'privileged from .env that Compose cannot cast: the file does not load',
      files: privMaybe,
      errors: [{ ...span(privMaybe, '.env', 'maybe'), severity: 'error', message: 'Compose rejects `maybe` for privileged ("invalid boolean") and loads nothing: write true or false' }],
    },
    {
      name: 'privileged from .env that Compose casts with a warning',
      files: privOn,
      errors: [{ ...span(privOn, '.env', 'on'), severity: 'warning', message: 'Compose reads `on` as true for privileged, with a warning that YAML 1.2 has no such boolean; write true' }],
    },
    {
      name: 'unterminated flow mapping',
      files: badYaml,
      errors: [{ file: 'broken.yaml', line: 4, column: 1, endLine: 4, endColumn: 1, severity: 'error' }],
    },
    {
      name: 'broken compose file (services at the top): reported',
      files: { 'compose.yml': 'services:\n  api: {image: x\n' },
      errors: [{ file: 'compose.yml', line: 3, column: 1, endLine: 3, endColumn: 1, severity: 'error' }],
    },
    {
      name: 'broken YAML with a manifest key beside others: reported',
      files: { 'odd.yaml': 'metadata:\n  name: x\nkind: [\n' },
      errors: [{ file: 'odd.yaml', line: 4, column: 1, endLine: 4, endColumn: 1, severity: 'error' }],
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

test('a tab in a manifest\'s indentation: the parse error only, no field of the recovered object reported missing', async () => {
  const yaml = deployment({ target: '/app/server' }).replace('            - name: OTEL_GO_AUTO_TARGET_EXE', '\t    - name: OTEL_GO_AUTO_TARGET_EXE');
  const { diagnostics } = await lintFiles({ Dockerfile: SEED_DOCKERFILE, 'deploy.yaml': yaml }, allRules);
  assert.equal(diagnostics.map((d) => d.ruleId), ['parse-error']);
  assert.match(diagnostics[0]!.message, 'Tabs are not allowed as indentation');
});

test.run();
