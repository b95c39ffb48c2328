import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { agentEnvInvalid, checkAgentValue, isSlogLevel, parseGoFloat } from '../../rules/agent-env-invalid.ts';
import { goParseEndpoint } from '../../rules/agent/otlp-endpoint.ts';
import { ruleTests, span } from '../helpers/rule-tester.ts';
import { deployment, goAgentCompose, SEED_DOCKERFILE } from '../helpers/fixtures.ts';

const env = (...pairs: [string, string][]): string[] => [
  '            - name: OTEL_GO_AUTO_TARGET_EXE',
  '              value: /app/server',
  ...pairs.flatMap(([n, v]) => [`            - name: ${n}`, `              value: ${v}`]),
];

const sidecar = {
  Dockerfile: SEED_DOCKERFILE,
  'deploy.yaml': deployment({
    agentEnv: env(['OTEL_LOG_LEVEL', 'none'], ['OTEL_EXPORTER_OTLP_PROTOCOL', "'http'"], ['OTEL_TRACES_SAMPLER', 'jaeger_remote'], ['OTEL_GO_AUTO_INCLUDE_DB_STATEMENT', '"yes"']),
  }),
};

const compose = {
  Dockerfile: SEED_DOCKERFILE,
  'compose.yaml': `services:
  app:
    build: .
  agent:
    image: otel/autoinstrumentation-go:v0.24.0
    privileged: true
    pid: "service:app"
    environment:
      - OTEL_GO_AUTO_TARGET_EXE=/app/server
      - OTEL_LOG_LEVEL=WARNING
      - OTEL_TRACES_EXPORTER=otlp, logging
      - OTEL_TRACES_SAMPLER=traceidratio
      - OTEL_TRACES_SAMPLER_ARG=10
`,
};

const configMap = {
  Dockerfile: SEED_DOCKERFILE,
  'deploy.yaml': `apiVersion: v1
kind: ConfigMap
metadata:
  name: agent-config
data:
  OTEL_EXPORTER_OTLP_TRACES_PROTOCOL: http/json
---
${deployment({ agentExtra: ['          envFrom:', '            - configMapRef:', '                name: agent-config'] })}`,
};

const instrumentation = (spec: string) => ({
  Dockerfile: SEED_DOCKERFILE,
  'deploy.yaml': deployment({ templateAnnotations: ['        instrumentation.opentelemetry.io/inject-go: "true"'] }),
  'instrumentation.yaml': `apiVersion: opentelemetry.io/v1alpha1
kind: Instrumentation
metadata:
  name: go
spec:
${spec}`,
});
const operator = instrumentation(`  sampler:
    type: parentbased_jaeger_remote
    argument: "0.5"
  env:
    - name: OTEL_LOG_LEVEL
      value: trace
  go:
    image: ghcr.io/open-telemetry/opentelemetry-go-instrumentation/autoinstrumentation-go:v0.24.0
    env:
      - name: OTEL_GO_AUTO_PARSE_DB_STATEMENT
        value: "on"
`);

/** Issue #2430 of the agent's repository: gRPC to `host:port`, no scheme. */
const noScheme = {
  Dockerfile: SEED_DOCKERFILE,
  'deploy.yaml': deployment({ agentEnv: env(['OTEL_EXPORTER_OTLP_PROTOCOL', 'grpc'], ['OTEL_EXPORTER_OTLP_ENDPOINT', 'otel-collector.observability:4317']) }),
};
const endpoints = (...values: string[]) => ({
  Dockerfile: SEED_DOCKERFILE,
  'compose.yaml': goAgentCompose({ env: values.map((v, i) => `${i === 0 ? 'OTEL_EXPORTER_OTLP_ENDPOINT' : 'OTEL_EXPORTER_OTLP_TRACES_ENDPOINT'}: "${v}"`) }),
});

/** The compose fixture with only OTEL_LOG_LEVEL left to check, written as `level`. */
const quiet = (level: string): string =>
  compose['compose.yaml'].replace('=WARNING', level).replace('=otlp, logging', '=$EXPORTER').replace('      - OTEL_TRACES_SAMPLER_ARG=10\n', '      - OTEL_TRACES_SAMPLER_ARG\n');

