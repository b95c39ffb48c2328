import { test } from 'uvu';
import { shareProcessNamespaceMissing } from '../../rules/share-process-namespace-missing.ts';
import { ruleTests, span } from '../helpers/rule-tester.ts';
import { deployment, nativeSidecarDeployment, obiDaemonSet, operatorApp, SEED_DOCKERFILE } from '../helpers/fixtures.ts';

const SPN = '      shareProcessNamespace: true\n';
const missing = { Dockerfile: SEED_DOCKERFILE, 'deploy.yaml': deployment().replace(SPN, '') };
const explicitFalse = { Dockerfile: SEED_DOCKERFILE, 'deploy.yaml': deployment().replace(SPN, '      shareProcessNamespace: false # off\n') };
const crlf = { Dockerfile: SEED_DOCKERFILE, 'deploy.yaml': missing['deploy.yaml'].replaceAll('\n', '\r\n') };

const obiWithHostPID = (hostPID: string) => obiDaemonSet({ pod: hostPID });
const obiAlone = { 'obi.yaml': obiWithHostPID('') };

const pod = `apiVersion: v1
kind: Pod
metadata:
  name: api
spec:
  containers:
    - name: app
      image: ghcr.io/acme/api:1.0.0
    - name: agent
      image: otel/autoinstrumentation-go:v0.24.0
      args: ["-target-exe", "/app/server"]
`;
const podFixed = pod.replace('spec:\n', 'spec:\n  shareProcessNamespace: true\n');

const operator = operatorApp;

const nativeNoShare = { Dockerfile: SEED_DOCKERFILE, 'deploy.yaml': nativeSidecarDeployment({ share: false }) };

ruleTests(shareProcessNamespaceMissing, {
  valid: [
    { name: 'the correct sidecar', files: { Dockerfile: SEED_DOCKERFILE, 'deploy.yaml': deployment() } },
    { name: 'an OBI DaemonSet with hostPID', files: { 'obi.yaml': obiWithHostPID('      hostPID: true\n') } },
    { name: 'Operator injection (the Operator sets it)', files: { 'deploy.yaml': operator } },
    { name: 'no agent in the pod', files: { 'deploy.yaml': pod.replace('    - name: agent\n      image: otel/autoinstrumentation-go:v0.24.0\n      args: ["-target-exe", "/app/server"]\n', '') } },
    {
      name: 'a Helm action may write the pod spec fields',
      files: {
        'chart/Chart.yaml': 'apiVersion: v2\nname: api\nversion: 1.0.0\n',
        'chart/templates/deploy.yaml': missing['deploy.yaml'].replace('    spec:\n', '    spec:\n      {{- include "api.podFields" . | nindent 6 }}\n'),
      },
    },
    {
      name: 'the stray copy inside a container is the other rule\'s finding',
      files: { 'deploy.yaml': missing['deploy.yaml'].replace('          securityContext:\n', '          shareProcessNamespace: true\n          securityContext:\n') },
    },
    {
      name: 'suppressed by the annotation on the pod template',
      files: { 'deploy.yaml': deployment({ templateAnnotations: ['        otel-target-lint.io/ignore: "share-process-namespace-missing"'] }).replace(SPN, '') },
    },
    {
      name: 'suppressed by a comment',
      files: { 'deploy.yaml': missing['deploy.yaml'].replace('    spec:\n      containers', '    # otel-target-lint-disable-next-line share-process-namespace-missing -- a webhook adds it\n    spec:\n      containers') },
    },
  ],
  invalid: [
    {
      name: 'native sidecar agent (initContainers, restartPolicy: Always)',
      files: nativeNoShare,
      errors: [
        {
          ...span(nativeNoShare, 'deploy.yaml', 'spec', 1),
          message: ['the agent in container "otel-go-agent" (the Go agent, deploy.yaml:16) sees only its own processes, never those of container "app"'],
          related: ['deploy.yaml:16'],
        },
      ],
      output: { 'deploy.yaml': nativeSidecarDeployment() },
    },
    {
      name: 'not set: inserted after the pod spec key',
      files: missing,
      errors: [
        {
          ...span(missing, 'deploy.yaml', 'spec', 1),
          severity: 'error',
          message: [
            'The pod of Deployment api sets neither shareProcessNamespace: true nor hostPID: true, so the agent in container "otel-go-agent" (the Go agent, deploy.yaml:18) sees only its own processes, never those of container "app": it never finds a process to attach to.',
            'Set shareProcessNamespace: true in the pod spec',
          ],
          related: ['deploy.yaml:18'],
        },
      ],
      output: { 'deploy.yaml': deployment() },
    },
    {
      name: 'explicitly false: the value is replaced, the comment kept',
      files: explicitFalse,
      errors: [{ ...span(explicitFalse, 'deploy.yaml', 'false'), message: 'shareProcessNamespace is false in Deployment api, so the agent in container "otel-go-agent" (the Go agent, deploy.yaml:19) sees only its own processes, never those of container "app": it never finds a process to attach to. Set it to true.' }],
      output: { 'deploy.yaml': deployment().replace(SPN, '      shareProcessNamespace: true # off\n') },
    },
    {
      name: 'CRLF line endings are kept',
      files: crlf,
      errors: [{ file: 'deploy.yaml', line: 13, column: 5, endLine: 13, endColumn: 9 }],
      output: { 'deploy.yaml': deployment().replaceAll('\n', '\r\n') },
    },
    {
      name: 'a Pod: the top-level spec key',
      files: { 'pod.yaml': pod },
      errors: [{ ...span({ 'pod.yaml': pod }, 'pod.yaml', 'spec'), message: ['container "agent"'] }],
      output: { 'pod.yaml': podFixed },
    },
    {
      name: 'an OBI DaemonSet alone without hostPID: hostPID is added',
      files: obiAlone,
      errors: [{ ...span(obiAlone, 'obi.yaml', 'spec', 1), message: ['the agent in container "obi" (OBI, obi.yaml:16) is alone in the pod and sees only its own processes', 'Set hostPID: true in the pod spec'] }],
      output: { 'obi.yaml': obiWithHostPID('      hostPID: true\n') },
    },
    {
      name: 'an agent alone in a Deployment: no fix',
      files: { 'd.yaml': obiWithHostPID('').replace('kind: DaemonSet', 'kind: Deployment') },
      errors: [{ file: 'd.yaml', line: 13, column: 5, endLine: 13, endColumn: 9, message: ['or as a DaemonSet with hostPID: true'] }],
    },
  ],
});

test.run();
