import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { otlpProtocolPortMismatch } from '../../rules/otlp-protocol-port-mismatch.ts';
import { endpointPort } from '../../rules/agent/otlp-endpoint.ts';
import { ruleTests, span } from '../helpers/rule-tester.ts';
import { deployment, goAgentCompose, SEED_DOCKERFILE } from '../helpers/fixtures.ts';

const env = (...pairs: [string, string][]): string[] => [
  '            - name: OTEL_GO_AUTO_TARGET_EXE',
  '              value: /app/server',
  ...pairs.flatMap(([n, v]) => [`            - name: ${n}`, `              value: ${v}`]),
];
const pod = (...pairs: [string, string][]) => ({ Dockerfile: SEED_DOCKERFILE, 'deploy.yaml': deployment({ agentEnv: env(...pairs) }) });

/** The sidecar with another agent release (the fixture's image is otel/autoinstrumentation-go:v0.24.0). */
const release = (tag: string, ...pairs: [string, string][]) => {
  const files = pod(...pairs);
  return { ...files, 'deploy.yaml': files['deploy.yaml'].replace('otel/autoinstrumentation-go:v0.24.0', `otel/autoinstrumentation-go:${tag}`) };
};
// v0.7.0-alpha exports over gRPC only; v0.8 to v0.19 over HTTP, reading the protocol only with OTEL_TRACES_EXPORTER.
const oldGrpc = release('v0.7.0-alpha', ['OTEL_EXPORTER_OTLP_ENDPOINT', 'http://otel-collector:4318']);
const ignoredProtocol = release('v0.14.0-alpha', ['OTEL_EXPORTER_OTLP_PROTOCOL', 'grpc'], ['OTEL_EXPORTER_OTLP_ENDPOINT', 'http://otel-collector:4317']);
const grpcPortHttp = pod(['OTEL_SERVICE_NAME', 'api'], ['OTEL_EXPORTER_OTLP_ENDPOINT', 'http://otel-collector:4317']);
const customImage = { ...grpcPortHttp, 'deploy.yaml': grpcPortHttp['deploy.yaml'].replace('otel/autoinstrumentation-go:v0.24.0', 'registry.example.com/team/otel-go-agent:latest') };
const compose = {
  Dockerfile: SEED_DOCKERFILE,
  'compose.yaml': goAgentCompose({ env: ['OTEL_EXPORTER_OTLP_PROTOCOL: grpc', 'OTEL_EXPORTER_OTLP_ENDPOINT: "collector:4318"'] }),
};
const hostIp = {
  Dockerfile: SEED_DOCKERFILE,
  'deploy.yaml': deployment({
    agentEnv: [
      '            - name: OTEL_GO_AUTO_TARGET_EXE',
      '              value: /app/server',
      '            - name: HOST_IP',
      '              valueFrom:',
      '                fieldRef:',
      '                  fieldPath: status.hostIP',
      '            - name: OTEL_EXPORTER_OTLP_ENDPOINT',
      '              value: http://$(HOST_IP):4317',
    ],
  }),
};
const tracesOverride = pod(
  ['OTEL_EXPORTER_OTLP_ENDPOINT', 'http://c:4318'],
  ['OTEL_EXPORTER_OTLP_TRACES_ENDPOINT', 'http://c:4317/v1/traces'],
  ['OTEL_EXPORTER_OTLP_TRACES_PROTOCOL', 'http/protobuf'],
);
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
const operatorGrpc = operator(`  exporter:
    endpoint: http://otel-collector.observability:4317
  go:
    image: ghcr.io/open-telemetry/opentelemetry-go-instrumentation/autoinstrumentation-go:v0.24.0
`);

/**
 * The agent built in the repository (a `git clone --branch v0.7.0-alpha` and `make build`, or a fork): which release it
 * is, is not known; copied from an agent image stage, its tag says.
 */
const agentBuild = (from: string) => ({
  Dockerfile: SEED_DOCKERFILE,
  'agent/Dockerfile': from
    ? `FROM ${from} AS agent\nFROM gcr.io/distroless/static\nCOPY --from=agent /otel-go-instrumentation /otel-go-instrumentation\nCMD ["/otel-go-instrumentation"]\n`
    : 'FROM golang:1.21 AS b\nWORKDIR /src\nRUN git clone --branch v0.7.0-alpha https://github.com/open-telemetry/opentelemetry-go-instrumentation.git . && make build\nRUN go build -o /otel-go-instrumentation ./cli\nFROM gcr.io/distroless/static\nCOPY --from=b /otel-go-instrumentation /otel-go-instrumentation\nCMD ["/otel-go-instrumentation"]\n',
  'compose.yaml': `services:
  app:
    build: .
  agent:
    build: ./agent
    privileged: true
    pid: "service:app"
    environment:
      OTEL_GO_AUTO_TARGET_EXE: /app/server
      OTEL_EXPORTER_OTLP_ENDPOINT: http://jaeger:4317
`,
});