ruleTests(agentEnvInvalid, {
  valid: [
    { name: 'the fixture sidecar', files: { Dockerfile: SEED_DOCKERFILE, 'deploy.yaml': deployment() } },
    {
      name: 'accepted values, any case where the agent ignores case',
      files: {
        Dockerfile: SEED_DOCKERFILE,
        'deploy.yaml': deployment({
          agentEnv: env(
            ['OTEL_LOG_LEVEL', 'WARN+2'],
            ['OTEL_TRACES_EXPORTER', 'otlp,console'],
            ['OTEL_EXPORTER_OTLP_PROTOCOL', 'grpc'],
            ['OTEL_TRACES_SAMPLER', 'ParentBased_TraceIdRatio'],
            ['OTEL_TRACES_SAMPLER_ARG', '" 0.25 "'],
            ['OTEL_GO_AUTO_INCLUDE_DB_STATEMENT', 'T'],
          ),
        }),
      },
    },
    { name: 'an agent before v0.22 is not judged by these rules', files: { ...sidecar, 'deploy.yaml': sidecar['deploy.yaml'].replace('v0.24.0', 'v0.21.0') } },
    { name: 'the sampler argument of a sampler without one is ignored', files: { ...compose, 'compose.yaml': compose['compose.yaml'].replace('=traceidratio', '=always_on').replace('=WARNING', '=info').replace('otlp, logging', 'otlp') } },
    {
      name: 'spec.go.env overrides spec.env and spec.sampler',
      files: instrumentation(`  sampler:
    type: xray
  env:
    - name: OTEL_LOG_LEVEL
      value: none
  go:
    env:
      - name: OTEL_LOG_LEVEL
        value: error
      - name: OTEL_TRACES_SAMPLER
        value: always_on
`),
    },
    {
      name: 'Compose interpolation set nowhere and a value from the shell are not known',
      files: {
        ...compose,
        'compose.yaml': compose['compose.yaml'].replace('=WARNING', '=${LOG_LEVEL}').replace('=otlp, logging', '=$EXPORTER').replace('      - OTEL_TRACES_SAMPLER_ARG=10\n', '      - OTEL_TRACES_SAMPLER_ARG\n'),
      },
    },
    { name: 'endpoints with a scheme and a host, and a socket', files: endpoints('http://otel-collector:4318', 'unix:///run/otlp.sock') },
    { name: 'an endpoint of an IPv6 address and a user', files: endpoints('https://user@[::1]:4317/v1/traces') },
    {
      name: 'an Instrumentation no pod uses for Go and without spec.go',
      files: { 'instrumentation.yaml': instrumentation('  sampler:\n    type: xray\n')['instrumentation.yaml'] },
    },
  ],
  invalid: [
    {
      name: 'an endpoint without a scheme: Go reads the host as the scheme (fixed with http://)',
      files: noScheme,
      errors: [
        {
          ...span(noScheme, 'deploy.yaml', 'otel-collector.observability:4317'),
          message:
            'OTEL_EXPORTER_OTLP_ENDPOINT on agent container "otel-go-agent" is "otel-collector.observability:4317": an endpoint needs a scheme: the OTLP exporter parses it with Go\'s url.Parse, and it reads "otel-collector.observability" as the URL\'s scheme and "4317" as what follows it, with no host: the exporter has no address to send to, so every export fails (over gRPC: "dns resolver: missing address"). Use "http://otel-collector.observability:4317".',
        },
      ],
      output: { 'deploy.yaml': noScheme['deploy.yaml'].replace(' otel-collector.observability:4317', ' http://otel-collector.observability:4317') },
    },
    {
      name: 'an IP address without a scheme is rejected and ignored; a name without a port has no fix',
      files: endpoints('10.0.0.7:4318', 'otel-collector'),
      errors: [
        {
          ...span(endpoints('10.0.0.7:4318', 'otel-collector'), 'compose.yaml', '"10.0.0.7:4318"'),
          message: ['OTEL_EXPORTER_OTLP_ENDPOINT on agent service "agent"', 'rejects it ("first path segment in URL cannot contain colon"), so the agent ignores it and exports to its default, localhost:4318', 'Use "http://10.0.0.7:4318".'],
        },
        {
          ...span(endpoints('10.0.0.7:4318', 'otel-collector'), 'compose.yaml', '"otel-collector"'),
          message: ['OTEL_EXPORTER_OTLP_TRACES_ENDPOINT', 'it reads it as a path, with no host', 'Write a URL with a scheme and a port, e.g. "http://otel-collector:4318"'],
        },
      ],
      output: { 'compose.yaml': endpoints('http://10.0.0.7:4318', 'otel-collector')['compose.yaml'] },
    },
    {
      // Nothing sets LOG_LEVEL (.env, the assumed shell): Compose uses the default.
      name: 'Compose interpolation default: checked where the default is written',
      files: { ...compose, 'compose.yaml': quiet('=${LOG_LEVEL:-none}') },
      errors: [{ ...span({ c: quiet('=${LOG_LEVEL:-none}') }, 'c', 'none'), file: 'compose.yaml', message: ['is "none"'] }],
    },
    {
      name: 'sidecar: log level, protocol, sampler, ParseBool (quoting kept by the fixes)',
      files: sidecar,
      errors: [
        {
          ...span(sidecar, 'deploy.yaml', 'none'),
          severity: 'error',
          message:
            'OTEL_LOG_LEVEL on agent container "otel-go-agent" is "none": the agent accepts only debug, info, warn or error (Go\'s slog levels); its docs list "none", but the code rejects it, so it fails to start ("parse log level"). The quietest level is "error".',
        },
        { ...span(sidecar, 'deploy.yaml', "'http'"), message: ['is "http"', 'only grpc or http/protobuf', 'Use "http/protobuf".'] },
        { ...span(sidecar, 'deploy.yaml', 'jaeger_remote'), message: ['"unknown sampler name"', "the Operator's Instrumentation CRD allows this one"] },
        { ...span(sidecar, 'deploy.yaml', '"yes"'), message: ['so "yes" means false', 'Use "true".'] },
      ],
      output: {
        'deploy.yaml': deployment({
          agentEnv: env(['OTEL_LOG_LEVEL', 'none'], ['OTEL_EXPORTER_OTLP_PROTOCOL', "'http/protobuf'"], ['OTEL_TRACES_SAMPLER', 'jaeger_remote'], ['OTEL_GO_AUTO_INCLUDE_DB_STATEMENT', '"true"']),
        }),
      },
    },
    {
      name: 'compose list form: level case, exporter list with a space and a docs-only name, ratio out of range',
      files: compose,
      errors: [
        { ...span(compose, 'compose.yaml', 'WARNING'), message: ['on agent service "agent" is "WARNING"', 'Use "warn".'] },
        { ...span(compose, 'compose.yaml', 'otlp, logging'), message: ['split at each comma with no spaces trimmed', 'zipkin and logging', 'Use "otlp,console".'] },
        {
          ...span(compose, 'compose.yaml', '10', 0),
          message: 'OTEL_TRACES_SAMPLER_ARG on agent service "agent" is "10": traceidratio needs a fraction in [0, 1], so the agent fails to start ("fraction in TraceIDRatio must be in the range [0, 1]"). Write the fraction of traces to keep, e.g. 0.25 for 25%.',
        },
      ],
      output: { 'compose.yaml': compose['compose.yaml'].replace('=WARNING', '=warn').replace('otlp, logging', 'otlp,console') },
    },
    {
      name: 'a value from a ConfigMap: reported and fixed at the ConfigMap entry, with the envFrom as evidence',
      files: configMap,
      errors: [{ ...span(configMap, 'deploy.yaml', 'http/json'), message: ['OTEL_EXPORTER_OTLP_TRACES_PROTOCOL on agent container', 'no OTLP/JSON exporter'], related: ['deploy.yaml:6'] }],
      output: { 'deploy.yaml': configMap['deploy.yaml'].replace('http/json', 'http/protobuf') },
    },
    {
      name: 'Operator: spec.sampler.type and spec.env (no fix: other languages read them), spec.go.env (fixed)',
      files: operator,
      errors: [
        {
          ...span(operator, 'instrumentation.yaml', 'parentbased_jaeger_remote'),
          message: ['spec.sampler.type of Instrumentation go (OTEL_TRACES_SAMPLER for the Go agent) is "parentbased_jaeger_remote"', 'set OTEL_TRACES_SAMPLER in spec.go.env'],
        },
        {
          ...span(operator, 'instrumentation.yaml', 'trace'),
          message: [
            'OTEL_LOG_LEVEL in spec.env of Instrumentation go is "trace"',
            'Use "debug". spec.env also configures the Operator\'s other language agents: set OTEL_LOG_LEVEL in spec.go.env to override it for Go.',
          ],
        },
        { ...span(operator, 'instrumentation.yaml', '"on"'), message: ['OTEL_GO_AUTO_PARSE_DB_STATEMENT in spec.go.env of Instrumentation go is "on"', 'Use "true".'] },
      ],
      output: { 'instrumentation.yaml': operator['instrumentation.yaml'].replace('"on"', '"true"') },
    },
  ],
});

