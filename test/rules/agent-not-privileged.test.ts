import { test } from 'uvu';
import { agentNotPrivileged } from '../../rules/agent-not-privileged.ts';
import { ruleTests, span } from '../helpers/rule-tester.ts';
import { deployment, nativeSidecarDeployment } from '../helpers/fixtures.ts';

const SC = '          securityContext:\n            privileged: true\n            runAsUser: 0\n';
const good = deployment();
const withSc = (lines: string) => ({ 'deploy.yaml': good.replace(SC, lines) });

const seed = withSc('          securityContext:\n            capabilities:\n              add:\n                - SYS_PTRACE\n            privileged: false\n');
const none = withSc('');
const noPriv = withSc('          securityContext:\n            runAsUser: 0\n');
const ape = withSc('          securityContext:\n            privileged: true\n            allowPrivilegeEscalation: false\n');
const both = withSc('          securityContext:\n            privileged: false\n            allowPrivilegeEscalation: false\n');

const obi = (sc: string) => `apiVersion: apps/v1
kind: DaemonSet
metadata:
  name: obi
spec:
  template:
    spec:
      hostPID: true
      containers:
        - name: obi
          image: otel/ebpf-instrument:main
${sc}`;
const obiBare = { 'obi.yaml': obi('') };

ruleTests(agentNotPrivileged, {
  valid: [
    { name: 'the correct sidecar', files: { 'deploy.yaml': good } },
    { name: 'OBI with capabilities', files: { 'obi.yaml': obi('          securityContext:\n            capabilities:\n              add: [BPF, PERFMON, SYS_PTRACE]\n') } },
    { name: 'privileged: true with allowPrivilegeEscalation: true', files: withSc('          securityContext:\n            privileged: true\n            allowPrivilegeEscalation: true\n') },
  ],
  invalid: [
    {
      name: 'native sidecar agent (initContainers, restartPolicy: Always)',
      files: { 'deploy.yaml': nativeSidecarDeployment({ privileged: false }) },
      errors: [
        {
          ...span({ 'deploy.yaml': nativeSidecarDeployment({ privileged: false }) }, 'deploy.yaml', 'false'),
          message: ['The agent container "otel-go-agent" (the Go agent) sets privileged: false'],
        },
      ],
      output: { 'deploy.yaml': nativeSidecarDeployment() },
    },
    {
      name: 'the seed article: SYS_PTRACE with privileged: false',
      files: seed,
      errors: [
        {
          ...span(seed, 'deploy.yaml', 'false'),
          severity: 'error',
          message:
            'The agent container "otel-go-agent" (the Go agent) sets privileged: false; SYS_PTRACE alone is not enough: the Go agent loads eBPF programs, mounts bpffs, and uses ptrace and remote mmap on the target process; its docs ask for privileged: true and runAsUser: 0 (they stopped asking for SYS_PTRACE in v0.8.0). Without it the agent cannot instrument anything. Set securityContext.privileged: true.',
          related: ['deploy.yaml:26'],
        },
      ],
      output: { 'deploy.yaml': seed['deploy.yaml'].replace('privileged: false', 'privileged: true') },
    },
    {
      name: 'no securityContext: one is added after the container',
      files: none,
      errors: [{ ...span(none, 'deploy.yaml', 'otel/autoinstrumentation-go:v0.24.0'), message: ['has no securityContext with privileged: true'] }],
      output: { 'deploy.yaml': good.replace('            runAsUser: 0\n', '') },
    },
    {
      name: 'a securityContext without privileged: the field is added first',
      files: noPriv,
      errors: [{ ...span(noPriv, 'deploy.yaml', 'securityContext'), message: ['has a securityContext without privileged: true'] }],
      output: { 'deploy.yaml': good },
    },
    {
      name: 'privileged with allowPrivilegeEscalation: false is rejected',
      files: ape,
      errors: [
        {
          ...span(ape, 'deploy.yaml', 'false'),
          message: ['sets privileged: true (deploy.yaml:24) but allowPrivilegeEscalation: false; the API server rejects that combination'],
          related: ['deploy.yaml:24'],
        },
      ],
      output: { 'deploy.yaml': ape['deploy.yaml'].replace('allowPrivilegeEscalation: false', 'allowPrivilegeEscalation: true') },
    },
    {
      name: 'privileged: false and allowPrivilegeEscalation: false: both set',
      files: both,
      errors: [{ ...span(both, 'deploy.yaml', 'false'), message: ['sets privileged: false'] }],
      output: { 'deploy.yaml': both['deploy.yaml'].replaceAll(': false', ': true') },
    },
    {
      name: 'OBI without privileges or capabilities',
      files: obiBare,
      errors: [{ ...span(obiBare, 'obi.yaml', 'otel/ebpf-instrument:main'), message: ['(OBI) has no securityContext', 'loading eBPF programs needs privileges'] }],
      output: { 'obi.yaml': obi('          securityContext:\n            privileged: true\n') },
    },
  ],
});

test.run();
