import { test } from 'uvu';
import { targetFlagEnvConflict } from '../../rules/target-flag-env-conflict.ts';
import { ruleTests, span } from '../helpers/rule-tester.ts';
import { deployment } from '../helpers/fixtures.ts';

const conflict = { 'deploy.yaml': deployment({ target: '/srv/api', agentExtra: ['          command: ["/otel-go-instrumentation", "-target-exe", "/app/server"]'] }) };
const inline = { 'deploy.yaml': deployment({ target: '"/srv/api"', agentExtra: ['          args: ["/otel-go-instrumentation", "--target-exe=/app/server"]'] }) };
const compose = {
  'compose.yaml': `services:
  api:
    image: ghcr.io/acme/api:1.0.0
  otel-go-agent:
    image: otel/autoinstrumentation-go:v0.24.0
    pid: "service:api"
    privileged: true
    command: ["/otel-go-instrumentation", "-target-exe", "/app/api"]
    environment:
      - OTEL_GO_AUTO_TARGET_EXE=/app/server
`,
};

ruleTests(targetFlagEnvConflict, {
  valid: [
    { name: 'only the variable', files: { 'deploy.yaml': deployment() } },
    { name: 'the same value twice', files: { 'deploy.yaml': deployment({ agentExtra: ['          command: ["/otel-go-instrumentation", "-target-exe", "/app/server"]'] }) } },
    {
      name: 'before v0.22.0 the flag does not exist (agent-unknown-flag)',
      files: { 'deploy.yaml': conflict['deploy.yaml'].replace('autoinstrumentation-go:v0.24.0', 'autoinstrumentation-go:v0.21.0') },
    },
  ],
  invalid: [
    {
      name: 'flag and variable differ',
      files: conflict,
      errors: [
        {
          ...span(conflict, 'deploy.yaml', '/srv/api'),
          severity: 'warning',
          message:
            'OTEL_GO_AUTO_TARGET_EXE is "/srv/api", but container "otel-go-agent" also gets -target-exe "/app/server" (deploy.yaml:20), and the flag takes precedence (the agent checks -target-pid, then -target-exe, then OTEL_GO_AUTO_TARGET_PID, then OTEL_GO_AUTO_TARGET_EXE): it looks for "/app/server" and ignores this value. Keep one of the two so the manifest says what the agent does.',
          related: ['deploy.yaml:20'],
        },
      ],
    },
    {
      name: '--target-exe=value in args',
      files: inline,
      errors: [{ ...span(inline, 'deploy.yaml', '"/srv/api"'), severity: 'warning', message: ['also gets -target-exe "/app/server"'] }],
    },
    {
      name: 'compose',
      files: compose,
      errors: [{ ...span(compose, 'compose.yaml', '/app/server'), message: ['service "otel-go-agent" also gets -target-exe "/app/api" (compose.yaml:8)'] }],
    },
  ],
});

test.run();
