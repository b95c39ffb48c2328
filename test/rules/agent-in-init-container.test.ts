import { test } from 'uvu';
import { agentInInitContainer } from '../../rules/agent-in-init-container.ts';
import { ruleTests, span } from '../helpers/rule-tester.ts';
import { deployment, nativeSidecarDeployment, SEED_DOCKERFILE } from '../helpers/fixtures.ts';
import { cdk8sL1Program } from '../helpers/ts-programs.ts';

const plain = { Dockerfile: SEED_DOCKERFILE, 'deploy.yaml': nativeSidecarDeployment({ restartPolicy: null }) };
const obiInit = { Dockerfile: SEED_DOCKERFILE, 'deploy.yaml': nativeSidecarDeployment({ restartPolicy: null }).replace('otel/autoinstrumentation-go:v0.24.0', 'otel/ebpf-instrument:main') };
const never = { Dockerfile: SEED_DOCKERFILE, 'deploy.yaml': nativeSidecarDeployment({ restartPolicy: 'Never' }) };
/** The agent image used only to copy its binary into a shared volume: not the agent running. */
const copier = {
  'deploy.yaml': deployment({
    podExtra: [
      '      initContainers:',
      '        - name: copy-agent',
      '          image: otel/autoinstrumentation-go:v0.24.0',
      '          command: ["cp", "/otel-go-instrumentation", "/shared/"]',
    ],
  }),
};
const byCommand = {
  'deploy.yaml': deployment({
    podExtra: [
      '      initContainers:',
      '        - name: agent',
      '          image: registry.example.com/tools/otel:1',
      '          command: ["/otel-go-instrumentation"]',
    ],
  }),
};
const l1 = (agent: 'init' | 'native') => ({ Dockerfile: SEED_DOCKERFILE, 'main.ts': cdk8sL1Program({ agent }) });
const l1Plain = l1('init');

const migrate = {
  Dockerfile: SEED_DOCKERFILE,
  'deploy.yaml': deployment({ podExtra: ['      initContainers:', '        - name: migrate', '          image: ghcr.io/acme/api:1.0.0', '          command: ["/app/server", "migrate"]'] }),
};

ruleTests(agentInInitContainer, {
  valid: [
    { name: 'native sidecar (restartPolicy: Always)', files: { Dockerfile: SEED_DOCKERFILE, 'deploy.yaml': nativeSidecarDeployment() } },
    { name: 'agent in containers', files: { Dockerfile: SEED_DOCKERFILE, 'deploy.yaml': deployment() } },
    { name: 'an init container that is not an agent', files: migrate },
    { name: 'the agent image only copies its binary', files: copier },
    { name: 'cdk8s L1 native sidecar', files: l1('native') },
  ],
  invalid: [
    {
      name: 'agent image in an ordinary init container: restartPolicy: Always is added',
      files: plain,
      errors: [
        {
          ...span(plain, 'deploy.yaml', 'otel/autoinstrumentation-go:v0.24.0'),
          severity: 'error',
          message:
            'The agent "otel-go-agent" (the Go agent: its image otel/autoinstrumentation-go:v0.24.0) is an init container of Deployment api and has no restartPolicy: Always: Kubernetes starts the app containers only after every init container has exited, and the agent polls for its target every 2 s and never exits, so the pod stays in Init and the app never starts. Add restartPolicy: Always to make it a native sidecar that runs beside the app (Kubernetes 1.29+), or move it to containers:.',
          related: ['deploy.yaml:25'],
        },
      ],
      output: { 'deploy.yaml': plain['deploy.yaml'].replace('            runAsUser: 0\n', '            runAsUser: 0\n          restartPolicy: Always\n') },
    },
    {
      name: 'restartPolicy other than Always: the value is replaced',
      files: never,
      errors: [{ ...span(never, 'deploy.yaml', 'otel/autoinstrumentation-go:v0.24.0'), message: ['and sets restartPolicy: Never:'] }],
      output: { 'deploy.yaml': nativeSidecarDeployment() },
    },
    {
      name: 'cdk8s L1: reported on the image literal, no fix (the object literal is not edited)',
      files: l1Plain,
      errors: [{ ...span(l1Plain, 'main.ts', "'otel/autoinstrumentation-go:v0.24.0'"), message: ['has no restartPolicy: Always'] }],
    },
    {
      name: 'OBI in an ordinary init container',
      files: obiInit,
      errors: [{ ...span(obiInit, 'deploy.yaml', 'otel/ebpf-instrument:main'), message: ['The agent "otel-go-agent" (OBI: its image otel/ebpf-instrument:main)'] }],
      output: { 'deploy.yaml': obiInit['deploy.yaml'].replace('            runAsUser: 0\n', '            runAsUser: 0\n          restartPolicy: Always\n') },
    },
    {
      name: 'recognised by its command',
      files: byCommand,
      errors: [{ ...span(byCommand, 'deploy.yaml', 'registry.example.com/tools/otel:1'), message: ['(the Go agent: its command runs /otel-go-instrumentation'] }],
      output: { 'deploy.yaml': byCommand['deploy.yaml'].replace('          command: ["/otel-go-instrumentation"]\n', '          command: ["/otel-go-instrumentation"]\n          restartPolicy: Always\n') },
    },
  ],
});

test.run();
