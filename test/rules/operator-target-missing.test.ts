import { test } from 'uvu';
import { operatorTargetMissing } from '../../rules/operator-target-missing.ts';
import * as assert from 'uvu/assert';
import { imageNotLinked } from '../../rules/image-not-linked.ts';
import { targetExeUnresolved } from '../../rules/target-exe-unresolved.ts';
import { lintFiles, ruleTests, span } from '../helpers/rule-tester.ts';
import { SEED_DOCKERFILE } from '../helpers/fixtures.ts';

function instrumentation(opts: { name?: string; goEnv?: string[]; env?: string[] } = {}): string {
  return [
    'apiVersion: opentelemetry.io/v1alpha1',
    'kind: Instrumentation',
    'metadata:',
    `  name: ${opts.name ?? 'go-instrumentation'}`,
    'spec:',
    '  exporter:',
    '    endpoint: http://otel-collector:4318',
    ...(opts.env ? ['  env:', ...opts.env] : []),
    '  go:',
    '    image: ghcr.io/open-telemetry/opentelemetry-go-instrumentation/autoinstrumentation-go:v0.24.0',
    ...(opts.goEnv ? ['    env:', ...opts.goEnv] : []),
    '',
  ].join('\n');
}

function workload(annotations: string[] | undefined, extraMeta: string[] = []): string {
  return [
    'apiVersion: apps/v1',
    'kind: Deployment',
    'metadata:',
    '  name: api',
    ...extraMeta,
    'spec:',
    '  template:',
    '    metadata:',
    '      labels:',
    '        app: api',
    ...(annotations ? ['      annotations:', ...annotations.map((a) => '        ' + a)] : []),
    '    spec:',
    '      containers:',
    '        - name: app',
    '          image: ghcr.io/acme/api:1.0.0',
    '',
  ].join('\n');
}

const INJECT = 'instrumentation.opentelemetry.io/inject-go: "true"';
const TARGET = 'instrumentation.opentelemetry.io/otel-go-auto-target-exe: "/app/server"';

const missing = { Dockerfile: SEED_DOCKERFILE, 'k8s/deploy.yaml': workload([INJECT]), 'k8s/instrumentation.yaml': instrumentation() };

const nsWide = {
  Dockerfile: SEED_DOCKERFILE,
  'k8s/ns.yaml': `apiVersion: v1
kind: Namespace
metadata:
  name: shop
  annotations:
    instrumentation.opentelemetry.io/inject-go: go-instrumentation
`,
  'k8s/deploy.yaml': workload(undefined, ['  namespace: shop']),
  'k8s/instrumentation.yaml': instrumentation(),
};

/** A bare Pod: its own metadata is the pod's (no template). */
const barePod = {
  Dockerfile: SEED_DOCKERFILE,
  'k8s/pod.yaml': 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: debug\n  annotations:\n    instrumentation.opentelemetry.io/inject-go: "true"\nspec:\n  containers:\n    - name: app\n      image: ghcr.io/acme/api:1.0.0\n',
  'k8s/instrumentation.yaml': instrumentation(),
};

/** The target written next to inject-go on the Namespace, where the Operator does not read it. */
const nsTarget = { ...nsWide, 'k8s/ns.yaml': nsWide['k8s/ns.yaml'] + '    instrumentation.opentelemetry.io/otel-go-auto-target-exe: /app/server\n' };

const empty = { ...missing, 'k8s/deploy.yaml': workload([INJECT, "instrumentation.opentelemetry.io/otel-go-auto-target-exe: ''"]) };

const ambiguous = {
  'k8s/deploy.yaml': workload([INJECT]).replace('ghcr.io/acme/api:1.0.0', 'nginx:1.27'),
  'k8s/instrumentation.yaml': instrumentation({ name: 'a' }) + '---\n' + instrumentation({ name: 'b' }),
};

const emptyInInstrumentation = {
  ...missing,
  'k8s/instrumentation.yaml': instrumentation({ goEnv: ['      - name: OTEL_GO_AUTO_TARGET_EXE', '        value: ""'] }),
};

/** From last9's deploy-go.yaml: the target written in the application container's env, which the Operator never reads. */
const onAppEnv = {
  'k8s/deploy.yaml': workload([INJECT]).replace('ghcr.io/acme/api:1.0.0', 'your-go-app:latest\n          env:\n            - name: OTEL_GO_AUTO_TARGET_EXE\n              value: /app/main'),
  'k8s/instrumentation.yaml': instrumentation(),
};