ruleTests(otlpProtocolPortMismatch, {
  valid: [
    { name: 'an agent built in the repository: its release, and so its protocol, is not known', files: agentBuild('') },
    { name: 'v0.7.0-alpha: gRPC on :4317', files: release('v0.7.0-alpha', ['OTEL_EXPORTER_OTLP_ENDPOINT', 'http://otel-collector:4317']) },
    {
      name: 'v0.14.0-alpha: OTEL_TRACES_EXPORTER makes it read the protocol',
      files: release('v0.14.0-alpha', ['OTEL_TRACES_EXPORTER', 'otlp'], ['OTEL_EXPORTER_OTLP_PROTOCOL', 'grpc'], ['OTEL_EXPORTER_OTLP_ENDPOINT', 'http://otel-collector:4317']),
    },
    { name: 'the fixture sidecar', files: { Dockerfile: SEED_DOCKERFILE, 'deploy.yaml': deployment() } },
    { name: ':4318 with the default protocol', files: pod(['OTEL_EXPORTER_OTLP_ENDPOINT', 'http://otel-collector:4318']) },
    { name: ':4317 with grpc', files: pod(['OTEL_EXPORTER_OTLP_PROTOCOL', 'grpc'], ['OTEL_EXPORTER_OTLP_ENDPOINT', 'http://otel-collector:4317']) },
    { name: 'the traces endpoint wins', files: pod(['OTEL_EXPORTER_OTLP_ENDPOINT', 'http://c:4317'], ['OTEL_EXPORTER_OTLP_TRACES_ENDPOINT', 'http://c:4318/v1/traces']) },
    { name: 'no port: the protocol default', files: pod(['OTEL_EXPORTER_OTLP_ENDPOINT', 'https://otlp.example.com']) },
    { name: 'an interpolated port is not known', files: { ...compose, 'compose.yaml': compose['compose.yaml'].replace('"collector:4318"', '"collector:${PORT}"') } },
    { name: 'an interpolated protocol set nowhere is not known', files: { ...compose, 'compose.yaml': compose['compose.yaml'].replace('PROTOCOL: grpc', 'PROTOCOL: ${PROTO}') } },
    { name: 'an interpolated protocol from .env', files: { ...compose, 'compose.yaml': compose['compose.yaml'].replace('PROTOCOL: grpc', 'PROTOCOL: ${PROTO:-grpc}'), '.env': 'PROTO=http/protobuf\n' } },
    { name: 'an invalid protocol is agent-env-invalid', files: pod(['OTEL_EXPORTER_OTLP_PROTOCOL', 'http'], ['OTEL_EXPORTER_OTLP_ENDPOINT', 'http://c:4317']) },
    {
      name: 'Operator: spec.go.env sets grpc',
      files: operator(`  exporter:
    endpoint: http://otel-collector:4317
  go:
    env:
      - name: OTEL_EXPORTER_OTLP_PROTOCOL
        value: grpc
`),
    },
  ],
  invalid: [
    {
      name: 'an agent image copying the binary from a stage FROM the agent image: that tag is its release',
      files: agentBuild('otel/autoinstrumentation-go:v0.24.0'),
      errors: [{ ...span(agentBuild('x'), 'compose.yaml', 'http://jaeger:4317'), message: ['is "http://jaeger:4317", the OTLP/gRPC port'] }],
    },
    {
      name: 'v0.7.0-alpha exports only over gRPC: :4318 is wrong',
      files: oldGrpc,
      errors: [{ ...span(oldGrpc, 'deploy.yaml', 'http://otel-collector:4318'), message: ["the OTLP/HTTP port, but the agent's release v0.7.0 exports only over OTLP/gRPC", 'Send to port 4317 (OTLP/gRPC), or use agent v0.20.0 or later'] }],
    },
    {
      name: 'v0.14.0-alpha ignores OTEL_EXPORTER_OTLP_PROTOCOL without OTEL_TRACES_EXPORTER',
      files: ignoredProtocol,
      errors: [
        {
          ...span(ignoredProtocol, 'deploy.yaml', 'http://otel-collector:4317'),
          message: ["the agent's release v0.14.0 exports over OTLP/HTTP (http/protobuf) and reads no protocol variable unless OTEL_TRACES_EXPORTER is set", 'or set OTEL_TRACES_EXPORTER=otlp and OTEL_EXPORTER_OTLP_PROTOCOL=grpc'],
        },
      ],
    },
    {
      name: 'sidecar: :4317 without OTEL_EXPORTER_OTLP_PROTOCOL',
      files: grpcPortHttp,
      errors: [
        {
          ...span(grpcPortHttp, 'deploy.yaml', 'http://otel-collector:4317'),
          severity: 'error',
          message:
            'OTEL_EXPORTER_OTLP_ENDPOINT on agent container "otel-go-agent" is "http://otel-collector:4317", the OTLP/gRPC port, but the agent uses http/protobuf, the default, as OTEL_EXPORTER_OTLP_PROTOCOL is not set: it sends HTTP requests to a gRPC receiver, and every export fails. Either set OTEL_EXPORTER_OTLP_PROTOCOL=grpc on agent container "otel-go-agent", or send to port 4318 (OTLP/HTTP) if the collector listens there.',
          related: [],
        },
      ],
    },
    {
      name: "a team's own agent image, no release in its name: :4317 is a warning (a release before v0.8.0 exports over gRPC)",
      files: customImage,
      errors: [
        {
          ...span(customImage, 'deploy.yaml', 'http://otel-collector:4317'),
          severity: 'warning',
          message:
            'OTEL_EXPORTER_OTLP_ENDPOINT on agent container "otel-go-agent" is "http://otel-collector:4317", the OTLP/gRPC port, but an agent of v0.8.0 or later uses http/protobuf, the default, as OTEL_EXPORTER_OTLP_PROTOCOL is not set: it would send HTTP requests to a gRPC receiver, and every export would fail. Its image (registry.example.com/team/otel-go-agent:latest) says no release (a release before v0.8.0 exports only over gRPC, to this port). Either set OTEL_EXPORTER_OTLP_PROTOCOL=grpc on agent container "otel-go-agent", or send to port 4318 (OTLP/HTTP) if the collector listens there.',
          related: [],
        },
      ],
    },
    {
      name: 'compose map form: grpc to :4318',
      files: compose,
      errors: [
        {
          ...span(compose, 'compose.yaml', '"collector:4318"'),
          message: ['is "collector:4318", the OTLP/HTTP port, but OTEL_EXPORTER_OTLP_PROTOCOL is grpc (compose.yaml:10)', 'sends gRPC to an OTLP/HTTP receiver', 'Either send to port 4317'],
          related: ['compose.yaml:10'],
        },
      ],
    },
    {
      name: 'a variable in the host, a literal port',
      files: hostIp,
      errors: [{ ...span(hostIp, 'deploy.yaml', 'http://$(HOST_IP):4317'), message: ['is "http://$(HOST_IP):4317", the OTLP/gRPC port'] }],
    },
    {
      name: 'compose interpolation in the host, a literal port',
      files: { ...compose, 'compose.yaml': compose['compose.yaml'].replace('"collector:4318"', '"${COLLECTOR}:4318"') },
      errors: [{ ...span({ c: compose['compose.yaml'].replace('"collector:4318"', '"${COLLECTOR}:4318"') }, 'c', '"${COLLECTOR}:4318"'), file: 'compose.yaml', message: ['is "${COLLECTOR}:4318", the OTLP/HTTP port'] }],
    },
    {
      name: 'the traces variables: explicit http/protobuf to :4317',
      files: tracesOverride,
      errors: [{ ...span(tracesOverride, 'deploy.yaml', 'http://c:4317/v1/traces'), message: ['OTEL_EXPORTER_OTLP_TRACES_ENDPOINT on agent container', 'OTEL_EXPORTER_OTLP_TRACES_PROTOCOL is http/protobuf (deploy.yaml:28)', 'Either set OTEL_EXPORTER_OTLP_TRACES_PROTOCOL=grpc on'] }],
    },
    {
      name: "Operator: spec.exporter.endpoint on :4317 (the Go agent's default is http/protobuf)",
      files: operatorGrpc,
      errors: [
        {
          ...span(operatorGrpc, 'instrumentation.yaml', 'http://otel-collector.observability:4317'),
          message: [
            'spec.exporter.endpoint of Instrumentation go (OTEL_EXPORTER_OTLP_ENDPOINT for the Go agent) is "http://otel-collector.observability:4317"',
            'set OTEL_EXPORTER_OTLP_PROTOCOL=grpc in spec.go.env of Instrumentation go',
          ],
        },
      ],
    },
  ],
});

test('endpointPort', () => {
  const table: [string, number | undefined][] = [
    ['http://c:4317', 4317],
    ['https://c:4318/v1/traces', 4318],
    ['c:4317', 4317],
    ['http://[::1]:4317', 4317],
    ['http://[::1]', undefined],
    ['http://user:pw@c:4318/', 4318],
    ['http://c', undefined],
    ['http://c:/x', undefined],
    ['http://$(HOST_IP):4317', 4317],
  ];
  for (const [e, want] of table) assert.is(endpointPort(e), want, e);
});

test.run();
