import { test } from 'uvu';
import { targetExeMissing } from '../../rules/target-exe-missing.ts';
import { ruleTests, span } from '../helpers/rule-tester.ts';
import { deployment, SEED_DOCKERFILE } from '../helpers/fixtures.ts';

const SERVICE = ['            - name: OTEL_SERVICE_NAME', '              value: api'];
const none = { Dockerfile: SEED_DOCKERFILE, 'deploy.yaml': deployment({ agentEnv: SERVICE }) };
const empty = { 'deploy.yaml': deployment({ target: '""' }) };
const cm = 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: agent\ndata:\n  OTEL_SERVICE_NAME: api\n';
const envFromRepo = {
  'cm.yaml': cm,
  'deploy.yaml': deployment({ agentEnv: SERVICE, agentExtra: ['          envFrom:', '            - configMapRef:', '                name: agent'] }),
};

const compose = (agent: string) => `services:
  api:
    image: ghcr.io/acme/api:1.0.0
  otel-go-agent:
    image: otel/autoinstrumentation-go:v0.24.0
    pid: "service:api"
    privileged: true
${agent}`;
const composeNone = { 'compose.yaml': compose('    environment:\n      - OTEL_SERVICE_NAME=api\n') };

ruleTests(targetExeMissing, {
  valid: [
    { name: 'the correct sidecar', files: { Dockerfile: SEED_DOCKERFILE, 'deploy.yaml': deployment() } },
    { name: 'the -target-exe flag', files: { 'deploy.yaml': deployment({ agentEnv: SERVICE, agentExtra: ['          command: ["/otel-go-instrumentation", "-target-exe=/app/server"]'] }) } },
    { name: 'the -target-pid flag', files: { 'deploy.yaml': deployment({ agentEnv: SERVICE, agentExtra: ['          args: ["/otel-go-instrumentation", "-target-pid", "7"]'] }) } },
    { name: 'OTEL_GO_AUTO_TARGET_PID', files: { 'deploy.yaml': deployment({ agentEnv: ['            - name: OTEL_GO_AUTO_TARGET_PID', '              value: "1"'] }) } },
    {
      name: 'from a Secret: unknowable',
      files: { 'deploy.yaml': deployment({ agentEnv: ['            - name: OTEL_GO_AUTO_TARGET_EXE', '              valueFrom:', '                secretKeyRef: {name: agent, key: exe}'] }) },
    },
    { name: 'envFrom a Secret: unknowable', files: { 'deploy.yaml': deployment({ agentEnv: SERVICE, agentExtra: ['          envFrom:', '            - secretRef:', '                name: agent'] }) } },
    { name: 'envFrom a ConfigMap outside the repository: unknowable', files: { 'deploy.yaml': envFromRepo['deploy.yaml'] } },
    { name: 'a custom agent image may set the target itself', files: { 'deploy.yaml': deployment({ agentEnv: SERVICE }).replace('otel/autoinstrumentation-go:v0.24.0', 'ghcr.io/acme/agent:1') } },
    { name: 'compose env_file not in the repository: unknowable', files: { 'compose.yaml': compose('    env_file: agent.env\n') } },
    { name: 'compose env_file sets the target', files: { 'compose.yaml': compose('    env_file: [agent.env]\n'), 'agent.env': 'OTEL_GO_AUTO_TARGET_EXE=/app/api\n' } },
    { name: 'compose target from .env interpolation', files: { 'compose.yaml': compose('    environment:\n      OTEL_GO_AUTO_TARGET_EXE: ${API_EXE}\n'), '.env': 'API_EXE=/app/api\n' } },
    { name: 'compose variable from the shell: unknowable', files: { 'compose.yaml': compose('    environment:\n      - OTEL_GO_AUTO_TARGET_EXE\n') } },
  ],
  invalid: [
    {
      name: 'no target at all: the app\'s executable is suggested',
      files: none,
      errors: [
        {
          ...span(none, 'deploy.yaml', 'otel/autoinstrumentation-go:v0.24.0'),
          severity: 'error',
          message:
            'Container "otel-go-agent" runs the Go agent without a target: no -target-exe or -target-pid flag, and neither OTEL_GO_AUTO_TARGET_EXE nor OTEL_GO_AUTO_TARGET_PID in its environment. The agent logs "failed to find target" and exits with status 0, instrumenting nothing. Set OTEL_GO_AUTO_TARGET_EXE to "/app/server", the executable of container "app" (Dockerfile:4, Dockerfile:7; its image is assumed to be built from Dockerfile, the only Dockerfile in the repository).',
          related: ['Dockerfile:6', 'Dockerfile:8', 'Dockerfile:8', 'Dockerfile:4', 'Dockerfile:7'],
        },
      ],
    },
    {
      name: 'an empty value counts as unset',
      files: empty,
      errors: [{ ...span(empty, 'deploy.yaml', '""'), message: ['OTEL_GO_AUTO_TARGET_EXE is empty in container "otel-go-agent", and the agent treats an empty value as unset'] }],
    },
    {
      name: 'envFrom a ConfigMap of the repository without the variable',
      files: envFromRepo,
      errors: [{ ...span(envFromRepo, 'deploy.yaml', 'otel/autoinstrumentation-go:v0.24.0'), message: ['without a target'] }],
    },
    {
      name: 'compose env_file without the target',
      files: { 'compose.yaml': compose('    env_file: agent.env\n'), 'agent.env': '# exporter only\nOTEL_EXPORTER_OTLP_ENDPOINT=http://collector:4318\n' },
      errors: [{ ...span({ 'compose.yaml': compose('    env_file: agent.env\n') }, 'compose.yaml', 'otel/autoinstrumentation-go:v0.24.0'), message: ['Service "otel-go-agent" runs the Go agent without a target'] }],
    },
    {
      name: 'compose',
      files: composeNone,
      errors: [{ ...span(composeNone, 'compose.yaml', 'otel/autoinstrumentation-go:v0.24.0'), message: ['Service "otel-go-agent" runs the Go agent without a target', 'Set OTEL_GO_AUTO_TARGET_EXE to the path'] }],
    },
  ],
});

test.run();
