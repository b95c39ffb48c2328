// Test harness assertion files are not manifests: kuttl / chainsaw step files named `NN-assert.yaml` (by name, in
// discovery) and the files a chainsaw test names in `assert` / `error` operations (in the model). From the
// OpenTelemetry Operator's e2e tests, whose `02-assert.yaml` partial Pods were reported as agents without privileges.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { allRules } from '../../rules/index.ts';
import { lintRepo } from '../helpers/rule-tester.ts';
import { AGENT_IMAGE } from '../helpers/fixtures.ts';

// What the Operator's webhook should have made: a partial Pod, the agent without its securityContext, as assertions
// are written (only the fields that matter to the test).
const ASSERTED_POD = `apiVersion: v1
kind: Pod
metadata:
  annotations:
    instrumentation.opentelemetry.io/inject-go: "true"
    instrumentation.opentelemetry.io/otel-go-auto-target-exe: /rolldice
spec:
  containers:
  - name: myapp
  - name: opentelemetry-auto-instrumentation
    image: ${AGENT_IMAGE}
    env:
    - name: OTEL_GO_AUTO_TARGET_EXE
      value: /rolldice
`;

const chainsawTest = (ops: string) => `apiVersion: chainsaw.kyverno.io/v1alpha1
kind: Test
metadata:
  name: instrumentation-go
spec:
  steps:
  - name: step-02
    try:
${ops}`;

async function findingsIn(files: Record<string, string>): Promise<string[]> {
  const { diagnostics } = await lintRepo(files, allRules);
  return diagnostics.map((d) => `${d.range.file}:${d.range.line} ${d.ruleId}`);
}

test('kuttl / chainsaw step files named NN-assert.yaml are not linted', async () => {
  const found = await findingsIn({ 'tests/e2e/go/02-assert.yaml': ASSERTED_POD, 'tests/e2e/go/03-errors.yaml': ASSERTED_POD });
  assert.equal(found, []);
});

test('a file a chainsaw test only asserts is set aside, with its parse problems', async () => {
  const files = {
    'tests/e2e/go/chainsaw-test.yaml': chainsawTest(
      '    - apply:\n        file: install-app.yaml\n    - assert:\n        file: check-app.yaml\n    catch:\n    - error:\n        file: ../common/no-crash.yaml\n',
    ),
    'tests/e2e/go/check-app.yaml': ASSERTED_POD,
    // Assertion trees are not valid manifests (a key written twice, a data value that is a mapping).
    'tests/e2e/common/no-crash.yaml': 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: a\n  name: b\ndata:\n  config.yaml:\n    receivers: {}\n',
  };
  assert.equal(await findingsIn(files), []);
  // Without the test, the same files are manifests.
  const alone = await findingsIn({ 'tests/e2e/go/check-app.yaml': files['tests/e2e/go/check-app.yaml'], 'tests/e2e/common/no-crash.yaml': files['tests/e2e/common/no-crash.yaml'] });
  assert.ok(alone.some((f) => f.startsWith('tests/e2e/go/check-app.yaml:')), alone.join('\n'));
  assert.ok(alone.some((f) => f === 'tests/e2e/common/no-crash.yaml:5 parse-error'), alone.join('\n'));
});

test('a TestStep asserts too; a file the test also applies stays a manifest; URLs and globs are not followed', async () => {
  const step = `apiVersion: chainsaw.kyverno.io/v1alpha1
kind: TestStep
metadata:
  name: check
spec:
  try:
  - assert:
      file: step-check.yaml
`;
  const found = await findingsIn({
    'tests/templates/check.yaml': step,
    'tests/templates/step-check.yaml': ASSERTED_POD,
    'tests/e2e/go/chainsaw-test.yaml': chainsawTest(
      '    - apply:\n        file: pod.yaml\n    - assert:\n        file: pod.yaml\n    - assert:\n        file: "*-check.yaml"\n    - assert:\n        file: https://example.com/check.yaml\n',
    ),
    'tests/e2e/go/pod.yaml': ASSERTED_POD,
    'tests/e2e/go/x-check.yaml': ASSERTED_POD,
  });
  const files = [...new Set(found.map((f) => f.slice(0, f.indexOf(':'))))];
  assert.equal(files.sort(), ['tests/e2e/go/pod.yaml', 'tests/e2e/go/x-check.yaml']);
});

test.run();
