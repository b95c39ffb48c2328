// Correct setups give no finding from any OpenTelemetry Operator rule: the manual sidecar, and Operator injection
// (pod annotations, a Namespace-wide annotation, a CronJob, an Instrumentation-wide target).
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { lintFiles } from '../helpers/rule-tester.ts';
import { deployment, SEED_DOCKERFILE } from '../helpers/fixtures.ts';
import { allRules } from '../../rules/index.ts';

const operatorRules = allRules.filter((r) => r.meta.category === 'operator');

const INSTRUMENTATION = `apiVersion: opentelemetry.io/v1alpha1
kind: Instrumentation
metadata:
  name: go-instrumentation
  namespace: shop
spec:
  exporter:
    endpoint: http://otel-collector.observability:4318
  go:
    image: ghcr.io/open-telemetry/opentelemetry-go-instrumentation/autoinstrumentation-go:v0.24.0
    resourceRequirements:
      limits:
        memory: 128Mi
`;

const POD_ANNOTATED = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: api
  namespace: shop
  annotations:
    deployment.kubernetes.io/revision: "3"
spec:
  template:
    metadata:
      annotations:
        instrumentation.opentelemetry.io/inject-go: go-instrumentation
        instrumentation.opentelemetry.io/otel-go-auto-target-exe: /app/server
        instrumentation.opentelemetry.io/go-container-names: api
    spec:
      initContainers:
        - name: migrate
          image: ghcr.io/acme/migrate:1.0.0
      containers:
        - name: api
          image: ghcr.io/acme/api:1.0.0
        - name: proxy
          image: envoyproxy/envoy:v1.31.0
`;

const NAMESPACE_WIDE = {
  'k8s/ns.yaml': `apiVersion: v1
kind: Namespace
metadata:
  name: shop
  annotations:
    instrumentation.opentelemetry.io/inject-go: "true"
`,
  'k8s/cron.yaml': `apiVersion: batch/v1
kind: CronJob
metadata:
  name: report
  namespace: shop
spec:
  schedule: "@hourly"
  jobTemplate:
    spec:
      template:
        spec:
          restartPolicy: OnFailure
          containers:
            - name: report
              image: ghcr.io/acme/api:1.0.0
`,
  'k8s/instrumentation.yaml': INSTRUMENTATION.replace(
    '    resourceRequirements:',
    '    env:\n      - name: OTEL_GO_AUTO_TARGET_EXE\n        value: /app/server\n    resourceRequirements:',
  ),
};

const setups: [string, Record<string, string>][] = [
  ['the manual sidecar fixture', { Dockerfile: SEED_DOCKERFILE, 'deploy.yaml': deployment() }],
  ['pod annotations with a named Instrumentation', { Dockerfile: SEED_DOCKERFILE, 'k8s/deploy.yaml': POD_ANNOTATED, 'k8s/instrumentation.yaml': INSTRUMENTATION }],
  ['Namespace-wide injection, target in spec.go.env', { Dockerfile: SEED_DOCKERFILE, ...NAMESPACE_WIDE }],
  [
    'the Operator itself in the repository, with Go instrumentation on',
    {
      Dockerfile: SEED_DOCKERFILE,
      'k8s/deploy.yaml': POD_ANNOTATED,
      'k8s/instrumentation.yaml': INSTRUMENTATION,
      'operator/manager.yaml':
        'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: opentelemetry-operator\nspec:\n  template:\n    spec:\n      containers:\n        - name: manager\n          image: ghcr.io/open-telemetry/opentelemetry-operator/opentelemetry-operator:0.120.0\n          args: ["--enable-go-instrumentation", "--enable-leader-election"]\n',
    },
  ],
];

for (const [name, files] of setups) {
  test(`no Operator finding: ${name}`, async () => {
    const { diagnostics } = await lintFiles(files, operatorRules);
    assert.equal(diagnostics.map((d) => `${d.ruleId} ${d.range.file}:${d.range.line} ${d.message}`), []);
  });
}

test('every Operator rule is registered', () => {
  assert.equal(operatorRules.map((r) => r.meta.id).sort(), [
    'instrumentation-go-image',
    'instrumentation-go-resources-key',
    'operator-agent-security-context',
    'operator-annotation-key',
    'operator-annotation-on-workload',
    'operator-container-names',
    'operator-go-instrumentation-disabled',
    'operator-host-pid',
    'operator-instrumentation-ambiguous',
    'operator-instrumentation-not-found',
    'operator-share-process-namespace-false',
    'operator-target-missing',
    'operator-target-without-inject-go',
  ]);
});

test.run();
