import { test } from 'uvu';
import { composeAgentPidMissing } from '../../rules/compose-agent-pid-missing.ts';
import { ruleTests, span } from '../helpers/rule-tester.ts';
import { IN_IMAGE_AGENT_SCRIPT, inImageAgentDockerfile } from '../helpers/fixtures.ts';

const compose = (agentFields: string, extraServices = '') => `services:
  api:
    image: ghcr.io/acme/api:1.0.0
${extraServices}
  otel-go-agent:
${agentFields}    image: otel/autoinstrumentation-go:v0.24.0
    privileged: true
    environment:
      - OTEL_GO_AUTO_TARGET_EXE=/app/server
`;
const missing = { 'compose.yaml': compose('') };
const two = { 'compose.yaml': compose('', '  worker:\n    image: ghcr.io/acme/worker:1.0.0\n') };
const wrong = { 'compose.yaml': compose('    pid: "private"\n') };
const crlf = { 'compose.yaml': missing['compose.yaml'].replaceAll('\n', '\r\n') };
const beyla = {
  'compose.yaml': `services:
  api:
    image: ghcr.io/acme/api:1.0.0
  beyla:
    image: grafana/beyla:2.1
    privileged: true
    environment:
      BEYLA_AUTO_TARGET_EXE: "*/server"
`,
};

ruleTests(composeAgentPidMissing, {
  valid: [
    {
      // From ngoldack/enable-banking-mcp: the agent copied into the application's image, both started by its script.
      name: 'the agent in the application image: one container, one PID namespace',
      files: {
        Dockerfile: inImageAgentDockerfile(),
        'entrypoint.sh': IN_IMAGE_AGENT_SCRIPT,
        'compose.yaml': 'services:\n  fin-mcp:\n    build: .\n    privileged: true\n    environment:\n      - OTEL_GO_AUTO_TARGET_EXE=/app/fin-mcp\n',
      },
    },
    { name: 'pid: service:<app>', files: { 'compose.yaml': compose('    pid: "service:api"\n') } },
    { name: 'pid: host', files: { 'compose.yaml': compose('    pid: host\n') } },
    { name: 'pid: container:<name>', files: { 'compose.yaml': compose('    pid: "container:api-1"\n') } },
    { name: 'interpolated', files: { 'compose.yaml': compose('    pid: ${AGENT_PID_MODE}\n') } },
    {
      // kubeshop/tracetest's getting-started example: the application joins the agent's namespace.
      name: 'the application has pid: "service:<agent>"',
      files: { 'compose.yaml': compose('', '    pid: "service:otel-go-agent"\n') },
    },
    {
      name: 'the application joins a service that joined the agent (a chain)',
      files: {
        'compose.yaml': compose('', '    pid: "service:sidecar"\n  sidecar:\n    image: ghcr.io/acme/sidecar:1.0.0\n    pid: "service:otel-go-agent"\n'),
      },
    },
    {
      name: 'the application joins the agent by its container_name',
      files: { 'compose.yaml': compose('    container_name: go-agent\n', '    pid: "container:go-agent"\n') },
    },
  ],
  invalid: [
    {
      name: 'no pid, one application service: pid: "service:api" is added',
      files: missing,
      errors: [
        {
          ...span(missing, 'compose.yaml', 'otel-go-agent'),
          severity: 'error',
          message:
            'The agent service "otel-go-agent" (the Go agent) has no pid: setting, so it runs in its own PID namespace and sees only its own processes, never those of service "api": it never finds a process to attach to. Add pid: "service:api" (or pid: host).',
        },
      ],
      output: { 'compose.yaml': compose('    pid: "service:api"\n') },
    },
    {
      name: 'CRLF line endings are kept',
      files: crlf,
      errors: [{ ...span(missing, 'compose.yaml', 'otel-go-agent') }],
      output: { 'compose.yaml': compose('    pid: "service:api"\n').replaceAll('\n', '\r\n') },
    },
    {
      name: 'two application services: no fix',
      files: two,
      errors: [{ ...span(two, 'compose.yaml', 'otel-go-agent'), message: ['never those of service "api", service "worker"', 'Add pid: "service:<the application service>".'] }],
    },
    {
      name: 'a pid value that shares nothing',
      files: wrong,
      errors: [{ ...span(wrong, 'compose.yaml', '"private"'), message: ['pid: "private" does not share a PID namespace'] }],
    },
    {
      name: 'Beyla',
      files: beyla,
      errors: [{ ...span(beyla, 'compose.yaml', 'beyla', 0), message: ['The agent service "beyla" (Beyla) has no pid: setting'] }],
      output: { 'compose.yaml': beyla['compose.yaml'].replace('  beyla:\n', '  beyla:\n    pid: "service:api"\n') },
    },
  ],
});

test.run();