test('isSlogLevel, parseGoFloat', () => {
  for (const ok of ['debug', 'INFO', 'Warn', 'error', 'info+4', 'ERROR-1']) assert.ok(isSlogLevel(ok), ok);
  for (const bad of ['none', 'warning', 'info+', ' info', 'trace', '', '+1']) assert.not.ok(isSlogLevel(bad), bad);
  const floats: [string, number | undefined][] = [['0.5', 0.5], ['.5', 0.5], ['1', 1], ['1e-1', 0.1], ['-0', -0], ['+1.', 1], ['', undefined], ['50%', undefined], ['0x1p-1', undefined], ['1_0', undefined], ['inf', Infinity]];
  for (const [s, want] of floats) assert.is(parseGoFloat(s), want, s);
  assert.ok(Number.isNaN(parseGoFloat('NaN')));
});

test('goParseEndpoint: what Go\'s url.Parse gives the exporters', () => {
  const table: [string, string][] = [
    ['http://collector:4317', 'host collector:4317'],
    ['HTTPS://a.b:443/x?y#z', 'host a.b:443'],
    ['collector:4317', 'noHost'],
    ['collector.ns.svc.cluster.local:4318/v1/traces', 'noHost'],
    ['collector', 'noHost'],
    ['http:/collector:4317', 'noHost'],
    ['10.0.0.1:4317', 'error first path segment in URL cannot contain colon'],
    ['otel_collector:4317', 'error first path segment in URL cannot contain colon'],
    ['[::1]:4317', 'error first path segment in URL cannot contain colon'],
    [':4317', 'error missing protocol scheme'],
    ['http://collector:43a7', 'error invalid port ":43a7" after host'],
    ['//collector:4317', 'host collector:4317'],
    ['unix:///run/otlp.sock', 'host '],
  ];
  for (const [v, want] of table) {
    const u = goParseEndpoint(v);
    const got = 'host' in u ? `host ${u.host}` : 'error' in u ? `error ${u.error}` : 'noHost';
    assert.is(got, want, v);
  }
});

