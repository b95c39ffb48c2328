import { test } from 'uvu';
import { agentEnvNoEffect } from '../../rules/agent-env-no-effect.ts';
import { ruleTests, span } from '../helpers/rule-tester.ts';
import { deployment, SEED_DOCKERFILE } from '../helpers/fixtures.ts';

const env = (...pairs: [string, string][]): string[] => [
  '            - name: OTEL_GO_AUTO_TARGET_EXE',
  '              value: /app/server',
  ...pairs.flatMap(([n, v]) => [`            - name: ${n}`, `              value: ${v}`]),
];
const sidecar = { Dockerfile: SEED_DOCKERFILE, 'deploy.yaml': deployment({ agentEnv: env(['OTEL_PROPAGATORS', 'tracecontext,baggage'], ['OTEL_GO_AUTO_GLOBAL', '"true"']) }) };
const compose = {
  Dockerfile: SEED_DOCKERFILE,
  'compose.yaml': `services:
  app:
    build: .
  agent:
    image: otel/autoinstrumentation-go:v0.22.1
    privileged: true
    pid: "service:app"
    environment:
      - OTEL_GO_AUTO_TARGET_EXE=/app/server
      - OTEL_PROPAGATORS=b3
`,
};
const operator = (spec: string) => ({
  Dockerfile: SEED_DOCKERFILE,
  'deploy.yaml': deployment({ templateAnnotations: ['        instrumentation.opentelemetry.io/inject-go: "true"'] }),
  'instrumentation.yaml': `apiVersion: opentelemetry.io/v1alpha1
kind: Instrumentation
metadata:
  name: go
spec:
${spec}`,
});
const operatorGoEnv = operator(`  go:
    env:
      - name: OTEL_GO_AUTO_GLOBAL
        value: "true"
      - name: OTEL_PROPAGATORS
        value: tracecontext
`);

ruleTests(agentEnvNoEffect, {
  valid: [
    { name: 'the fixture sidecar', files: { Dockerfile: SEED_DOCKERFILE, 'deploy.yaml': deployment() } },
    { name: 'an agent before v0.22 still read OTEL_GO_AUTO_GLOBAL', files: { ...sidecar, 'deploy.yaml': sidecar['deploy.yaml'].replace('v0.24.0', 'v0.21.0') } },
    {
      name: "OTEL_PROPAGATORS in an Instrumentation's spec.env is for the other languages",
      files: operator(`  env:
    - name: OTEL_PROPAGATORS
      value: tracecontext,baggage,b3
`),
    },
  ],
  invalid: [
    {
      name: 'sidecar: both, reported at the name, as info',
      files: sidecar,
      errors: [
        {
          ...span(sidecar, 'deploy.yaml', 'OTEL_PROPAGATORS'),
          severity: 'info',
          message: 'OTEL_PROPAGATORS on agent container "otel-go-agent" has no effect: the Go agent does not read it and always propagates the W3C traceparent header, whatever the value.',
        },
        { ...span(sidecar, 'deploy.yaml', 'OTEL_GO_AUTO_GLOBAL'), severity: 'info', message: ['stopped reading it in v0.22.0', '-global-impl flag'] },
      ],
    },
    {
      name: 'compose list form',
      files: compose,
      errors: [{ ...span(compose, 'compose.yaml', 'OTEL_PROPAGATORS'), message: ['OTEL_PROPAGATORS on agent service "agent" has no effect'] }],
    },
    {
      name: "Operator: spec.go.env",
      files: operatorGoEnv,
      errors: [
        { ...span(operatorGoEnv, 'instrumentation.yaml', 'OTEL_GO_AUTO_GLOBAL'), message: ['OTEL_GO_AUTO_GLOBAL in spec.go.env of Instrumentation go has no effect'] },
        { ...span(operatorGoEnv, 'instrumentation.yaml', 'OTEL_PROPAGATORS'), message: ['OTEL_PROPAGATORS in spec.go.env of Instrumentation go has no effect'] },
      ],
    },
  ],
});

test.run();
