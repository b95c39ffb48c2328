import { test } from 'uvu';
import { operatorAgentSecurityContext } from '../../rules/operator-agent-security-context.ts';
import { operatorApp as app, operatorManager } from '../helpers/fixtures.ts';
import { ruleTests, span } from '../helpers/rule-tester.ts';

const operator = (tag: string) => operatorManager(tag, ['--enable-go-instrumentation']);

const inst = (sc: string) => `apiVersion: opentelemetry.io/v1alpha1
kind: Instrumentation
metadata:
  name: go
spec:
  go:
    image: ghcr.io/open-telemetry/opentelemetry-go-instrumentation/autoinstrumentation-go:v0.24.0
${sc}`;
const files = (sc: string, extra: Record<string, string> = {}) => ({ 'instrumentation.yaml': inst(sc), 'deploy.yaml': app, ...extra });
const HEAD = 'spec.go.securityContext of Instrumentation go (instrumentation.yaml:4) replaces the whole securityContext of the agent container the Operator injects (privileged: true and runAsUser: 0 without it, Operator v0.150.0 and later), and this one';
const NO_TRACES = 'The Go agent loads eBPF programs, mounts bpffs and uses ptrace on the target, which needs privileged: true as root: without that, it cannot attach, and the pods it instruments run without traces. Set privileged: true and runAsUser: 0 there, or remove spec.go.securityContext.';

const capsOnly = files('    securityContext:\n      capabilities:\n        add: [SYS_PTRACE]\n');
const unprivileged = files('    securityContext:\n      privileged: false\n      runAsUser: 1000\n');
const nonRoot = files('    securityContext:\n      privileged: true\n      runAsNonRoot: true\n');
const empty = files('    securityContext: {}\n');

/** kubebuilder's scaffold: the pod runs as non-root; the Operator's agent is root. */
const podNonRoot = (sc: string, extra: Record<string, string> = {}) =>
  files(sc, { 'deploy.yaml': app.replace('    spec:\n      containers:', '    spec:\n      securityContext:\n        runAsNonRoot: true\n      containers:'), ...extra });
const POD = podNonRoot('');

ruleTests(operatorAgentSecurityContext, {
  valid: [
    { name: 'no override: the Operator default (privileged, root)', files: files('') },
    { name: 'a null override is no override', files: files('    securityContext:\n') },
    { name: 'privileged as root', files: files('    securityContext:\n      privileged: true\n      runAsUser: 0\n') },
    { name: 'privileged without runAsUser (the agent image runs as root)', files: files('    securityContext:\n      privileged: true\n') },
    { name: 'every Operator of the repository predates the field: the CRD drops it', files: { ...capsOnly, 'operator.yaml': operator('0.149.0') } },
    { name: 'pod runAsNonRoot, the Instrumentation lets the agent run as root', files: podNonRoot('    securityContext:\n      privileged: true\n      runAsNonRoot: false\n') },
    {
      name: 'pod runAsNonRoot with a pod runAsUser, and a context without runAsUser: another problem (the agent is not root)',
      files: { ...podNonRoot('    securityContext:\n      privileged: true\n'), 'deploy.yaml': POD['deploy.yaml'].replace('runAsNonRoot: true', 'runAsNonRoot: true\n        runAsUser: 1000') },
    },
    { name: 'pod runAsNonRoot, the Instrumentation not in the repository', files: { 'deploy.yaml': POD['deploy.yaml'] } },
    { name: 'a value of the wrong type is a parse error, not a missing field', files: files('    securityContext:\n      privileged: "true"\n') },
  ],
  invalid: [
    {
      name: 'capabilities only: privileged: true is added, the workloads it serves are related',
      files: capsOnly,
      errors: [
        {
          ...span(capsOnly, 'instrumentation.yaml', 'securityContext'),
          message: `${HEAD} leaves out privileged: true. ${NO_TRACES}`,
          related: ['deploy.yaml:9'],
        },
      ],
      output: { 'instrumentation.yaml': inst('    securityContext:\n      privileged: true\n      capabilities:\n        add: [SYS_PTRACE]\n') },
    },
    {
      name: 'privileged: false and a non-root user: both corrected; a current Operator in the repository',
      files: { ...unprivileged, 'operator.yaml': operator('0.150.0') },
      errors: [
        {
          ...span(unprivileged, 'instrumentation.yaml', 'false'),
          message: `${HEAD} sets privileged: false and runs it as user 1000. ${NO_TRACES}`,
          related: ['deploy.yaml:9'],
        },
      ],
      output: { 'instrumentation.yaml': inst('    securityContext:\n      privileged: true\n      runAsUser: 0\n') },
    },
    {
      name: 'runAsNonRoot: the agent container, and the pod, never start',
      files: nonRoot,
      errors: [
        {
          ...span(nonRoot, 'instrumentation.yaml', 'true', 1),
          message: `${HEAD} sets runAsNonRoot: true. The agent image runs as root, which runAsNonRoot: true forbids: the kubelet refuses to start the agent container, and the pods it is injected into never start. Set privileged: true and runAsUser: 0 there, or remove spec.go.securityContext.`,
          related: ['deploy.yaml:9'],
        },
      ],
      output: { 'instrumentation.yaml': inst('    securityContext:\n      privileged: true\n      runAsNonRoot: false\n') },
    },
    {
      name: 'pod runAsNonRoot: the default agent context (runAsUser: 0) is refused by the kubelet',
      files: POD,
      errors: [
        {
          ...span(POD, 'deploy.yaml', 'true', 1),
          message:
            'The pod securityContext of Deployment api sets runAsNonRoot: true, and it asks the Operator for Go instrumentation (inject-go at deploy.yaml:9): the agent container the Operator injects inherits runAsNonRoot (the Operator gives it runAsUser: 0 and privileged: true and no runAsNonRoot), so the kubelet refuses to start it ("container\'s runAsUser breaks non-root policy") and the pod never becomes ready. The agent must run as root: set runAsNonRoot: false with privileged: true and runAsUser: 0 in spec.go.securityContext (Operator v0.150.0 and later) of Instrumentation go (instrumentation.yaml:4), or move runAsNonRoot: true from the pod to its own containers.',
          related: ['deploy.yaml:9'],
        },
      ],
    },
    {
      name: 'pod runAsNonRoot and a spec.go.securityContext without runAsUser: the image runs as root',
      files: podNonRoot('    securityContext:\n      privileged: true\n'),
      errors: [
        {
          ...span(POD, 'deploy.yaml', 'true', 1),
          message: ['which sets no runAsNonRoot, so it runs as the agent image\'s root user', '"container has runAsNonRoot and image will run as root"', 'set runAsNonRoot: false in spec.go.securityContext'],
          related: ['deploy.yaml:9', 'instrumentation.yaml:8'],
        },
      ],
    },
    {
      name: 'an empty mapping replaces the default too (a flow mapping gets no fix)',
      files: empty,
      errors: [{ ...span(empty, 'instrumentation.yaml', 'securityContext'), message: `${HEAD} leaves out privileged: true. ${NO_TRACES}`, related: ['deploy.yaml:9'] }],
    },
  ],
});

test.run();
