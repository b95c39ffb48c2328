// The target in an Instrumentation's spec.go.env / spec.env is checked by target-exe-mismatch against every workload
// that uses the Instrumentation; a pod annotation takes precedence, a workload-level one is never used.
import { test } from 'uvu';
import { targetExeMismatch } from '../../rules/target-exe-mismatch.ts';
import { ruleTests, span } from '../helpers/rule-tester.ts';

function dockerfile(name: string): string {
  return `FROM golang:1.24 AS build
WORKDIR /src
COPY . .
RUN go build -o /out/${name} ./cmd/${name}

FROM gcr.io/distroless/static-debian12
COPY --from=build /out/${name} /app/${name}
ENTRYPOINT ["/app/${name}"]
`;
}

function workload(name: string, podAnnotations: string[] = [], ownAnnotations: string[] = []): string {
  return [
    'apiVersion: apps/v1',
    'kind: Deployment',
    'metadata:',
    `  name: ${name}`,
    ...(ownAnnotations.length ? ['  annotations:', ...ownAnnotations.map((a) => '    ' + a)] : []),
    'spec:',
    '  template:',
    '    metadata:',
    '      annotations:',
    '        instrumentation.opentelemetry.io/inject-go: "true"',
    ...podAnnotations.map((a) => '        ' + a),
    '    spec:',
    '      containers:',
    `        - name: ${name}`,
    `          image: ghcr.io/acme/${name}:1.0.0`,
    '',
  ].join('\n');
}

function instrumentation(target: string, where: 'go' | 'common' = 'go'): string {
  const env = ['- name: OTEL_GO_AUTO_TARGET_EXE', `  value: ${target}`];
  return [
    'apiVersion: opentelemetry.io/v1alpha1',
    'kind: Instrumentation',
    'metadata:',
    '  name: go-instrumentation',
    'spec:',
    ...(where === 'common' ? ['  env:', ...env.map((l) => '    ' + l)] : []),
    '  go:',
    '    image: ghcr.io/open-telemetry/opentelemetry-go-instrumentation/autoinstrumentation-go:v0.24.0',
    ...(where === 'go' ? ['    env:', ...env.map((l) => '      ' + l)] : []),
    '',
  ].join('\n');
}

const TARGET = 'instrumentation.opentelemetry.io/otel-go-auto-target-exe';

const repo = (inst: string, catalog = workload('catalog'), orders = workload('orders')) => ({
  'catalog/Dockerfile': dockerfile('catalog'),
  'orders/Dockerfile': dockerfile('orders'),
  'k8s/catalog.yaml': catalog,
  'k8s/orders.yaml': orders,
  'k8s/instrumentation.yaml': inst,
});

const oneOfTwo = repo(instrumentation('/app/catalog'));
const single = { 'catalog/Dockerfile': dockerfile('catalog'), 'k8s/catalog.yaml': workload('catalog'), 'k8s/instrumentation.yaml': instrumentation('/app/server', 'common') };
const workloadLevel = {
  'catalog/Dockerfile': dockerfile('catalog'),
  'k8s/catalog.yaml': workload('catalog', [], [`${TARGET}: /app/catalog`]),
  'k8s/instrumentation.yaml': instrumentation('/catalog'),
};

ruleTests(targetExeMismatch, {
  valid: [
    { name: 'one workload, spec.go.env right', files: { ...single, 'k8s/instrumentation.yaml': instrumentation('/app/catalog') } },
    { name: 'the pod annotation takes precedence over a wrong Instrumentation value', files: repo(instrumentation('/app/catalog'), workload('catalog'), workload('orders', [`${TARGET}: /app/orders`])) },
    { name: 'spec.go.env takes precedence over spec.env', files: { ...single, 'k8s/instrumentation.yaml': instrumentation('/app/catalog').replace('spec:\n', 'spec:\n  env:\n    - name: OTEL_GO_AUTO_TARGET_EXE\n      value: /wrong\n') } },
  ],
  invalid: [
    {
      name: 'two workloads use the Instrumentation, one does not run its target: one finding naming it, no fix',
      files: oneOfTwo,
      errors: [
        {
          ...span(oneOfTwo, 'k8s/instrumentation.yaml', '/app/catalog'),
          severity: 'error',
          message:
            'OTEL_GO_AUTO_TARGET_EXE in the Instrumentation\'s spec.go.env is "/app/catalog", but Deployment orders uses this Instrumentation; its container "orders" runs "/app/orders" (orders/Dockerfile:8, orders/Dockerfile:4, orders/Dockerfile:7; its image is built from orders/Dockerfile, whose directory matches the image name "orders"); the agent compares the two paths exactly, so it will never attach. Other workloads use this Instrumentation too: set the annotation instrumentation.opentelemetry.io/otel-go-auto-target-exe: "/app/orders" on the pod template of Deployment orders (it takes precedence).',
          related: ['k8s/orders.yaml:9', 'orders/Dockerfile:6', 'orders/Dockerfile:8', 'orders/Dockerfile:8', 'orders/Dockerfile:4', 'orders/Dockerfile:7'],
        },
      ],
    },
    {
      name: 'one workload, spec.env wrong: fixed in the Instrumentation',
      files: single,
      errors: [{ ...span(single, 'k8s/instrumentation.yaml', '/app/server'), message: ['OTEL_GO_AUTO_TARGET_EXE in the Instrumentation\'s spec.env is "/app/server", but Deployment catalog uses this Instrumentation; its container "catalog" runs "/app/catalog"', 'Set it to "/app/catalog".'] }],
      output: { 'k8s/instrumentation.yaml': instrumentation('/app/catalog', 'common') },
    },
    {
      name: 'both workloads wrong in different ways: one finding each, neither fixed',
      files: repo(instrumentation('/server')),
      errors: [
        { ...span(repo(instrumentation('/server')), 'k8s/instrumentation.yaml', '/server'), message: ['but Deployment catalog uses this Instrumentation; its container "catalog" runs "/app/catalog"', 'on the pod template of Deployment catalog'] },
        { ...span(repo(instrumentation('/server')), 'k8s/instrumentation.yaml', '/server'), message: ['but Deployment orders uses this Instrumentation; its container "orders" runs "/app/orders"', 'on the pod template of Deployment orders'] },
      ],
    },
    {
      name: "a target annotation on the workload's own metadata is not used: the Instrumentation's value is checked",
      files: workloadLevel,
      errors: [{ ...span(workloadLevel, 'k8s/instrumentation.yaml', '/catalog'), message: ['is "/catalog", but Deployment catalog uses this Instrumentation'] }],
      output: { 'k8s/instrumentation.yaml': instrumentation('/app/catalog') },
    },
  ],
});

test.run();