ruleTests(operatorTargetMissing, {
  valid: [
    { name: 'target annotation on the pod', files: { ...missing, 'k8s/deploy.yaml': workload([INJECT, TARGET]) } },
    {
      name: 'target in spec.go.env',
      files: { ...missing, 'k8s/instrumentation.yaml': instrumentation({ goEnv: ['      - name: OTEL_GO_AUTO_TARGET_EXE', '        value: /app/server'] }) },
    },
    {
      name: 'target in spec.env (from a ConfigMap)',
      files: {
        ...missing,
        'k8s/instrumentation.yaml': instrumentation({
          env: ['    - name: OTEL_GO_AUTO_TARGET_EXE', '      valueFrom:', '        configMapKeyRef:', '          name: agent', '          key: target'],
        }),
      },
    },
    { name: 'the Instrumentation is not in the repository', files: { Dockerfile: SEED_DOCKERFILE, 'k8s/deploy.yaml': workload([INJECT]) } },
    { name: 'injection off', files: { ...missing, 'k8s/deploy.yaml': workload(['instrumentation.opentelemetry.io/inject-go: "false"']) } },
  ],
  invalid: [
    {
      name: 'neither annotation nor Instrumentation env: the annotation is added with the resolved path',
      files: missing,
      errors: [
        {
          ...span(missing, 'k8s/deploy.yaml', '"true"'),
          severity: 'error',
          message:
            'Deployment api asks the Operator for Go instrumentation (inject-go "true" at k8s/deploy.yaml:11), but nothing sets the target: the pod template has no instrumentation.opentelemetry.io/otel-go-auto-target-exe annotation, and Instrumentation go-instrumentation (k8s/instrumentation.yaml:4) has no OTEL_GO_AUTO_TARGET_EXE in spec.go.env or spec.env. The Operator then logs "Skipping Go SDK injection ... OTEL_GO_AUTO_TARGET_EXE not set" and creates the pod without the agent. Add instrumentation.opentelemetry.io/otel-go-auto-target-exe: "/app/server" to spec.template.metadata.annotations (the path container "app" runs).',
          related: ['k8s/deploy.yaml:11', 'k8s/instrumentation.yaml:4'],
        },
      ],
      output: { 'k8s/deploy.yaml': workload([INJECT, TARGET]) },
    },
    {
      name: 'injection from the Namespace: reported at the workload, annotations: created',
      files: nsWide,
      errors: [{ ...span(nsWide, 'k8s/deploy.yaml', 'Deployment'), message: ['inject-go "go-instrumentation" at k8s/ns.yaml:6'] }],
      output: { 'k8s/deploy.yaml': workload([TARGET], ['  namespace: shop']) },
    },
    {
      name: 'a bare Pod: its metadata.annotations, not a template',
      files: barePod,
      errors: [{ ...span(barePod, 'k8s/pod.yaml', '"true"'), message: ['nothing sets the target: the pod has no', 'to metadata.annotations'] }],
      output: { 'k8s/pod.yaml': barePod['k8s/pod.yaml'].replace('inject-go: "true"\n', 'inject-go: "true"\n    instrumentation.opentelemetry.io/otel-go-auto-target-exe: "/app/server"\n') },
    },
    {
      name: 'the target annotation on the Namespace is not read: the message says so',
      files: nsTarget,
      errors: [
        {
          ...span(nsTarget, 'k8s/deploy.yaml', 'Deployment'),
          message: ['instrumentation.opentelemetry.io/otel-go-auto-target-exe is set on the Namespace (k8s/ns.yaml:7), where the Operator never reads it: it reads the target from the pod only.'],
        },
      ],
      output: { 'k8s/deploy.yaml': workload([TARGET], ['  namespace: shop']) },
    },
    {
      name: 'empty target annotation',
      files: empty,
      errors: [
        {
          ...span(empty, 'k8s/deploy.yaml', "''"),
          message:
            'instrumentation.opentelemetry.io/otel-go-auto-target-exe is empty: the Operator injects the agent with an empty OTEL_GO_AUTO_TARGET_EXE, and the agent exits at start ("no target: -target-pid or -target-exe not provided ..."). Set it to "/app/server".',
        },
      ],
      output: { 'k8s/deploy.yaml': workload([INJECT, TARGET]) },
    },
    {
      name: '"true" with two candidates, both without the target: no fix when the path is unknown',
      files: ambiguous,
      errors: [
        {
          ...span(ambiguous, 'k8s/deploy.yaml', '"true"'),
          message: ['and the Instrumentations of its namespace in this repository (a, b) have no OTEL_GO_AUTO_TARGET_EXE', 'Add instrumentation.opentelemetry.io/otel-go-auto-target-exe with the absolute path of the Go binary'],
        },
      ],
    },
    {
      name: "the target set in the application container's env: named, and the fix moves its value to the annotation",
      files: onAppEnv,
      errors: [
        {
          ...span(onAppEnv, 'k8s/deploy.yaml', '"true"'),
          message: [
            'has no OTEL_GO_AUTO_TARGET_EXE in spec.go.env or spec.env. OTEL_GO_AUTO_TARGET_EXE ("/app/main") is set in the env of container "app" (k8s/deploy.yaml:18), which the agent the Operator injects never reads. The Operator then logs',
            'Add instrumentation.opentelemetry.io/otel-go-auto-target-exe: "/app/main" to spec.template.metadata.annotations (the value container "app" sets in its env, k8s/deploy.yaml:18) and remove that env entry.',
          ],
          related: ['k8s/deploy.yaml:11', 'k8s/instrumentation.yaml:4', 'k8s/deploy.yaml:18'],
        },
      ],
      output: { 'k8s/deploy.yaml': onAppEnv['k8s/deploy.yaml'].replace(`        ${INJECT}`, `        ${INJECT}\n        instrumentation.opentelemetry.io/otel-go-auto-target-exe: "/app/main"`) },
    },
    {
      name: 'empty value in spec.go.env',
      files: emptyInInstrumentation,
      errors: [
        {
          ...span(emptyInInstrumentation, 'k8s/instrumentation.yaml', '""'),
          message: ['OTEL_GO_AUTO_TARGET_EXE in Instrumentation go-instrumentation (k8s/instrumentation.yaml:4) spec.go.env is empty, and Deployment api has no'],
          related: ['k8s/deploy.yaml:11'],
        },
      ],
    },
  ],
});

test("the application container's own OTEL_GO_AUTO_TARGET_EXE is no target with the Operator: nothing to check it against", async () => {
  const { diagnostics } = await lintFiles(onAppEnv, [imageNotLinked, targetExeUnresolved]);
  assert.equal(diagnostics.map((d) => `${d.ruleId} ${d.range.line}`), []);
});

test.run();