test('checkAgentValue: fixes only where one value is obviously right', () => {
  const table: [string, string, string | undefined, string | undefined | null][] = [
    // [name, value, sampler, expected fix (null: valid)]
    ['OTEL_LOG_LEVEL', 'info', undefined, null],
    ['OTEL_LOG_LEVEL', ' info ', undefined, 'info'],
    ['OTEL_LOG_LEVEL', 'off', undefined, undefined],
    ['OTEL_TRACES_EXPORTER', '', undefined, null],
    ['OTEL_TRACES_EXPORTER', 'OTLP', undefined, 'otlp'],
    ['OTEL_TRACES_EXPORTER', 'jaeger', undefined, undefined],
    ['OTEL_EXPORTER_OTLP_PROTOCOL', '', undefined, null],
    ['OTEL_EXPORTER_OTLP_PROTOCOL', 'GRPC', undefined, 'grpc'],
    ['OTEL_EXPORTER_OTLP_PROTOCOL', 'thrift', undefined, undefined],
    ['OTEL_TRACES_SAMPLER', '', undefined, undefined],
    ['OTEL_TRACES_SAMPLER', 'always_on', undefined, null],
    ['OTEL_TRACES_SAMPLER_ARG', 'abc', undefined, null],
    ['OTEL_TRACES_SAMPLER_ARG', 'abc', 'traceidratio', undefined],
    ['OTEL_TRACES_SAMPLER_ARG', '1.5', 'parentbased_traceidratio', undefined],
    ['OTEL_GO_AUTO_INCLUDE_DB_STATEMENT', 'off', undefined, 'false'],
    ['OTEL_GO_AUTO_INCLUDE_DB_STATEMENT', 'maybe', undefined, undefined],
    ['OTEL_GO_AUTO_INCLUDE_DB_STATEMENT', 'False', undefined, null],
    ['OTEL_SERVICE_NAME', 'anything', undefined, null],
    ['OTEL_EXPORTER_OTLP_ENDPOINT', ' collector:4317 ', undefined, 'http://collector:4317'],
    ['OTEL_EXPORTER_OTLP_ENDPOINT', 'collector', undefined, undefined],
    ['OTEL_EXPORTER_OTLP_ENDPOINT', 'http:/collector:4317', undefined, undefined],
    ['OTEL_EXPORTER_OTLP_ENDPOINT', '', undefined, null],
    ['OTEL_EXPORTER_OTLP_TRACES_ENDPOINT', 'http://collector', undefined, null],
  ];
  for (const [name, value, sampler, fix] of table) {
    const p = checkAgentValue(name, value, sampler);
    if (fix === null) assert.is(p, undefined, `${name}=${value} is accepted`);
    else {
      assert.ok(p, `${name}=${value} is reported`);
      assert.is(p?.fix, fix, `${name}=${value}: fix`);
    }
  }
});

test.run();
