import { test } from 'uvu';
import { agentUnknownFlag } from '../../rules/agent-unknown-flag.ts';
import { ruleTests, span } from '../helpers/rule-tester.ts';
import { deployment } from '../helpers/fixtures.ts';

const agent = (command: string, image = 'otel/autoinstrumentation-go:v0.24.0') => ({
  'deploy.yaml': deployment({ agentExtra: [`          command: ${command}`] }).replace('otel/autoinstrumentation-go:v0.24.0', image),
});

const globalImpl = agent('["/otel-go-instrumentation", "-global-impl"]');
const latest = agent('["/otel-go-instrumentation", "--global-impl=true"]', 'otel/autoinstrumentation-go:latest');
const tooOld = agent('["/otel-go-instrumentation", "-target-exe", "/app/server"]', 'otel/autoinstrumentation-go:v0.21.0');
const typo = agent('["/otel-go-instrumentation", "-target_exe", "/app/server"]');
const compose = {
  'compose.yaml': `services:
  api:
    image: ghcr.io/acme/api:1.0.0
  otel-go-agent:
    image: otel/autoinstrumentation-go:v0.22.1
    pid: "service:api"
    privileged: true
    command: /otel-go-instrumentation -log-level debug -global-impl
`,
};

/** A Helm chart whose agent image comes from values.yaml: the chart's values give its version, as for app images. */
const chart = (tag: string) => ({
  'chart/Chart.yaml': 'apiVersion: v2\nname: demo\nversion: 0.1.0\n',
  'chart/values.yaml': `otel:\n  image:\n    repository: otel/autoinstrumentation-go\n    tag: ${tag}\n`,
  'chart/templates/deployment.yaml': deployment({ agentExtra: ['          command: ["/otel-go-instrumentation", "-global-impl"]'] }).replace(
    'otel/autoinstrumentation-go:v0.24.0',
    '"{{ .Values.otel.image.repository }}:{{ .Values.otel.image.tag }}"',
  ),
});

ruleTests(agentUnknownFlag, {
  valid: [
    { name: 'the correct sidecar', files: { 'deploy.yaml': deployment() } },
    { name: 'current flags on v0.24.0', files: agent('["/otel-go-instrumentation", "-log-level=debug", "-target-exe", "/app/server"]') },
    { name: '-global-impl on v0.21.0', files: agent('["/otel-go-instrumentation", "-global-impl"]', 'otel/autoinstrumentation-go:v0.21.0') },
    { name: 'Helm: -global-impl with the v0.19.0-alpha agent of values.yaml', files: chart('v0.19.0-alpha') },
    { name: 'words after the first non-flag are not parsed', files: agent('["/otel-go-instrumentation", "extra", "-global-impl"]') },
    { name: 'another program (a shell) is not parsed here', files: agent('["sh", "-c", "x"]') },
  ],
  invalid: [
    {
      name: '-global-impl on v0.24.0',
      files: globalImpl,
      errors: [
        {
          ...span(globalImpl, 'deploy.yaml', '"-global-impl"'),
          severity: 'error',
          message:
            '-global-impl was removed from the agent in v0.22.0 (instrumenting the global OpenTelemetry implementation is always on since then); with this agent (image tag v0.24.0) Go\'s flag package stops at it ("flag provided but not defined: -global-impl") and the agent exits with status 2. Remove the flag.',
          related: ['deploy.yaml:19'],
        },
      ],
    },
    {
      name: 'Helm: -global-impl with the v0.24.0 agent of values.yaml',
      files: chart('v0.24.0'),
      errors: [{ ...span(chart('v0.24.0'), 'chart/templates/deployment.yaml', '"-global-impl"'), message: ['with this agent (image tag v0.24.0)'] }],
    },
    {
      name: '--global-impl=true with an unversioned tag',
      files: latest,
      errors: [{ ...span(latest, 'deploy.yaml', '"--global-impl=true"'), message: ['with image tag latest, which cannot say the version, and every release since v0.22.0'] }],
    },
    {
      name: '-target-exe before v0.22.0',
      files: tooOld,
      errors: [{ ...span(tooOld, 'deploy.yaml', '"-target-exe"'), message: ['-target-exe was added to the agent in v0.22.0; this agent (image tag v0.21.0) does not define it', 'or set OTEL_GO_AUTO_TARGET_EXE instead'] }],
    },
    {
      name: 'a misspelt flag',
      files: typo,
      errors: [{ ...span(typo, 'deploy.yaml', '"-target_exe"'), message: ['"-target_exe" is not a flag of the Go agent (image tag v0.24.0 defines -log-level, -target-exe, -target-pid)', 'Did you mean -target-exe?'] }],
    },
    {
      name: 'compose command string',
      files: compose,
      errors: [{ ...span(compose, 'compose.yaml', '-global-impl'), message: ['with this agent (image tag v0.22.1)'] }],
    },
  ],
});

test.run();
