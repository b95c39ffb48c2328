import { test } from 'uvu';
import { agentNotRoot } from '../../rules/agent-not-root.ts';
import { ruleTests, span } from '../helpers/rule-tester.ts';
import { deployment } from '../helpers/fixtures.ts';

const SC = '          securityContext:\n            privileged: true\n            runAsUser: 0\n';
const good = deployment();
const agentSc = (lines: string, podExtra: string[] = []) => ({ 'deploy.yaml': deployment({ podExtra }).replace(SC, lines) });

const user1000 = agentSc('          securityContext:\n            privileged: true\n            runAsUser: 1000\n');
const inherited = agentSc('          securityContext:\n            privileged: true\n', ['      securityContext:', '        runAsUser: 65532']);
const nonRootPod = { 'deploy.yaml': deployment({ podExtra: ['      securityContext:', '        runAsNonRoot: true'] }) };
const nonRootContainer = agentSc('          securityContext:\n            privileged: true\n            runAsNonRoot: true\n');
const composeUser = {
  'compose.yaml': `services:
  api:
    image: ghcr.io/acme/api:1.0.0
  agent:
    image: otel/autoinstrumentation-go:v0.24.0
    pid: "service:api"
    privileged: true
    user: "1000:1000"
    environment:
      OTEL_GO_AUTO_TARGET_EXE: /app/server
`,
};

ruleTests(agentNotRoot, {
  valid: [
    { name: 'the correct sidecar', files: { 'deploy.yaml': good } },
    { name: 'no runAsUser at all (the image runs as root)', files: agentSc('          securityContext:\n            privileged: true\n') },
    {
      name: 'the agent overrides the pod user and non-root policy',
      files: agentSc('          securityContext:\n            privileged: true\n            runAsUser: 0\n            runAsNonRoot: false\n', ['      securityContext:', '        runAsUser: 1000', '        runAsNonRoot: true']),
    },
    { name: 'compose user root', files: { 'compose.yaml': composeUser['compose.yaml'].replace('"1000:1000"', '"0:0"') } },
  ],
  invalid: [
    {
      name: 'runAsUser 1000 on the agent',
      files: user1000,
      errors: [
        {
          ...span(user1000, 'deploy.yaml', '1000'),
          severity: 'error',
          message:
            'The agent container "otel-go-agent" runs as user 1000 (runAsUser at deploy.yaml:25); the Go agent must run as root (runAsUser: 0, as its docs say) to read the target\'s /proc entries, use ptrace and load eBPF programs. Set runAsUser: 0.',
          related: [],
        },
      ],
    },
    {
      name: 'inherited from the pod securityContext',
      files: inherited,
      errors: [
        {
          ...span(inherited, 'deploy.yaml', 'securityContext', 1),
          message: ['sets no runAsUser, so it inherits runAsUser: 65532 from the pod securityContext (deploy.yaml:16)', 'Set runAsUser: 0 in the agent container'],
          related: ['deploy.yaml:16'],
        },
      ],
    },
    {
      name: 'pod runAsNonRoot with the agent runAsUser 0',
      files: nonRootPod,
      errors: [
        {
          file: 'deploy.yaml',
          line: 27,
          column: 24,
          endLine: 27,
          endColumn: 25,
          message: [
            'runAsNonRoot: true is set in the pod securityContext (deploy.yaml:16), with runAsUser: 0 (deploy.yaml:27)',
            `the kubelet refuses to start it ("container's runAsUser breaks non-root policy")`,
            'set runAsNonRoot: false in the agent container',
          ],
          related: ['deploy.yaml:16', 'deploy.yaml:27'],
        },
      ],
    },
    {
      name: 'runAsNonRoot on the agent, no runAsUser',
      files: nonRootContainer,
      errors: [{ ...span(nonRootContainer, 'deploy.yaml', 'true', 2), message: ['("container has runAsNonRoot and image will run as root")'], related: [] }],
    },
    {
      name: 'compose user',
      files: composeUser,
      errors: [{ ...span(composeUser, 'compose.yaml', '"1000:1000"'), message: 'The agent service "agent" runs as user "1000:1000"; the Go agent must run as root (runAsUser: 0, as its docs say) to read the target\'s /proc entries, use ptrace and load eBPF programs. Remove user: or set it to "0".' }],
    },
  ],
});

test.run();
